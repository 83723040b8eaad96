for v in range(4):
    print('even' if v % 2 == 0 else 'odd', v if v else 'zero')
