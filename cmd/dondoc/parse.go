package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dondoc/dondoc/directives"
	"github.com/dondoc/dondoc/tasks"
)

// parseCmd runs `dondoc parse --units units.csv --date 07/01/2021 [--tz
// Asia/Ho_Chi_Minh] [--explain] [FILE|-]`: it prints the directives of a
// meeting conclusion (a text file, a .docx, or standard input), one JSON
// object per line; with --explain each line says which words decided each
// field. It needs no database, so it runs before the configuration is read.
// A panic while reading the conclusion is logged and told as an error.
func parseCmd(args []string, stdin io.Reader, out io.Writer, log *slog.Logger) error {
	return parseWith(args, stdin, out, log, directives.Extract)
}

// parseWith is parseCmd reading the directives with extract.
func parseWith(args []string, stdin io.Reader, out io.Writer, log *slog.Logger, extract extractFunc) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	unitsFile := fs.String("units", "", "units CSV: code,name,aliases,kind")
	date := fs.String("date", "", "meeting date, 07/01/2021 or 2021-01-07 (default today)")
	tz := fs.String("tz", "Asia/Ho_Chi_Minh", "the organisation's time zone")
	explain := fs.Bool("explain", false, "say, for each field, which words decided it")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *unitsFile == "" || len(rest) > 1 {
		return errors.New(outParseUsage)
	}
	loc, err := time.LoadLocation(*tz)
	if err != nil {
		return fmt.Errorf(outBadZone, "--tz", *tz)
	}
	meeting := time.Now().In(loc)
	meeting = time.Date(meeting.Year(), meeting.Month(), meeting.Day(), 0, 0, 0, 0, loc)
	if *date != "" {
		if meeting, err = parseDate(*date, loc); err != nil {
			return err
		}
	}
	dir, err := readUnitsFile(*unitsFile)
	if err != nil {
		return err
	}
	text, err := readConclusion(rest, stdin)
	if err != nil {
		return err
	}
	return writeSafely(out, log, func(w io.Writer) error {
		if *explain {
			return directives.WriteExplained(w, extract(text, dir, meeting), loc)
		}
		return directives.WriteLines(w, extract(text, dir, meeting), loc)
	})
}

// dateLayouts are the ways --date may be written: day first as people in
// Vietnam write dates (07/01/2021, 7/1/2021, 07.01.2021, 07-01-2021), or
// year first (2021-01-07).
var dateLayouts = []string{"2/1/2006", "2.1.2006", "2-1-2006", "2006-1-2"}

// parseDate reads a meeting date as the day's start in loc.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	for _, layout := range dateLayouts {
		if t, err := time.ParseInLocation(layout, strings.TrimSpace(s), loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf(outParseBadDate, s)
}

// readUnitsFile reads a units CSV into a directory, numbering the units.
func readUnitsFile(path string) (*tasks.Directory, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	units, err := tasks.ParseUnitsCSV(f)
	var ie tasks.ImportErrors
	if errors.As(err, &ie) {
		return nil, fmt.Errorf(outUnitsInvalid, path, ie.Error())
	}
	if err != nil {
		return nil, err
	}
	for i := range units {
		units[i].ID = int64(i + 1)
	}
	return tasks.NewDirectory(units), nil
}

// readConclusion reads the file named in args, or standard input when
// there is none or it is "-". Its refusals speak of files and standard
// input, as an operator sees them.
func readConclusion(args []string, stdin io.Reader) (string, error) {
	name, data := "-", []byte(nil)
	var err error
	if len(args) == 1 && args[0] != "-" {
		name = args[0]
		data, err = os.ReadFile(name)
	} else {
		data, err = io.ReadAll(io.LimitReader(stdin, directives.MaxFileSize+1))
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf(outNoFile, name)
	case err != nil:
		return "", fmt.Errorf(outCannotRead, name, err)
	}
	what := fmt.Sprintf(outParseFile, name)
	if name == "-" {
		name, what = "stdin.txt", outParseStdin
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case len(data) > directives.MaxFileSize:
		return "", fmt.Errorf(outParseTooBig, what, directives.MaxFileSize>>20)
	case ext != ".docx" && ext != ".txt" && ext != ".text" && ext != "":
		return "", fmt.Errorf(outParseUnsupported, name)
	case ext != ".docx" && strings.TrimSpace(strings.TrimPrefix(string(data), "\uFEFF")) == "":
		return "", fmt.Errorf(outParseEmpty, what)
	}
	text, err := directives.FileText(filepath.Base(name), data)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		if ext == ".docx" {
			return "", fmt.Errorf(outParseBadDocx, name)
		}
		return "", fmt.Errorf(outParseNotText, what)
	}
	return text, err
}
