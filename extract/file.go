package extract

import (
	"fmt"
	"runtime/debug"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
)

// File reads data and extracts the meeting it records. A panic anywhere in
// reading or extraction is returned as an error: a bad file never takes
// the program down.
func (o Options) File(data []byte) (d *doc.Document, m *minutes.Meeting, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, m = nil, nil
			err = fmt.Errorf("internal error: %v\n%s", p, debug.Stack())
		}
	}()
	d, err = o.Parse(data)
	if err != nil {
		return nil, nil, err
	}
	return d, Meeting(d), nil
}
