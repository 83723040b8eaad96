class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def kind(self):
        return 'animal'
class Dog(Animal):
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + ' softly'
for a in [Animal('x'), Dog('rex'), Puppy('bit', 1)]:
    print(a.speak(), a.kind(), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__mro__)
