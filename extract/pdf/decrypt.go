package pdf

import (
	"bytes"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var pdfcpuSetup sync.Once

// pdfcpuConfig returns a pdfcpu configuration that never touches the
// user's configuration directory.
func pdfcpuConfig(password string) *model.Configuration {
	pdfcpuSetup.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.UserPW = password
	conf.ValidationMode = model.ValidationRelaxed
	return conf
}

// decrypt returns data decrypted by pdfcpu, which reads AES-256 (R6)
// files that the object layer refuses.
func decrypt(data []byte, password string) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = errPanic(x)
		}
	}()
	var buf bytes.Buffer
	if err := api.Decrypt(bytes.NewReader(data), &buf, pdfcpuConfig(password)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// rewrite returns data read and written again by pdfcpu, which repairs
// some broken files.
func rewrite(data []byte, password string) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = errPanic(x)
		}
	}()
	var buf bytes.Buffer
	if err := api.Optimize(bytes.NewReader(data), &buf, pdfcpuConfig(password)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
