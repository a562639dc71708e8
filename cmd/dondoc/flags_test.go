package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// Every command's -h, -help and --help print that command's usage and
// succeed, without a database; so does `dondoc help CMD`.
func TestHelpOfEveryCommand(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	for _, name := range commandOrder {
		for _, args := range [][]string{{name, "-h"}, {name, "--help"}, {name, "-help"}, {"help", name}, {name, "list", "--org", "x", "--help"}} {
			out, err := runCLI(t, args...)
			if err != nil {
				t.Errorf("dondoc %s: %v", strings.Join(args, " "), err)
				continue
			}
			want := "dondoc " + name
			if name == "run" {
				want = "dondoc [run]"
			}
			if !strings.HasPrefix(out, "Cách dùng:\n") || !strings.Contains(out, want) {
				t.Errorf("dondoc %s printed %q", strings.Join(args, " "), out)
			}
			for _, other := range commandOrder {
				if other != name && other != "run" && strings.Contains(out, "dondoc "+other+" ") {
					t.Errorf("dondoc %s printed the usage of %s too", strings.Join(args, " "), other)
				}
			}
		}
	}
}

// Mistakes in flags are told in Vietnamese, naming the flag, without the
// flag package's English.
func TestFlagMistakes(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	units := filepath.Join(testdata, "units.csv")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"parse", "--level", "3"}, "không có tùy chọn --level; xem: dondoc parse -h"},
		{[]string{"--level", "debug"}, "không có tùy chọn --level; xem: dondoc -h"},
		{[]string{"-v"}, "không có tùy chọn --v; xem: dondoc -h"},
		{[]string{"parse", "-level=3", "--units", units}, "không có tùy chọn --level"},
		{[]string{"units", "list", "--level", "3"}, "không có tùy chọn --level; xem: dondoc units -h"},
		{[]string{"reminders", "policy", "--org"}, "tùy chọn --org cần một giá trị"},
		{[]string{"invite", "--org", "x", "--ttl", "mai"}, "--ttl “mai”: giá trị không hợp lệ, hãy ghi một khoảng thời gian như 168h"},
		{[]string{"outbox", "--org", "x", "--limit", "nhiều"}, "--limit “nhiều”: giá trị không hợp lệ, hãy ghi một số nguyên"},
		{[]string{"report", "monday", "--send=có"}, "--send “có”: giá trị không hợp lệ, hãy ghi true hoặc false"},
	}
	for _, tt := range tests {
		_, err := runCLI(t, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("dondoc %s: error %v, want %q", strings.Join(tt.args, " "), err, tt.want)
			continue
		}
		for _, english := range []string{"flag", "provided", "defined", "invalid", "argument"} {
			if strings.Contains(err.Error(), english) {
				t.Errorf("dondoc %s: %q has English (%q)", strings.Join(tt.args, " "), err, english)
			}
		}
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args []string
		rest string
		vals string
	}{
		{[]string{"list", "--org", "dam-ha"}, "[list]", "org=dam-ha send=false ttl=1h0m0s"},
		{[]string{"--org=dam-ha", "list", "-send"}, "[list]", "org=dam-ha send=true ttl=1h0m0s"},
		{[]string{"-", "--ttl", "90m", "a.txt"}, "[- a.txt]", "org= send=false ttl=1h30m0s"},
		{[]string{"--send=false", "--", "--org", "x"}, "[--org x]", "org= send=false ttl=1h0m0s"},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		org := fs.String("org", "", "")
		send := fs.Bool("send", false, "")
		ttl := fs.Duration("ttl", time.Hour, "")
		rest, err := parseFlags(fs, tt.args)
		if err != nil {
			t.Errorf("%v: %v", tt.args, err)
			continue
		}
		vals := fmt.Sprintf("org=%s send=%v ttl=%v", *org, *send, *ttl)
		if fmt.Sprint(rest) != tt.rest || vals != tt.vals {
			t.Errorf("%v: rest %v, %s; want %s, %s", tt.args, rest, vals, tt.rest, tt.vals)
		}
	}
}

// `dondoc parse` says when its input is empty, and speaks of files and
// standard input, not of chat messages or scans.
func TestParseEmptyAndUnreadableInput(t *testing.T) {
	units := filepath.Join(testdata, "units.csv")
	dir := t.TempDir()
	empty := filepath.Join(dir, "trong.txt")
	os.WriteFile(empty, []byte("\ufeff \n\n"), 0o644)
	latin := filepath.Join(dir, "latin1.txt")
	os.WriteFile(latin, []byte("Ph\xf2ng KTHT r\xe0 so\xe1t"), 0o644)
	docx := filepath.Join(dir, "hong.docx")
	os.WriteFile(docx, []byte("không phải docx"), 0o644)
	tests := []struct {
		stdin string
		args  []string
		want  string
	}{
		{"", []string{"--units", units, "-"}, "đầu vào trống: đầu vào chuẩn không có nội dung"},
		{" \n\t\n", []string{"--units", units}, "đầu vào trống: đầu vào chuẩn không có nội dung"},
		{"", []string{"--units", units, empty}, "đầu vào trống: tệp “" + empty + "” không có nội dung"},
		{"", []string{"--units", units, latin}, "không phải văn bản UTF-8"},
		{"", []string{"--units", units, docx}, "không đọc được chữ trong tệp Word"},
	}
	for _, tt := range tests {
		_, err := runParse(t, tt.stdin, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parse %v: error %v, want %q", tt.args, err, tt.want)
			continue
		}
		for _, botWord := range []string{"tin nhắn", "scan", "dán", "gửi"} {
			if strings.Contains(err.Error(), botWord) {
				t.Errorf("parse %v: %q speaks of %q", tt.args, err, botWord)
			}
		}
	}
}
