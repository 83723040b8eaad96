import textwrap
para = "Brian is a simulator for spiking neural networks available on almost all platforms. The motivation for this project is that a simulator should not only save the time of processors, but also the time of scientists."
for w in (25, 40, 60):
    print(textwrap.fill(para, w))
    print("--")
print(textwrap.wrap("word " * 5, 11, drop_whitespace=False))
print(textwrap.shorten(para, 50), textwrap.shorten(para, 50, placeholder="..."))
