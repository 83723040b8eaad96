package numpy

// Unrolled loops for the commonest float kernels: four independent
// elements per iteration keep more loads and stores in flight than the
// one-element loop Go would compile. out may be x or y itself.

func addScalar(out, x []float64, s float64) {
	out = out[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v := out[k:k+4:k+4], x[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]+s, v[1]+s, v[2]+s, v[3]+s
	}
	for ; k < len(x); k++ {
		out[k] = x[k] + s
	}
}

func addVec(out, x, y []float64) {
	out, y = out[:len(x)], y[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v, w := out[k:k+4:k+4], x[k:k+4:k+4], y[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]+w[0], v[1]+w[1], v[2]+w[2], v[3]+w[3]
	}
	for ; k < len(x); k++ {
		out[k] = x[k] + y[k]
	}
}

func subScalar(out, x []float64, s float64) {
	out = out[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v := out[k:k+4:k+4], x[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]-s, v[1]-s, v[2]-s, v[3]-s
	}
	for ; k < len(x); k++ {
		out[k] = x[k] - s
	}
}

func subVec(out, x, y []float64) {
	out, y = out[:len(x)], y[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v, w := out[k:k+4:k+4], x[k:k+4:k+4], y[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]-w[0], v[1]-w[1], v[2]-w[2], v[3]-w[3]
	}
	for ; k < len(x); k++ {
		out[k] = x[k] - y[k]
	}
}

func mulScalar(out, x []float64, s float64) {
	out = out[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v := out[k:k+4:k+4], x[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]*s, v[1]*s, v[2]*s, v[3]*s
	}
	for ; k < len(x); k++ {
		out[k] = x[k] * s
	}
}

func mulVec(out, x, y []float64) {
	out, y = out[:len(x)], y[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v, w := out[k:k+4:k+4], x[k:k+4:k+4], y[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]*w[0], v[1]*w[1], v[2]*w[2], v[3]*w[3]
	}
	for ; k < len(x); k++ {
		out[k] = x[k] * y[k]
	}
}

func divScalar(out, x []float64, s float64) {
	out = out[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v := out[k:k+4:k+4], x[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]/s, v[1]/s, v[2]/s, v[3]/s
	}
	for ; k < len(x); k++ {
		out[k] = x[k] / s
	}
}

func divVec(out, x, y []float64) {
	out, y = out[:len(x)], y[:len(x)]
	k := 0
	for ; k+4 <= len(x); k += 4 {
		d, v, w := out[k:k+4:k+4], x[k:k+4:k+4], y[k:k+4:k+4]
		d[0], d[1], d[2], d[3] = v[0]/w[0], v[1]/w[1], v[2]/w[2], v[3]/w[3]
	}
	for ; k < len(x); k++ {
		out[k] = x[k] / y[k]
	}
}
