print(format(255, 'x'), format(255, '08b'), format(3.14159, '.3f'), format(1234567, ','), format('s', '>3'))
print(format(0.5, '%'), format(12, ''), format(True), format(None))
