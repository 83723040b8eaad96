import os
root = "tmp_walk_dir"
os.makedirs(os.path.join(root, "a", "b"), exist_ok=True)
for name in ["x.txt", os.path.join("a", "y.txt"), os.path.join("a", "b", "z.txt")]:
    with open(os.path.join(root, name), "w") as f:
        f.write(name)
for dirpath, dirnames, filenames in os.walk(root):
    print(dirpath, sorted(dirnames), sorted(filenames))
print(sorted(os.listdir(root)), os.path.isdir(os.path.join(root, "a")))
for name in [os.path.join("a", "b", "z.txt"), os.path.join("a", "y.txt"), "x.txt"]:
    os.remove(os.path.join(root, name))
os.rmdir(os.path.join(root, "a", "b")); os.rmdir(os.path.join(root, "a")); os.rmdir(root)
print(os.path.exists(root))
