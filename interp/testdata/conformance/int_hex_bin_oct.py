print(hex(255), hex(-255), bin(10), bin(-10), oct(8), oct(-8), hex(2**70))
