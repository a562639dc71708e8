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
		{"bad kind", "ktht,Phòng KTHT,,quận\n", []int{1}},
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

func TestParseUnitsCSVKinds(t *testing.T) {
	in := "code,name,aliases,kind\n" +
		"syt,Sở Y tế,,so\n" +
		"vhxh,Phòng Văn hóa – Xã hội,,phong\n" +
		"hoaxa,UBND phường Hòa Xá,,Phường\n" +
		"vanyen,UBND đặc khu Vân Đồn,,đặc khu\n" +
		"thon1,Thôn 1,,thon\n" +
		"tdp2,Tổ dân phố 2,,tổ dân phố\n" +
		"mttq,Ủy ban MTTQ xã,,doanthe\n" +
		"ttyt,Trung tâm Y tế,,KHAC\n"
	units, err := ParseUnitsCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Kind{KindSo, KindPhong, KindXa, KindXa, KindThon, KindThon, KindDoanThe, KindKhac}
	if len(units) != len(want) {
		t.Fatalf("%d units, want %d", len(units), len(want))
	}
	for i, u := range units {
		if u.Kind != want[i] {
			t.Errorf("%s: kind %q, want %q", u.Code, u.Kind, want[i])
		}
	}
	_, err = ParseUnitsCSV(strings.NewReader("a,Một,,huyen\n"))
	if err == nil || !strings.Contains(err.Error(), "thon (thôn, bản, tổ dân phố)") {
		t.Errorf("bad kind: %v, want the list of kinds", err)
	}
}
