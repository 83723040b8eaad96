# error
open('/nonexistent/dir/file.txt')
