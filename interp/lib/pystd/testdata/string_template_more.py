from string import Template
t = Template("${noun}ification of $noun costs $$$amount")
print(t.substitute(noun="verb", amount=5), t.template)
print(Template("$a$b").safe_substitute(a=1), Template("$x.y").substitute(x="X"))
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
