class Calc:
    def total(self, *nums, scale=1):
        return sum(nums) * scale
c = Calc()
vals = [1, 2, 3]
print(c.total(*vals), c.total(*vals, scale=2), Calc.total(c, 4, 5))
