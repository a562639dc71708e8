package weekly

import (
	"fmt"
	"math"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
)

// File is a file that goes with a report, as the outbox sends it (the
// chart is a Photo), with its caption.
type File struct {
	outbox.File
	Caption string
}

// Part is the message that sends the file with its caption.
func (f File) Part() outbox.Part { return outbox.Part{Text: f.Caption, File: &f.File} }

// Files returns the files of a report: the workbook and, for the Monday
// report, the chart of completion per unit.
func (r Report) Files() ([]File, error) {
	x, err := r.Workbook()
	if err != nil {
		return nil, err
	}
	name := fileThursday
	if r.Kind == Monday {
		name = fileMonday
	}
	files := []File{{File: outbox.File{Name: fmt.Sprintf(name, r.Week), Data: x}, Caption: fmt.Sprintf(fileCaption, esc(r.title()))}}
	if r.Kind == Monday && r.Stats != nil {
		png, err := r.Chart()
		if err != nil {
			return nil, err
		}
		if png != nil {
			files = append(files, File{File: outbox.File{Name: fmt.Sprintf(fileChart, r.Week), Data: png, Photo: true},
				Caption: r.ChartCaption()})
		}
	}
	return files, nil
}

func (r Report) title() string {
	title := fileTitleThu
	if r.Kind == Monday {
		title = fileTitleMon
	}
	return fmt.Sprintf(title, WeekLabel(r.Week, r.Location()))
}

// Sheets returns the names of the workbook's sheets, in order.
func (r Report) Sheets() []string {
	if r.Kind == Monday {
		return []string{sheetResults, sheetMissingRes, sheetWeekStats, sheetYearStats, sheetBecame, sheetLongest}
	}
	return []string{sheetRegistrations, sheetMissingReg, sheetDue}
}

// Workbook returns the report as an .xlsx workbook with one sheet per section.
func (r Report) Workbook() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	loc := r.Location()
	sheets := r.Sheets()
	if err := f.SetSheetName("Sheet1", sheets[0]); err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	for _, s := range sheets[1:] {
		if _, err := f.NewSheet(s); err != nil {
			return nil, fmt.Errorf("workbook: %w", err)
		}
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	w := &sheetWriter{f: f, bold: bold}
	if r.Kind == Thursday {
		w.table(sheets[0], colsEntries, r.entryRows(loc), false)
		w.table(sheets[1], colsMissing, r.missingRows(), false)
		w.table(sheets[2], colsDue, r.dueRows(loc), false)
	} else {
		w.table(sheets[0], colsResults, r.resultRows(loc), false)
		w.table(sheets[1], colsMissing, r.missingRows(), false)
		if r.Stats != nil {
			w.table(sheets[2], colsStats, r.statsRows(func(u UnitStats) Counts { return u.Week }), true)
			w.table(sheets[3], colsStats, r.statsRows(func(u UnitStats) Counts { return u.Year }), true)
			became := taskRows(r.Stats.BecameOverdue, loc)
			if r.Stats.BecameOverdueCapped() {
				became = append(became, []any{fmt.Sprintf(monBecameCapped, thousands(r.Stats.BecameOverdueCount()), thousands(len(r.Stats.BecameOverdue)))})
			}
			w.table(sheets[4], colsTasks, became, false)
			w.table(sheets[5], colsTasks, taskRows(r.Stats.LongestOverdue, loc), false)
		}
	}
	if w.err != nil {
		return nil, fmt.Errorf("workbook: %w", w.err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("workbook: %w", err)
	}
	return buf.Bytes(), nil
}

type sheetWriter struct {
	f    *excelize.File
	bold int
	err  error
}

// table writes a heading row and rows; with lastBold the last row (a total)
// is bold too.
func (w *sheetWriter) table(sheet string, cols []string, rows [][]any, lastBold bool) {
	if w.err != nil {
		return
	}
	head := make([]any, len(cols))
	for i, c := range cols {
		head[i] = c
	}
	all := append([][]any{head}, rows...)
	for i, row := range all {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := w.f.SetSheetRow(sheet, cell, &row); err != nil {
			w.err = err
			return
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(cols), 1)
	if err := w.f.SetCellStyle(sheet, "A1", last, w.bold); err != nil {
		w.err = err
		return
	}
	if lastBold && len(rows) > 0 {
		first, _ := excelize.CoordinatesToCellName(1, len(all))
		end, _ := excelize.CoordinatesToCellName(len(cols), len(all))
		if err := w.f.SetCellStyle(sheet, first, end, w.bold); err != nil {
			w.err = err
			return
		}
	}
	for i, c := range cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		width := math.Min(60, math.Max(10, float64(len([]rune(c)))+2))
		if c == colsEntries[2] {
			width = 60
		}
		if err := w.f.SetColWidth(sheet, col, col, width); err != nil {
			w.err = err
			return
		}
	}
	if err := w.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		w.err = err
	}
}

// stamp writes an instant as the report's text does: "15/01/2021 17:00 (thứ Sáu)".
func stamp(t time.Time, loc *time.Location) string { return deadline.Format(t.In(loc)) }

func cellDay(d *time.Time) any {
	if d == nil {
		return ""
	}
	return deadline.FormatDate(*d)
}

func cellInt(n *int) any {
	if n == nil {
		return ""
	}
	return *n
}

func (r Report) entryRows(loc *time.Location) [][]any {
	var rows [][]any
	for _, u := range r.Units {
		for _, e := range u.Entries {
			rows = append(rows, []any{u.Name, e.Seq, e.Text, cellDay(e.Day), e.Place, cellInt(e.People), e.Member, stamp(e.Updated, loc)})
		}
	}
	return rows
}

func (r Report) resultRows(loc *time.Location) [][]any {
	var rows [][]any
	for _, u := range r.Units {
		for _, e := range u.Entries {
			rows = append(rows, []any{u.Name, e.Seq, e.Text, cellInt(e.RegSeq), e.Photos, e.Files, e.Member, stamp(e.Updated, loc)})
		}
	}
	return rows
}

func (r Report) missingRows() [][]any {
	var rows [][]any
	for i, u := range r.Missing() {
		rows = append(rows, []any{i + 1, u.Name, u.Code})
	}
	return rows
}

func (r Report) dueRows(loc *time.Location) [][]any {
	var rows [][]any
	for _, u := range r.Units {
		for _, t := range u.Due {
			rows = append(rows, []any{u.Name, t.Role.Label(), t.ID, t.Text, formatDeadline(t.Deadline, loc)})
		}
	}
	return rows
}

func countsRowCells(name string, c Counts) []any {
	rate := any("")
	if pct, ok := c.Rate(); ok {
		rate = math.Round(pct*10) / 10
	}
	return []any{name, c.Assigned, c.DoneOnTime, c.DoneLate, c.OpenOnTime, c.DueSoon, c.Overdue, c.OverdueDays, rate}
}

func (r Report) statsRows(pick func(UnitStats) Counts) [][]any {
	var rows [][]any
	for _, u := range r.Stats.Units {
		rows = append(rows, countsRowCells(u.Name, pick(u)))
	}
	return append(rows, countsRowCells(totalName, pick(r.Stats.Total)))
}

func taskRows(ts []TaskLine, loc *time.Location) [][]any {
	var rows [][]any
	for _, t := range ts {
		done := ""
		if t.DoneAt != nil {
			done = stamp(*t.DoneAt, loc)
		}
		rows = append(rows, []any{t.ID, t.Text, t.Units, formatDeadline(t.Deadline, loc), done, t.Days})
	}
	return rows
}
