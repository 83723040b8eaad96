inventory = {}
for item, qty in [('apple', 3), ('pear', 2), ('apple', 5)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
for k in list(inventory):
    if inventory[k] < 5:
        del inventory[k]
print(inventory)
