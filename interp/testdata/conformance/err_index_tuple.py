# error
(1, 2)[5]
