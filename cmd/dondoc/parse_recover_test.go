package main

import (
	"bytes"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/directives"
	"github.com/dondoc/dondoc/tasks"
)

// TestParseRecoversFromAPanic checks that a panic of the extractor prints
// nothing on standard output, comes back as the polite error, and is logged
// with its value and stack; and that a good extractor still prints.
func TestParseRecoversFromAPanic(t *testing.T) {
	units := filepath.Join(testdata, "units.csv")
	panicking := func(string, *tasks.Directory, time.Time) []directives.Directive {
		panic("index out of range in a test")
	}
	tests := []struct {
		name    string
		args    []string
		extract extractFunc
		wantErr string
		wantOut string
		wantLog []string
	}{
		{"panic", []string{"--units", units, "--date", "07/01/2021"}, panicking, outParsePanic, "", []string{"extraction panicked", "index out of range in a test", "stack="}},
		{"panic with --explain", []string{"--units", units, "--date", "07/01/2021", "--explain"}, panicking, outParsePanic, "", []string{"extraction panicked"}},
		{"no panic", []string{"--units", units, "--date", "07/01/2021"}, directives.Extract, "", `"lead": "ktht"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			err := parseWith(tt.args, strings.NewReader("Giao Phòng Kinh tế và Hạ tầng rà soát hồ sơ trước ngày 30/01/2021.\n"), &out, log, tt.extract)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error %v, want none", err)
			case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
				t.Fatalf("error %v, want %q", err, tt.wantErr)
			}
			if tt.wantOut == "" && out.Len() > 0 || !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("printed %q, want %q", out.String(), tt.wantOut)
			}
			for _, w := range tt.wantLog {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("log %q lacks %q", logs.String(), w)
				}
			}
			if tt.wantLog == nil && logs.Len() > 0 {
				t.Errorf("logged %q on a good run", logs.String())
			}
		})
	}
}
