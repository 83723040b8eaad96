import os.path as p
print(p.join("a", ""), p.join("/", "a"), p.split("/"), p.split("a/"), p.split("//a//b"))
print(p.basename("a/"), p.dirname("/a"), p.dirname("/"), p.splitext("a.b."), p.splitext("/x/.hidden.txt"))
print(p.normpath("./a/../../b"), p.normpath("//a/b"), p.normpath("///a"), p.normpath(""), p.normpath("a/./b/"))
print(p.isabs(""), p.exists(""), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b"))
