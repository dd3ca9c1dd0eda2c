package main

import (
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/sahelim/minutes/store"
)

// Output formats of query, actions and search. The default is the aligned
// table on a terminal and TSV otherwise, so that a pipe gets one row a line.
const (
	formatTable    = "table"
	formatCSV      = "csv"
	formatTSV      = "tsv"
	formatJSON     = "json" // JSON lines: one object a row, keys in column order
	formatMarkdown = "markdown"
)

// tableCellWidth is the widest cell of the aligned table on a terminal, in
// characters, but for the last column; longer text is cut with "…". The
// table is then narrowed to fit the terminal (see fitColumns). Other
// formats, and the table written to a file or a pipe, never cut.
const tableCellWidth = 60

// tableMinWidth is the narrowest a column is cut to, to fit a terminal.
const tableMinWidth = 6

// resultFormats is the help text of --format for query, actions and search.
const resultFormats = "output format: table, csv, tsv, json (lines) or markdown (default: table on a terminal, tsv otherwise)"

// resultFormat checks a --format value, resolving "" by whether the output
// goes to a terminal.
func resultFormat(format string, terminal bool) (string, error) {
	switch format {
	case "":
		if terminal {
			return formatTable, nil
		}
		return formatTSV, nil
	case formatTable, formatCSV, formatTSV, formatJSON, formatMarkdown:
		return format, nil
	}
	return "", fmt.Errorf("unknown format %q: want table, csv, tsv, json or markdown", format)
}

// writeResult writes res to w in format (already checked by resultFormat).
func writeResult(w io.Writer, format string, res *store.Result) error {
	switch format {
	case formatCSV:
		return writeCSV(w, res, csvStyle{})
	case formatTSV:
		return writeTSV(w, res)
	case formatJSON:
		return writeJSONLines(w, res)
	case formatMarkdown:
		return writeMarkdown(w, res)
	}
	return writeTable(w, res)
}

// cellText is the text of a value: "" for NULL, numbers in decimal, a
// BLOB that is not UTF-8 as x'hex' (SQLite's literal form).
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return v
	case []byte:
		if utf8.Valid(v) {
			return string(v)
		}
		return "x'" + hex.EncodeToString(v) + "'"
	}
	return fmt.Sprint(v)
}

// oneLine replaces line breaks and tabs with spaces, for formats with one
// record a line and no quoting.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// writeTable writes an aligned table: a header, a rule, the rows, numbers
// aligned right; on a terminal, wide cells are cut to fit its width.
func writeTable(w io.Writer, res *store.Result) error {
	return writeTableWidth(w, res, terminalWidth(w))
}

// terminalWidth is the width of the terminal w is, or 0 when it is none.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return width
}

