class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        self.balance += amt
        self.history.append(('dep', amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f'{self.owner}: need {amt}, have {self.balance}')
        self.balance -= amt
        self.history.append(('wd', amt))
        return self
acct = Account('ann', 100)
acct.deposit(50).withdraw(30)
try:
    acct.withdraw(1000)
except InsufficientFunds as e:
    print('Error:', e)
print(acct.balance, acct.history)
