def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), 48 * 18 // gcd(48, 18), gcd(2**64, 2**40))
