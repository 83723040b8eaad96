print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-2**80))
