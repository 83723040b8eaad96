# error
raise 42
