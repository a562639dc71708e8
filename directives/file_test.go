package directives

import (
	"archive/zip"
	"bytes"
	"errors"
	"html"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// docx builds a minimal Word document; paragraphs starting with "#" are
// numbered list items (w:numPr), as Word writes an automatic list.
func docx(t *testing.T, paragraphs ...string) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paragraphs {
		num := ""
		if strings.HasPrefix(p, "#") {
			p = p[1:]
			num = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`
		}
		// Split the text into two runs, as Word often does.
		half := len(p) / 2
		for half > 0 && !strings.HasPrefix(p[half:], " ") {
			half--
		}
		body.WriteString(`<w:p>` + num + `<w:r><w:t xml:space="preserve">` + html.EscapeString(p[:half]) + `</w:t></w:r><w:r><w:t xml:space="preserve">` + html.EscapeString(p[half:]) + `</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`,
	} {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFileTextDocx(t *testing.T) {
	data := docx(t, "Kết luận cuộc họp:", "#Phòng KTHT chủ trì, phối hợp với các xã rà soát hồ sơ trước 15/1/2021;", "#Phòng TCKH bố trí kinh phí & báo cáo <ngay>.")
	text, err := FileText("Kết luận.DOCX", data)
	if err != nil {
		t.Fatal(err)
	}
	want := "Kết luận cuộc họp:\n- Phòng KTHT chủ trì, phối hợp với các xã rà soát hồ sơ trước 15/1/2021;\n- Phòng TCKH bố trí kinh phí & báo cáo <ngay>.\n"
	if text != want {
		t.Errorf("got %q\nwant %q", text, want)
	}
	ds := Extract(text, ruleDirectory(), meeting(t))
	if len(ds) != 2 || ds[0].Lead == nil || ds[0].Lead.Key() != "ktht" || ds[1].Lead == nil || ds[1].Lead.Key() != "tckh" {
		t.Errorf("directives of the docx: %+v", ds)
	}
}

func TestFileTextPlain(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a.txt", []byte("Phòng KTHT rà soát."), "Phòng KTHT rà soát."},
		{"bom.txt", []byte("\xEF\xBB\xBFPhòng KTHT"), "Phòng KTHT"},
		{"utf16.txt", []byte{0xFF, 0xFE, 'K', 0, 'T', 0, 0xB0, 0x01}, "KTư"},
	}
	for _, tt := range tests {
		got, err := FileText(tt.name, tt.data)
		if err != nil || got != tt.want {
			t.Errorf("FileText(%s) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestFileTextRefusals(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"ket-luan.doc", []byte{0xD0, 0xCF, 0x11, 0xE0}, "Chỉ đọc được tệp .txt hoặc .docx"},
		{"anh.jpg", []byte{0xFF, 0xD8}, "Chỉ đọc được tệp .txt hoặc .docx"},
		{"hong.docx", []byte("not a zip"), "Không đọc được tệp Word"},
		{"latin1.txt", []byte{'P', 'h', 0xF2, 'n', 'g'}, "không phải văn bản UTF-8"},
		{"trong.txt", []byte("  \n "), "bản scan. Xin gửi tệp có chữ hoặc dán nội dung"},
		{"to.txt", bytes.Repeat([]byte("a"), MaxFileSize+1), "đến 10 MB"},
	}
	for _, tt := range tests {
		_, err := FileText(tt.name, tt.data)
		var ie *tasks.InputError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.want) {
			t.Errorf("FileText(%s) error = %v, want an input error with %q", tt.name, err, tt.want)
		}
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.Create("word/other.xml")
	zw.Close()
	if _, err := FileText("khong-co-noi-dung.docx", buf.Bytes()); err == nil {
		t.Error("a docx without word/document.xml was read")
	}
}
