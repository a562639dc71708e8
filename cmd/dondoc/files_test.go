package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOperatorFilesAreExplained: a file an operator names that cannot be
// read or written is refused in Vietnamese, naming it.
func TestOperatorFilesAreExplained(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "khong-co.csv")
	_, errOpen := openFile(missing)
	errWrite := writeFile(filepath.Join(dir, "khong-co", "bc.xlsx"), []byte("x"))
	_, errDir := openFile(dir + "/")
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"open a missing file", errOpen, "không có tệp “" + missing + "”"},
		{"write into a missing folder", errWrite, "không có thư mục chứa tệp"},
		{"read a folder", errDir, "là thư mục, không phải tệp"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, tc.err, tc.want)
		}
	}
	ok := filepath.Join(dir, "bc.xlsx")
	if err := writeFile(ok, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(ok); err != nil || string(b) != "x" {
		t.Errorf("written %q, %v", b, err)
	}
}
