package pdf

import (
	"bufio"
	"bytes"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// pdfcpu's core packages are used, not its api package: api links
// go-runewidth, whose init costs ~30 ms at every start of the program.

var pdfcpuSetup sync.Once

// pdfcpuConfig returns a pdfcpu configuration that never touches the
// user's configuration directory.
func pdfcpuConfig(password string, cmd model.CommandMode) *model.Configuration {
	pdfcpuSetup.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.UserPW = password
	conf.ValidationMode = model.ValidationRelaxed
	conf.Cmd = cmd
	return conf
}

// decrypt returns data decrypted by pdfcpu, which reads AES-256 (R6)
// files that the object layer refuses.
func decrypt(data []byte, password string) ([]byte, error) {
	return pdfcpuWrite(data, pdfcpuConfig(password, model.DECRYPT))
}

// rewrite returns data read and written again by pdfcpu, which repairs
// some broken files.
func rewrite(data []byte, password string) ([]byte, error) {
	return pdfcpuWrite(data, pdfcpuConfig(password, model.OPTIMIZE))
}

func pdfcpuWrite(data []byte, conf *model.Configuration) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, errPanic(x)
		}
	}()
	ctx, err := pdfcpu.Read(bytes.NewReader(data), conf)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	ctx.Write.Writer = w
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
