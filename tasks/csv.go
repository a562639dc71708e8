package tasks

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dondoc/dondoc/vntext"
)

// LineError is a bad row of a units CSV file.
type LineError struct {
	Line   int
	Reason string
}

// Error returns the Vietnamese message naming the line and what is wrong.
func (e LineError) Error() string { return fmt.Sprintf(msgCSVLine, e.Line, e.Reason) }

// ImportErrors lists every bad row of a file; nothing is imported when there is one.
type ImportErrors []LineError

// Error returns the messages of all the lines, one per line.
func (e ImportErrors) Error() string {
	parts := make([]string, len(e))
	for i, le := range e {
		parts[i] = le.Error()
	}
	return strings.Join(parts, "\n")
}

// ParseUnitsCSV reads a unit directory in the form code,name,aliases,kind
// (aliases separated by "|"; a header line is allowed). It returns every bad
// row at once as ImportErrors.
func ParseUnitsCSV(r io.Reader) ([]Unit, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var (
		units []Unit
		bad   ImportErrors
		codes = map[string]int{}
	)
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad = append(bad, LineError{Line: pe.Line, Reason: pe.Err.Error()})
				continue
			}
			return nil, fmt.Errorf("units csv: %w", err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(rec[0]), "code") {
			continue
		}
		u, reason := unitFromRecord(rec)
		if reason == "" {
			key := strings.ToLower(u.Code)
			if prev, ok := codes[key]; ok {
				reason = fmt.Sprintf(msgCSVDuplicateCode, u.Code, prev)
			} else {
				codes[key] = line
			}
		}
		if reason != "" {
			bad = append(bad, LineError{Line: line, Reason: reason})
			continue
		}
		units = append(units, u)
	}
	if len(bad) > 0 {
		return nil, bad
	}
	if len(units) == 0 {
		return nil, ImportErrors{{Line: 1, Reason: msgCSVEmpty}}
	}
	return units, nil
}

func unitFromRecord(rec []string) (Unit, string) {
	if len(rec) != 4 {
		return Unit{}, fmt.Sprintf(msgCSVColumns, len(rec))
	}
	code := strings.TrimSpace(rec[0])
	name := vntext.Clean(rec[1])
	if code == "" {
		return Unit{}, msgCSVCodeEmpty
	}
	for _, r := range code {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return Unit{}, fmt.Sprintf(msgCSVCodeChars, code)
		}
	}
	if name == "" {
		return Unit{}, msgCSVNameEmpty
	}
	kind, ok := ParseKind(rec[3])
	if !ok {
		return Unit{}, fmt.Sprintf(msgCSVKind, strings.TrimSpace(rec[3]))
	}
	var aliases []string
	for _, a := range strings.Split(rec[2], "|") {
		if a = vntext.Clean(a); a != "" {
			aliases = append(aliases, a)
		}
	}
	return Unit{Code: strings.ToLower(code), Name: name, Aliases: aliases, Kind: kind}, ""
}
