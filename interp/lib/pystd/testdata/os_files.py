import os
d = "tmp_os_test_dir"
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hi")
print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, "f.txt")))
try:
    os.makedirs(d)
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.remove(os.path.join(d, "f.txt"))
try:
    os.remove(os.path.join(d, "f.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
os.rmdir(os.path.join(d, "sub"))
os.rmdir(d)
print(os.path.exists(d), "PATH" in os.environ, os.getenv("NO_SUCH_VAR_X", "dflt"), type(os.getcwd()).__name__)
