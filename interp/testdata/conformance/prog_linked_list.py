class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return self.size
    def __repr__(self):
        return ' -> '.join(map(str, self)) or 'empty'
ll = LinkedList()
print(ll)
for i in range(4):
    ll.push(i)
print(ll, len(ll), list(ll), 2 in ll)
