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
// ends early, gives what could be read.
func streamData(v pdflib.Value) []byte {
	if v.Kind() == pdflib.Array {
		var out []byte
		for i := 0; i < v.Len() && i < 4096; i++ {
			out = append(out, streamData(v.Index(i))...)
			out = append(out, '\n')
		}
		return out
	}
	return readStream(v)
}

func readStream(v pdflib.Value) (out []byte) {
	if v.Kind() != pdflib.Stream {
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	out, _ = io.ReadAll(io.LimitReader(rc, maxStream))
	return out
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
