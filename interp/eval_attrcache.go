package interp

// attrSite is the inline cache of one attribute access in compiled code:
// where its name resolves on the MRO of the last class seen there. Class
// namespaces rarely change key sets, so the cached position stays valid
// while the sum of the MRO dicts' versions (each only ever grows) and the
// MRO itself are unchanged. Values are read through the cached position,
// so rebinding an existing class attribute needs no invalidation.
type attrSite struct {
	name    string
	h       uint64
	cls     *Class
	mro     []*Class
	ver     uint64
	owner   *Dict // dict holding name; nil when no class on the MRO has it
	idx     int
	setattr bool // the MRO defines __setattr__
	// absent remembers the last instance dict seen without name, valid
	// while its key set (absentVer) is unchanged.
	absent    *Dict
	absentVer uint64
}

// notIn reports whether d lacks name, remembering a negative answer.
func (s *attrSite) notIn(d *Dict) bool {
	if d == s.absent && d.ver == s.absentVer {
		return true
	}
	if d.findStr(s.name, s.h) >= 0 {
		return false
	}
	s.absent, s.absentVer = d, d.ver
	return true
}

func newAttrSite(name string) *attrSite {
	return &attrSite{name: name, h: strHash(name)}
}

// mroVersion sums the versions of the class dicts along the MRO.
func mroVersion(cls *Class) uint64 {
	var v uint64
	for _, m := range cls.MRO {
		if m.Dict != nil {
			v += m.Dict.ver
		}
	}
	return v
}

// refresh makes the cache describe cls.
func (s *attrSite) refresh(cls *Class) {
	if s.cls == cls && len(s.mro) == len(cls.MRO) && len(s.mro) > 0 &&
		&s.mro[0] == &cls.MRO[0] && s.ver == mroVersion(cls) {
		return
	}
	s.cls, s.mro, s.ver = cls, cls.MRO, mroVersion(cls)
	s.owner, s.idx = nil, -1
	for _, m := range cls.MRO {
		if m.Dict == nil {
			continue
		}
		if i := m.Dict.findStr(s.name, s.h); i >= 0 {
			s.owner, s.idx = m.Dict, i
			break
		}
	}
	_, s.setattr = cls.lookupHashed("__setattr__", hashSetattr)
}

// lookup is cls.lookupHashed(name) through the cache.
func (s *attrSite) lookup(cls *Class) (Value, bool) {
	s.refresh(cls)
	if s.owner == nil {
		return nil, false
	}
	return s.owner.entries[s.idx].value, true
}

// plain reports whether the instance attribute can be read and written
// in the instance dict directly: it is neither a property nor subject to
// a __setattr__ hook.
func (s *attrSite) plain(cls *Class) bool {
	s.refresh(cls)
	if s.setattr {
		return false
	}
	if s.owner != nil {
		if _, isProp := s.owner.entries[s.idx].value.(*Property); isProp {
			return false
		}
	}
	return true
}
