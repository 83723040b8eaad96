package pystd

import "math/big"

// mt19937 is the Mersenne Twister exactly as CPython's _random module
// drives it, so that seed(n) reproduces CPython's random() sequence.
type mt19937 struct {
	state [624]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < 624; i++ {
		m.state[i] = 1812433253*(m.state[i-1]^(m.state[i-1]>>30)) + uint32(i)
	}
	m.index = 624
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := 624
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			m.state[0] = m.state[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			m.state[0] = m.state[623]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

// seedBig seeds from a non-negative integer: its 32-bit words, least
// significant first (CPython's random_seed).
func (m *mt19937) seedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

const bitsPerWord = 32 << (^big.Word(0) >> 63)

func (m *mt19937) uint32() uint32 {
	if m.index >= 624 {
		const upper, lower = 0x80000000, 0x7fffffff
		for k := 0; k < 624; k++ {
			y := m.state[k]&upper | m.state[(k+1)%624]&lower
			v := m.state[(k+397)%624] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			m.state[k] = v
		}
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random returns a float in [0, 1) with 53 random bits.
func (m *mt19937) random() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits returns a k-bit random integer (k >= 0).
func (m *mt19937) getrandbits(k int) *big.Int {
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return big.NewInt(int64(m.uint32() >> (32 - k)))
	}
	// Little-endian 32-bit words; the last one keeps its top bits.
	r := new(big.Int)
	for shift := 0; k > 0; shift += 32 {
		w := m.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		r.Or(r, new(big.Int).Lsh(big.NewInt(int64(w)), uint(shift)))
		k -= 32
	}
	return r
}

// below returns a uniform integer in [0, n) for n > 0 (_randbelow).
func (m *mt19937) below(n *big.Int) *big.Int {
	k := n.BitLen()
	r := m.getrandbits(k)
	for r.Cmp(n) >= 0 {
		r = m.getrandbits(k)
	}
	return r
}

// belowInt is below for small n.
func (m *mt19937) belowInt(n int) int {
	return int(m.below(big.NewInt(int64(n))).Int64())
}

func (m *mt19937) state624() ([624]uint32, int) { return m.state, m.index }
