import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y", "z"), os.path.join("a/", "b"), os.path.join("", "a"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.dirname("c.py"), os.path.split("/a/b"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.normpath("a//b/../c/./d"), os.path.normpath("/../a"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.sep, os.path.sep, os.name, os.path.exists("os_path.py"), os.path.isfile("os_path.py"), os.path.isdir("."))
print(os.path.exists("nope.txt"), os.path.isdir("os_path.py"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
