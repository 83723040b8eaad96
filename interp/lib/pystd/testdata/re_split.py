import re
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(,)|;", "a,b;c"), re.split(r"x*", "axbc"), re.split(r"\s", "a b  c"))
