package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/xuri/excelize/v2"

	"github.com/sahelim/minutes/store"
)

// Export formats.
const (
	exportCSV  = "csv"
	exportJSON = "json"
	exportXLSX = "xlsx"
	exportHXL  = "hxl"
)

type exportOptions struct {
	*globalOptions
	Table  string
	Format string
	Excel  bool
	Sep    string // field separator of csv and hxl; "" is ',', or ';' with Excel
	Output string

	Out io.Writer
}

func newExportCmd(g *globalOptions, runF func(context.Context, *exportOptions) error) *cobra.Command {
	opts := &exportOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export actions, meetings, participants or agenda as CSV, JSON, Excel or HXL",
		Long: `Exports a whole table for spreadsheets, Power BI and HDX:

  csv   CSV in UTF-8 (RFC 4180: CRLF line ends); --excel adds the byte order
        mark Excel needs for accents and separates with ';' as a French
        Excel expects (--sep sets another separator). A text that a
        spreadsheet would run as a formula (starting with = + - @) is
        prefixed with '
  json  JSON lines: one object a row
  xlsx  an Excel workbook, one sheet per table (all four when --table is not
        given), header row frozen, autofilter on, dates as Excel dates
  hxl   CSV with the HXL hashtag row under the header (#date, #sector,
        #adm1+name, #org ...; #x_action, #x_owner, #x_deadline for what core
        HXL lacks)

Tables: actions (the v_actions view), meetings (v_meetings), participants,
agenda. An xlsx workbook is written to standard output only through a pipe.`,
		Example: `  minutes export --table actions --format csv --excel --output actions.csv
  minutes export --format xlsx --output minutes.xlsx
  minutes export --table meetings --format hxl --output meetings-hxl.csv
  minutes export --table participants --format json | jq -r .organization`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runExport(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Table, "table", "", "table: "+strings.Join(store.ExportTables(), ", ")+" (default actions; every table for xlsx)")
	cmd.Flags().StringVar(&opts.Format, "format", exportCSV, "csv, json, xlsx or hxl")
	cmd.Flags().BoolVar(&opts.Excel, "excel", false, "for Excel: begin CSV and HXL with a UTF-8 byte order mark, separate with ';'")
	cmd.Flags().StringVar(&opts.Sep, "sep", "", "field `SEPARATOR` of CSV and HXL: one character, or \\t for a tab (default ',', ';' with --excel)")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	tables, err := exportSelection(opts)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	results := make([]*store.Result, len(tables))
	for i, t := range tables {
		if results[i], err = db.Export(ctx, t); err != nil {
			return &codeError{exitFailed, err}
		}
	}
	err = writeOutput(opts.Output, opts.Out, func(w io.Writer) error {
		return writeExport(w, opts, tables, results)
	})
	if err != nil {
		return &codeError{exitFailed, fmt.Errorf("export: %w", err)}
	}
	return nil
}

// exportSelection checks the flags and returns the tables to export.
func exportSelection(opts *exportOptions) ([]string, error) {
	if err := checkSep(opts.Sep); err != nil {
		return nil, err
	}
	switch opts.Format {
	case exportCSV, exportJSON, exportHXL:
	case exportXLSX:
		if toTerminal(opts.Output, opts.Out) {
			return nil, errors.New("xlsx is binary: give --output FILE or pipe the output")
		}
		if opts.Table == "" {
			return store.ExportTables(), nil
		}
	default:
		return nil, fmt.Errorf("unknown format %q: want csv, json, xlsx or hxl", opts.Format)
	}
	switch {
	case opts.Table == "":
		return []string{"actions"}, nil
	case !slices.Contains(store.ExportTables(), opts.Table):
		return nil, fmt.Errorf("unknown table %q: want %s", opts.Table, strings.Join(store.ExportTables(), ", "))
	}
	return []string{opts.Table}, nil
}

func writeExport(w io.Writer, opts *exportOptions, tables []string, results []*store.Result) error {
	switch opts.Format {
	case exportJSON:
		return writeJSONLines(w, results[0])
	case exportXLSX:
		return writeXLSX(w, tables, results)
	case exportHXL:
		return writeCSV(w, results[0], spreadsheetCSV(opts.comma(), opts.Excel))
	}
	plain := *results[0]
	plain.Tags = nil
	return writeCSV(w, &plain, spreadsheetCSV(opts.comma(), opts.Excel))
}

// comma is the separator of CSV and HXL, Sep being checked by
// exportSelection.
func (opts *exportOptions) comma() rune {
	switch {
	case opts.Sep == `\t`:
		return '\t'
	case opts.Sep != "":
		r, _ := utf8.DecodeRuneInString(opts.Sep)
		return r
	case opts.Excel:
		return ';'
	}
	return ','
}

