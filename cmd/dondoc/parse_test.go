package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testdata = "../../directives/testdata"

func runParse(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := parseCmd(args, strings.NewReader(stdin), &out, slog.New(slog.DiscardHandler))
	return out.String(), err
}

// TestParseSeedMatchesLabels runs the command on seed 003, whose hand labels
// the extractor meets exactly, and compares the output byte for byte.
func TestParseSeedMatchesLabels(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(testdata, "003.expected.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	units := filepath.Join(testdata, "units.csv")
	out, err := runParse(t, "", "--units", units, "--date", "2021-01-07", filepath.Join(testdata, "003.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("dondoc parse 003.txt printed\n%s\nwant\n%s", out, want)
	}
	text, _ := os.ReadFile(filepath.Join(testdata, "003.txt"))
	for _, args := range [][]string{
		{"--units", units, "--date", "2021-01-07", "--tz", "Asia/Ho_Chi_Minh", "-"},
		{"--date", "2021-01-07", "--units", units},
		{"--date", "07/01/2021", "--units", units},
		{"--date", "7/1/2021", "--units", units},
		{"--date", "07.01.2021", "--units", units},
	} {
		if out, err := runParse(t, string(text), args...); err != nil || out != string(want) {
			t.Errorf("parse %v from stdin = %v\n%s", args, err, out)
		}
	}
}

func TestParseThroughCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ket-luan.txt")
	os.WriteFile(in, []byte("Giao Phòng KTHT chủ trì, phối hợp các xã lập kế hoạch chỉnh trang lề đường trước ngày 30/01/2021."), 0o644)
	out, err := runCLI(t, "parse", "--units", filepath.Join(testdata, "units.csv"), "--date", "2021-01-07", in)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text": "Phòng KTHT chủ trì, phối hợp các xã lập kế hoạch chỉnh trang lề đường trước ngày 30/01/2021", "lead": "ktht", "coordinators": ["group:xa"], "deadline": "2021-01-30T23:59:59+07:00", "deadline_text": "trước ngày 30/01/2021", "recurrence": null, "warnings": []}` + "\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestParseMistakes(t *testing.T) {
	units := filepath.Join(testdata, "units.csv")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("code,name,aliases,kind\nktht,Phòng KTHT,,huyen\n"), 0o644)
	doc := filepath.Join(dir, "ket-luan.doc")
	os.WriteFile(doc, []byte{0xD0, 0xCF}, 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--date", "2021-01-07"}, "cách dùng"},
		{[]string{"--units", units, "a.txt", "b.txt"}, "cách dùng"},
		{[]string{"--units", units, "--date", "31/02/2021"}, "ngày/tháng/năm"},
		{[]string{"--units", units, "--date", "2021-13-01"}, "ngày/tháng/năm"},
		{[]string{"--units", units, "--date", "01/07"}, "ngày/tháng/năm"},
		{[]string{"--units", units, "--date", "hôm qua"}, "--date “hôm qua”"},
		{[]string{"--units", units, "--tz", "Sao/Hoa"}, "--tz"},
		{[]string{"--units", bad}, "dòng 2"},
		{[]string{"--units", units, doc}, "chỉ đọc được tệp .txt hoặc .docx"},
		{[]string{"--units", units, filepath.Join(dir, "khong-co.txt")}, "không có tệp"},
	}
	for _, tt := range tests {
		_, err := runParse(t, "Phòng KTHT rà soát.", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parse %v: error %v, want %q", tt.args, err, tt.want)
		}
	}
}
