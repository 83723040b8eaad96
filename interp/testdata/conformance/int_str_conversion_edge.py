print(str(-0), int('-0'), int('+5'), str(10**30), int('1' * 25), repr(-2**63))
