package directives

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// Line is a directive as `dondoc parse` prints it, one JSON object per line:
//
//	{"text": "...", "lead": "ktht", "coordinators": ["group:xa"], "deadline": "2021-01-30T23:59:59+07:00", "deadline_text": "trước ngày 30/01/2021", "recurrence": null, "warnings": []}
type Line struct {
	Text         string   `json:"text"`
	Lead         *string  `json:"lead"`
	Coordinators []string `json:"coordinators"`
	Deadline     *string  `json:"deadline"`
	DeadlineText *string  `json:"deadline_text"`
	Recurrence   *string  `json:"recurrence"`
	Warnings     []string `json:"warnings"`
	// Explain, with `dondoc parse --explain`, says which words decided each field.
	Explain *Explanation `json:"explain,omitempty"`
}

// NewLine returns the line of a directive; the deadline is written in RFC
// 3339 in loc, the organisation's zone.
func NewLine(d Directive, loc *time.Location) Line {
	l := Line{Text: d.Text, Coordinators: []string{}, Warnings: []string{}}
	if d.Lead != nil {
		k := d.Lead.Key()
		l.Lead = &k
	}
	for _, o := range d.Coordinators {
		l.Coordinators = append(l.Coordinators, o.Key())
	}
	if d.Deadline != nil {
		s := d.Deadline.Time.In(loc).Format(time.RFC3339)
		l.Deadline = &s
	}
	if d.DeadlineText != "" {
		s := d.DeadlineText
		l.DeadlineText = &s
	}
	if r := d.Recurrence(); r != "" {
		s := string(r)
		l.Recurrence = &s
	}
	for _, w := range d.Warnings {
		l.Warnings = append(l.Warnings, w.Text)
	}
	return l
}

// Marshal returns the line as JSON with ", " and ": " between items, as in
// the format above, and without escaping <, > and &.
func (l Line) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return nil, fmt.Errorf("directive line: %w", err)
	}
	return spaced(bytes.TrimRight(buf.Bytes(), "\n")), nil
}

// spaced adds a space after every ',' and ':' of compact JSON that is not
// inside a string.
func spaced(compact []byte) []byte {
	out := make([]byte, 0, len(compact)+len(compact)/8)
	inString, escaped := false, false
	for _, c := range compact {
		out = append(out, c)
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ',' || c == ':'):
			out = append(out, ' ')
		}
	}
	return out
}

// WriteLines writes the directives, one JSON line each.
func WriteLines(w io.Writer, ds []Directive, loc *time.Location) error {
	return writeLines(w, ds, loc, false)
}

// WriteExplained writes the directives as WriteLines does, each line with
// an "explain" object that says which words decided each field.
func WriteExplained(w io.Writer, ds []Directive, loc *time.Location) error {
	return writeLines(w, ds, loc, true)
}

func writeLines(w io.Writer, ds []Directive, loc *time.Location, explain bool) error {
	for _, d := range ds {
		l := NewLine(d, loc)
		if explain {
			why := d.Why
			l.Explain = &why
		}
		b, err := l.Marshal()
		if err != nil {
			return err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return fmt.Errorf("write directives: %w", err)
		}
	}
	return nil
}
