# error
(5).foo
