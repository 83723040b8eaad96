import copy
a = [1, [2, 3], {"k": [4]}, (5, [6])]
b = copy.deepcopy(a)
b[1].append(99)
b[2]["k"].append(7)
b[3][1].append(8)
print(a, b)
shared = [0]
c = copy.deepcopy([shared, shared])
print(c[0] is c[1], c[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[0])
class Node:
    def __init__(self, v, kids):
        self.v, self.kids = v, kids
n = Node(1, [Node(2, [])])
m = copy.deepcopy(n)
m.kids[0].v = 20
print(n.kids[0].v, m.kids[0].v, type(m.kids[0]).__name__)
class Custom:
    def __deepcopy__(self, memo):
        return "custom"
print(copy.deepcopy([Custom()]))
