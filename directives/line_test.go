package directives

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestLineFormatOfTheIssue(t *testing.T) {
	ds := Extract("Phòng KTHT chủ trì, phối hợp với UBND các xã lập kế hoạch chỉnh trang lề đường trước ngày 30/01/2021.", ruleDirectory(), meeting(t))
	var buf bytes.Buffer
	if err := WriteLines(&buf, ds, hcm(t)); err != nil {
		t.Fatal(err)
	}
	want := `{"text": "Phòng KTHT chủ trì, phối hợp với UBND các xã lập kế hoạch chỉnh trang lề đường trước ngày 30/01/2021", "lead": "ktht", "coordinators": ["group:xa"], "deadline": "2021-01-30T23:59:59+07:00", "deadline_text": "trước ngày 30/01/2021", "recurrence": null, "warnings": []}` + "\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestLineNullsAndEscapes(t *testing.T) {
	ds := Extract("Cần rà soát \"hồ sơ\" <số 2> & báo cáo\\ trước 30/2/2021; Phòng KTHT tổng hợp hàng tuần.", ruleDirectory(), meeting(t))
	if len(ds) != 2 {
		t.Fatalf("%d directives", len(ds))
	}
	b, err := NewLine(ds[0], hcm(t)).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text": "Cần rà soát \"hồ sơ\" <số 2> & báo cáo\\ trước 30/2/2021", "lead": null, "coordinators": [], "deadline": null, "deadline_text": "trước 30/2/2021", "recurrence": null, "warnings": ["Thời hạn “trước 30/2/2021” không hợp lệ (ngày 30/02/2021 không tồn tại: tháng 2 năm 2021 chỉ có 28 ngày) nên chưa đặt thời hạn.", "Chưa xác định được đơn vị chủ trì."]}`
	if string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
	var back Line
	if err := json.Unmarshal(b, &back); err != nil || back.Text != ds[0].Text {
		t.Errorf("round trip: %v %q", err, back.Text)
	}
	b, _ = NewLine(ds[1], hcm(t)).Marshal()
	if !bytes.Contains(b, []byte(`"deadline": "2021-01-10T23:59:59+07:00", "deadline_text": "hàng tuần", "recurrence": "weekly"`)) {
		t.Errorf("weekly line: %s", b)
	}
}

func TestSpaced(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a":1,"b":[1,2]}`, `{"a": 1, "b": [1, 2]}`},
		{`{"a":"x, y: z","b":"\"q\",:"}`, `{"a": "x, y: z", "b": "\"q\",:"}`},
		{`{"a":"\\","b":null}`, `{"a": "\\", "b": null}`},
	}
	for _, tt := range tests {
		if got := string(spaced([]byte(tt.in))); got != tt.want {
			t.Errorf("spaced(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
