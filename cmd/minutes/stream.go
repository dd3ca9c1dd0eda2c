package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sahelim/minutes/store"
)

// tableBytes bounds the rows the aligned formats (table, markdown) hold to
// measure their columns; the other formats stream.
const tableBytes = 64 << 20

// errTableTooLarge stops a query whose aligned output would hold more
// than tableBytes.
var errTableTooLarge = fmt.Errorf("the result is over the %d MiB an aligned table may hold: use --format tsv, csv or json, which stream, or add a LIMIT", tableBytes>>20)

// resultWriter writes a query's rows as they are read: CSV, TSV and JSON
// lines row by row; the table and Markdown once every row is there, within
// tableBytes.
type resultWriter struct {
	format string
	w      *bufio.Writer
	csv    *csv.Writer
	cols   []string
	res    *store.Result // the rows held for an aligned format
	size   int64
	rows   int
}

func newResultWriter(w io.Writer, format string) *resultWriter {
	rw := &resultWriter{format: format, w: bufio.NewWriter(w)}
	if format == formatCSV {
		rw.csv = csv.NewWriter(rw.w)
	}
	return rw
}

// add writes or holds one row; a nil row gives the columns.
func (rw *resultWriter) add(cols []string, row []any) error {
	if row == nil {
		rw.cols = cols
		rw.res = &store.Result{Columns: cols}
		return rw.header()
	}
	rw.rows++
	switch rw.format {
	case formatCSV:
		return rw.csv.Write(rowText(row))
	case formatTSV:
		line := rowText(row)
		for i := range line {
			line[i] = oneLine.Replace(line[i])
		}
		_, err := rw.w.WriteString(strings.Join(line, "\t") + "\n")
		return err
	case formatJSON:
		return rw.jsonLine(row)
	}
	if rw.size += store.RowBytes(row); rw.size > tableBytes {
		return errTableTooLarge
	}
	rw.res.Rows = append(rw.res.Rows, row)
	return nil
}

func (rw *resultWriter) header() error {
	switch rw.format {
	case formatCSV:
		return rw.csv.Write(rw.cols)
	case formatTSV:
		_, err := rw.w.WriteString(strings.Join(rw.cols, "\t") + "\n")
		return err
	}
	return nil
}

func (rw *resultWriter) jsonLine(row []any) error {
	var b strings.Builder
	b.WriteString("{")
	for i, v := range row {
		if i > 0 {
			b.WriteString(",")
		}
		if err := writeJSONField(&b, rw.cols[i], v); err != nil {
			return err
		}
	}
	b.WriteString("}\n")
	_, err := rw.w.WriteString(b.String())
	return err
}

// close writes what is held (an aligned table, even cut short by a limit,
// is not written: only complete tables are) and flushes.
func (rw *resultWriter) close(complete bool) error {
	if rw.csv != nil {
		rw.csv.Flush()
		if err := rw.csv.Error(); err != nil {
			return err
		}
	}
	if rw.res != nil && complete && (rw.format == formatTable || rw.format == formatMarkdown) {
		if err := writeResult(rw.w, rw.format, rw.res); err != nil {
			return err
		}
	}
	return rw.w.Flush()
}

// errMaxRows stops a query at --max-rows.
var errMaxRows = errors.New("max rows")
