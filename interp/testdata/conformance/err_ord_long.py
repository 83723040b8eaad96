# error
ord('ab')
