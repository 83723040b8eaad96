package matplotlib

import "github.com/gobrian/gobrian/sim/units"

func numpy0Dim() units.Dim { return units.Dim{} }
