print(int('42'), int('-17'), int('  9  '), int('1_000'), int('ff', 16), int('0x1f', 16), int('0b101', 0), int('777', 8))
print(int(3.9), int(-3.9), int(True), int('z', 36), int(1e20))
print(float('1.5'), float('  -2.5e3 '), float(7), float('1_0.5'))
print(float('inf'), float('-Infinity'), float('nan') != float('nan'))
