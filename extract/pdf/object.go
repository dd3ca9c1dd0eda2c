package pdf

import (
	"io"
	"reflect"

	pdflib "github.com/ledongthuc/pdf"
)

// maxStream bounds the decoded size of one stream: a Flate bomb stops
// there instead of exhausting memory.
const maxStream = 64 << 20

// objKey identifies an indirect object (id and generation); a direct
// object inherits the key of the object holding it.
type objKey struct {
	id  uint64
	gen uint64
}

// keyOf returns the object key of v. The library keeps it unexported, so
// it is read by reflection; a zero key means "unknown".
func keyOf(v pdflib.Value) objKey {
	f := reflect.ValueOf(v).FieldByName("ptr")
	if !f.IsValid() || f.Kind() != reflect.Struct || f.NumField() < 2 {
		return objKey{}
	}
	return objKey{uint64(f.Field(0).Uint()), uint64(f.Field(1).Uint())}
}

// streamData returns the decoded bytes of a stream (or of an array of
// streams, concatenated). A stream the library cannot decode, or one that
// ends early, gives what could be read; cut reports a stream cut at
// maxStream.
func streamData(v pdflib.Value) (out []byte, cut bool) {
	if v.Kind() == pdflib.Array {
		for i := 0; i < v.Len() && i < 4096; i++ {
			data, c := streamData(v.Index(i))
			out = append(out, data...)
			out = append(out, '\n')
			cut = cut || c
		}
		return out, cut
	}
	return readStreamCut(v)
}

// readStream is readStreamCut without the report.
func readStream(v pdflib.Value) []byte {
	out, _ := readStreamCut(v)
	return out
}

// readStreamCut returns the decoded bytes of a stream, at most maxStream
// of them, and whether there were more.
func readStreamCut(v pdflib.Value) (out []byte, cut bool) {
	if v.Kind() != pdflib.Stream {
		return nil, false
	}
	defer func() {
		if recover() != nil {
			out, cut = nil, false
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	out, _ = io.ReadAll(io.LimitReader(rc, maxStream+1))
	if len(out) > maxStream {
		return out[:maxStream], true
	}
	return out, false
}

// num returns a number value as float64 (0 for anything else).
func num(v pdflib.Value) float64 { return v.Float64() }

// numbers returns an array of numbers.
func numbers(v pdflib.Value) []float64 {
	n := v.Len()
	out := make([]float64, n)
	for i := range n {
		out[i] = v.Index(i).Float64()
	}
	return out
}
