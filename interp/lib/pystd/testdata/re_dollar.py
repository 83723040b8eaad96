import re
print(re.search("a$", "a\n"), re.search("a$", "a\n\n"), re.match(r"\w+$", "word\n").group(), re.fullmatch(r"\w+$", "word\n"))
print(re.findall(r"\w+$", "one\ntwo\n"), re.findall(r"x*$", "ab\n"), re.sub(r"\s*$", "!", "text  \n"), re.findall(r"(?m)\w+$", "a\nb\n"))
print(re.search(r".*$", "ab\n").span(), re.search(r"(?s).*$", "ab\n").span(), re.split(r"$", "a\n"))
