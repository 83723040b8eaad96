import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, width=30))
print(textwrap.fill("a well-known self-explanatory state-of-the-art thing", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.fill("one two three four five six", 10, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("tabs\there and\nnewlines  too", 12), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world!  This is long", width=15), textwrap.shorten("Hi there", 20))
print(textwrap.wrap("a b c d e f g h i j k", 5, max_lines=2))
print(textwrap.wrap("x -- y em--dash words--here", 8))