// writeTableWidth writes the aligned table fitted to limit characters a
// line, or with whole cells when limit is 0.
func writeTableWidth(w io.Writer, res *store.Result, limit int) error {
	cells := make([][]string, 0, len(res.Rows)+1)
	cells = append(cells, res.Columns)
	for _, row := range res.Rows {
		line := make([]string, len(row))
		for i, v := range row {
			line[i] = oneLine.Replace(cellText(v))
			if limit > 0 && i < len(row)-1 {
				line[i] = cut(line[i], tableCellWidth)
			}
		}
		cells = append(cells, line)
	}
	widths := make([]int, len(res.Columns))
	for _, line := range cells {
		for i, c := range line {
			widths[i] = max(widths[i], width(c))
		}
	}
	if limit > 0 {
		widths = fitColumns(widths, limit)
		for _, line := range cells {
			for i := range line {
				line[i] = cut(line[i], widths[i])
			}
		}
	}
	numeric := numericColumns(res)
	var b strings.Builder
	for n, line := range cells {
		for i, c := range line {
			pad := strings.Repeat(" ", max(widths[i]-width(c), 0))
			if numeric[i] && n > 0 {
				c = pad + c
			} else if i < len(line)-1 {
				c += pad
			}
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
		}
		b.WriteString("\n")
		if n == 0 {
			writeRule(&b, widths)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fitColumns narrows the widest columns, all to one width, until the
// table (two spaces between columns) fits in limit characters, but never
// below tableMinWidth.
func fitColumns(widths []int, limit int) []int {
	total := func(c int) int {
		n := 2 * (len(widths) - 1)
		for _, w := range widths {
			n += min(w, c)
		}
		return n
	}
	if len(widths) == 0 {
		return widths
	}
	c := slices.Max(widths)
	for c > tableMinWidth && total(c) > limit {
		c--
	}
	out := make([]int, len(widths))
	for i, w := range widths {
		out[i] = min(w, c)
	}
	return out
}

func writeRule(b *strings.Builder, widths []int) {
	for i, wd := range widths {
		if i > 0 {
			b.WriteString("  ")
		}
		b.WriteString(strings.Repeat("-", wd))
	}
	b.WriteString("\n")
}

// numericColumns marks the columns whose values are all numbers or NULL.
func numericColumns(res *store.Result) []bool {
	num := make([]bool, len(res.Columns))
	for i := range num {
		num[i] = len(res.Rows) > 0
		for _, row := range res.Rows {
			switch row[i].(type) {
			case nil, int64, int, float64:
			default:
				num[i] = false
			}
		}
	}
	return num
}

// ansi matches the escape sequences that set bold and reset it in search
// snippets on a terminal; they take no width.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// width is the number of characters of s shown on a terminal.
func width(s string) int {
	return utf8.RuneCountInString(ansi.ReplaceAllString(s, ""))
}

// cut shortens s to n characters shown, the last being "…"; escape
// sequences are kept, and styling is reset after the cut.
func cut(s string, n int) string {
	if width(s) <= n {
		return s
	}
	var b strings.Builder
	shown := 0
	for i := 0; i < len(s) && shown < n-1; {
		if loc := ansi.FindStringIndex(s[i:]); loc != nil && loc[0] == 0 {
			b.WriteString(s[i : i+loc[1]])
			i += loc[1]
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += size
		shown++
	}
	b.WriteString("…")
	if strings.Contains(s, "\x1b[") {
		b.WriteString("\x1b[0m")
	}
	return b.String()
}

// csvStyle is how writeCSV writes; its zero value is plain CSV for
// programs: commas, LF line ends, values as they are.
type csvStyle struct {
	Comma rune // field separator; 0 is ','
	BOM   bool // begin with a UTF-8 byte order mark: Excel needs it to read UTF-8
	CRLF  bool // end lines with CRLF, as RFC 4180 says
	// Neutral prefixes with ' a text that a spreadsheet would run as a
	// formula (see neutral).
	Neutral bool
}

// spreadsheetCSV is the style of CSV meant to be opened in Excel: RFC 4180
// line ends and no formulas, with sep as separator (';' for a French Excel).
func spreadsheetCSV(sep rune, bom bool) csvStyle {
	return csvStyle{Comma: sep, BOM: bom, CRLF: true, Neutral: true}
}

// writeCSV writes CSV in UTF-8 in the given style; an HXL hashtag row
// (res.Tags) follows the header.
func writeCSV(w io.Writer, res *store.Result, style csvStyle) error {
	if style.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if style.Comma != 0 {
		cw.Comma = style.Comma
	}
	cw.UseCRLF = style.CRLF
	if err := cw.Write(res.Columns); err != nil {
		return err
	}
	if res.Tags != nil {
		if err := cw.Write(res.Tags); err != nil {
			return err
		}
	}
	for _, row := range res.Rows {
		line := rowText(row)
		if style.Neutral {
			for i, v := range row {
				if _, ok := v.(string); ok {
					line[i] = neutral(line[i])
				}
			}
		}
		if err := cw.Write(line); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// neutral keeps a spreadsheet from running a text as a formula (CSV
// injection): a text starting with = + - @, a tab or a carriage return is
// prefixed with ', which Excel and LibreOffice hide. An owner written
// "@yann" would otherwise be a formula. Numbers are never texts here:
// only string values reach it.
func neutral(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func rowText(row []any) []string {
	line := make([]string, len(row))
	for i, v := range row {
		line[i] = cellText(v)
	}
	return line
}

// writeTSV writes tab-separated values, tabs and line breaks inside values
// turned into spaces.
func writeTSV(w io.Writer, res *store.Result) error {
	var b strings.Builder
	b.WriteString(strings.Join(res.Columns, "\t") + "\n")
	for _, row := range res.Rows {
		line := rowText(row)
		for i := range line {
			line[i] = oneLine.Replace(line[i])
		}
		b.WriteString(strings.Join(line, "\t") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeJSONLines writes one JSON object a row, keys in column order,
// values as typed by SQLite (NULL is null).
func writeJSONLines(w io.Writer, res *store.Result) error {
	var b strings.Builder
	for _, row := range res.Rows {
		b.WriteString("{")
		for i, v := range row {
			if i > 0 {
				b.WriteString(",")
			}
			if err := writeJSONField(&b, res.Columns[i], v); err != nil {
				return err
			}
		}
		b.WriteString("}\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeJSONField(b *strings.Builder, key string, v any) error {
	if p, ok := v.([]byte); ok {
		v = cellText(p)
	}
	k, err := json.Marshal(key)
	if err != nil {
		return err
	}
	val, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b.Write(k)
	b.WriteString(":")
	b.Write(val)
	return nil
}

// markdownCell escapes what would break a GitHub table cell.
var markdownCell = strings.NewReplacer("|", `\|`, "\r\n", "<br>", "\n", "<br>", "\r", "<br>")

// writeMarkdown writes a GitHub-flavoured Markdown table.
func writeMarkdown(w io.Writer, res *store.Result) error {
	var b strings.Builder
	b.WriteString("| " + strings.Join(res.Columns, " | ") + " |\n|")
	numeric := numericColumns(res)
	for i := range res.Columns {
		if numeric[i] {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteString("\n")
	for _, row := range res.Rows {
		line := rowText(row)
		for i := range line {
			line[i] = markdownCell.Replace(line[i])
		}
		b.WriteString("| " + strings.Join(line, " | ") + " |\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeOutput calls write with the file path, created only now, or with
// w when path is "".
func writeOutput(path string, w io.Writer, write func(io.Writer) error) error {
	if path == "" {
		return write(w)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// toTerminal reports whether a command's output goes to a terminal: no
// --output file, and standard output is one (isTerminal is in progress.go).
func toTerminal(path string, w io.Writer) bool {
	return path == "" && isTerminal(w)
}
