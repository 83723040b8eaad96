print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (2**70).bit_length())
print((5).real, (5).imag, (7).numerator, (7).denominator, (2.5).real)
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio())
