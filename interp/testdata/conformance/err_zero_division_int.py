# error
10 // 0
