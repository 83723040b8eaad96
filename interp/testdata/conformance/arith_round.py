print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.2345, 3), round(123.456, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(-0.5), round(7.0), type(round(7.0)).__name__)
print(round(0.125, 2), round(0.375, 2), round(1e20, 2))
