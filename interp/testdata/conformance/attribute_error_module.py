# error
import sys
sys.no_such_attr
