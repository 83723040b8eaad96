class A:
    '''Class doc.'''
    def m(self):
        '''Method doc.'''
print(A.__doc__, A.m.__doc__, A().m.__doc__)
