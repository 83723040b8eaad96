print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(str(123), str(1.5), str([1, 'a']), str(None), str(True), 'skip')
print(int('0'), int(' 12 '), float(' 3 '), int(-0.9), bool('False'))
