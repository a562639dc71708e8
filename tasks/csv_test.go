package tasks

import (
	"errors"
	"strings"
	"testing"
)

func TestParseUnitsCSV(t *testing.T) {
	good := "code,name,aliases,kind\nktht,Phòng Kinh tế và Hạ tầng,KT-HT|Phòng KTHT,phong\nquanglam,UBND xã Quảng Lâm,,xa\n"
	units, err := ParseUnitsCSV(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 2 || units[0].Code != "ktht" || len(units[0].Aliases) != 2 || units[1].Kind != KindXa {
		t.Errorf("got %+v", units)
	}

	tests := []struct {
		name, in string
		lines    []int
	}{
		{"bad kind", "ktht,Phòng KTHT,,phòng\n", []int{1}},
		{"missing column", "code,name,aliases,kind\nktht,Phòng KTHT,phong\nvp,Văn phòng,,khac\n", []int{2}},
		{"duplicate code", "a,Một,,khac\nb,Hai,,khac\nA,Ba,,khac\n", []int{3}},
		{"empty name and bad code", "a,,,khac\nx y,Tên,,khac\n", []int{1, 2}},
		{"quote error", "a,\"Một,,khac\n", []int{1}},
		{"empty file", "code,name,aliases,kind\n", []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseUnitsCSV(strings.NewReader(tt.in))
			var ie ImportErrors
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want ImportErrors", err)
			}
			var lines []int
			for _, le := range ie {
				lines = append(lines, le.Line)
			}
			if len(lines) != len(tt.lines) {
				t.Fatalf("lines %v, want %v (%v)", lines, tt.lines, err)
			}
			for i := range lines {
				if lines[i] != tt.lines[i] {
					t.Errorf("lines %v, want %v (%v)", lines, tt.lines, err)
				}
			}
		})
	}
}