// checkSep refuses a separator that is not one character, or that CSV
// cannot use (a quote, a line break).
func checkSep(sep string) error {
	if sep == "" || sep == `\t` {
		return nil
	}
	if utf8.RuneCountInString(sep) != 1 || strings.ContainsAny(sep, "\"\r\n") || sep == string(utf8.RuneError) {
		return fmt.Errorf("--sep %q: want one character other than a quote or a line break", sep)
	}
	return nil
}

// Column widths of a workbook, in characters: a column is as wide as its
// widest value, between the two; a longer value wraps.
const (
	xlsxMinWidth = 8
	xlsxMaxWidth = 60
)

// xlsxStyles are the cell styles of a workbook.
type xlsxStyles struct {
	header, date, wrap int
}

// writeXLSX writes a workbook with one sheet per table, named after it,
// each sheet an Excel table of the same name (for Power BI).
func writeXLSX(w io.Writer, tables []string, results []*store.Result) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	for i, t := range tables {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), t)
		} else {
			_, err = f.NewSheet(t)
		}
		if err != nil {
			return err
		}
		if err := writeSheet(f, t, results[i], st); err != nil {
			return fmt.Errorf("sheet %s: %w", t, err)
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var st xlsxStyles
	var err error
	if st.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return st, err
	}
	if st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd"),
		Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
		return st, err
	}
	st.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return st, err
}

// writeSheet writes one table: the header row frozen, the rows, the
// columns sized, and an Excel table over all of it. The sheet's dimension
// (its used range) is set too: excelize leaves it at A1, and readers that
// trust it (openpyxl in read-only mode) would see one row.
func writeSheet(f *excelize.File, sheet string, res *store.Result, st xlsxStyles) error {
	if err := f.SetSheetRow(sheet, "A1", &res.Columns); err != nil {
		return err
	}
	last, err := excelize.CoordinatesToCellName(len(res.Columns), len(res.Rows)+1)
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", strings.TrimRight(last, "0123456789")+"1", st.header); err != nil {
		return err
	}
	for r, row := range res.Rows {
		for c, v := range row {
			cell, err := excelize.CoordinatesToCellName(c+1, r+2)
			if err != nil {
				return err
			}
			if err := setCell(f, sheet, cell, res.Columns[c], v, st.date); err != nil {
				return err
			}
		}
	}
	if err := f.SetSheetDimension(sheet, "A1:"+last); err != nil {
		return err
	}
	if err := sizeColumns(f, sheet, res, st.wrap); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return f.AddTable(sheet, &excelize.Table{Range: "A1:" + last, Name: sheet, StyleName: "TableStyleLight9",
		ShowRowStripes: ptr(true)})
}

// sizeColumns makes each column as wide as its widest line, within
// xlsxMinWidth and xlsxMaxWidth, and wraps the text of the columns that
// are wider.
func sizeColumns(f *excelize.File, sheet string, res *store.Result, wrap int) error {
	for c, name := range res.Columns {
		widest := width(name) + 3 // the table's filter button
		for _, row := range res.Rows {
			for _, line := range strings.Split(cellText(row[c]), "\n") {
				widest = max(widest, width(line))
			}
		}
		col, err := excelize.ColumnNumberToName(c + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, float64(min(max(widest+1, xlsxMinWidth), xlsxMaxWidth))); err != nil {
			return err
		}
		if widest > xlsxMaxWidth && len(res.Rows) > 0 {
			if err := f.SetCellStyle(sheet, col+"2", col+strconv.Itoa(len(res.Rows)+1), wrap); err != nil {
				return err
			}
		}
	}
	return nil
}

// setCell writes one value: a date column's ISO dates as Excel dates,
// numbers as numbers, NULL as an empty cell.
func setCell(f *excelize.File, sheet, cell, column string, v any, date int) error {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		if isDateColumn(column) {
			if t, err := time.Parse(time.DateOnly, v); err == nil {
				if err := f.SetCellValue(sheet, cell, t); err != nil {
					return err
				}
				return f.SetCellStyle(sheet, cell, cell, date)
			}
		}
		return f.SetCellStr(sheet, cell, v)
	case []byte:
		return f.SetCellStr(sheet, cell, cellText(v))
	}
	return f.SetCellValue(sheet, cell, v)
}

func isDateColumn(name string) bool {
	return name == "date" || name == "first_seen" || strings.HasSuffix(name, "_date")
}

func ptr[T any](v T) *T { return &v }
