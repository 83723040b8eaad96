print(repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('tab\there'), repr('nl\n'), repr('\\'))
print(repr('\x00\x7f'), repr('é'), repr('日本'), repr(''))
