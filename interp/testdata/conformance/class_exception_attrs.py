class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
try:
    raise ValidationError('age', 'negative')
except ValueError as e:
    print(e, e.field, e.args, isinstance(e, ValidationError))
