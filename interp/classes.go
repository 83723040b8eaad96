package interp

// The built-in classes. Their methods are added by the evaluator's files;
// these declarations fix the names native modules code against.
var (
	ObjectType = newObjectClass()
	TypeType   = newBuiltinClass("type")

	NoneTypeType           = newBuiltinClass("NoneType")
	BoolType               = NewClass("bool", "builtins", IntType)
	IntType                = newBuiltinClass("int")
	FloatType              = newBuiltinClass("float")
	StrType                = newBuiltinClass("str")
	TupleType              = newBuiltinClass("tuple")
	ListType               = newBuiltinClass("list")
	DictType               = newBuiltinClass("dict")
	SliceType              = newBuiltinClass("slice")
	EllipsisTypeType       = newBuiltinClass("ellipsis")
	NotImplementedTypeType = newBuiltinClass("NotImplementedType")
	BuiltinFunctionType    = newBuiltinClass("builtin_function_or_method")
	ModuleType             = newBuiltinClass("module")
)

func newObjectClass() *Class {
	c := &Class{Name: "object", Module: "builtins", Dict: NewDict()}
	c.MRO = []*Class{c}
	return c
}

func newBuiltinClass(name string) *Class {
	c := &Class{Name: name, Module: "builtins", Dict: NewDict()}
	c.Bases = []*Class{ObjectType}
	c.MRO = []*Class{c, ObjectType}
	return c
}
