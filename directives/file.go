package directives

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/dondoc/dondoc/tasks"
)

// MaxFileSize is the largest conclusion file FileText reads.
const MaxFileSize = 10 << 20

// maxDocumentXML caps the unpacked text of a .docx, against zip bombs.
const maxDocumentXML = 50 << 20

// FileText returns the text of a conclusion sent as a file: a .txt in UTF-8
// (or UTF-16 with a byte order mark), or a Word .docx, whose paragraphs
// become lines and whose numbered or bulleted paragraphs start with "- ".
// A file it cannot read is a *tasks.InputError saying what to send instead.
//
// A .docx is a zip of XML parts; the text is in word/document.xml as
// w:p paragraphs of w:t runs. Reading that with archive/zip and
// encoding/xml takes a few dozen lines, whereas the Go .docx libraries are
// either unmaintained or commercial; tables are read cell by cell.
func FileText(name string, data []byte) (string, error) {
	if len(data) > MaxFileSize {
		return "", TooBigError(name)
	}
	var (
		text string
		err  error
	)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", "":
		text, err = plainText(name, data)
	case ".docx":
		text, err = docxText(name, data)
	default:
		return "", inputErrorf(fileUnsupported, name)
	}
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(text) == "" {
		return "", inputErrorf(fileEmpty, name)
	}
	return text, nil
}

// TooBigError is FileText's refusal of a file over MaxFileSize, for a
// caller that refuses the file before downloading it.
func TooBigError(name string) error {
	return inputErrorf(fileTooBig, name, MaxFileSize>>20)
}

func inputErrorf(format string, args ...any) error {
	return &tasks.InputError{Msg: fmt.Sprintf(format, args...)}
}

func plainText(name string, data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		out, _, err := transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), data)
		if err != nil {
			return "", inputErrorf(fileNotText, name)
		}
		data = out
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(data) {
		return "", inputErrorf(fileNotText, name)
	}
	return string(data), nil
}

func docxText(name string, data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", inputErrorf(fileBadDocx, name)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return "", inputErrorf(fileBadDocx, name)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", inputErrorf(fileBadDocx, name)
	}
	defer rc.Close()
	text, err := documentXMLText(io.LimitReader(rc, maxDocumentXML))
	if err != nil {
		return "", inputErrorf(fileBadDocx, name)
	}
	return text, nil
}

// documentXMLText reads the paragraphs of word/document.xml.
func documentXMLText(r io.Reader) (string, error) {
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	dec := xml.NewDecoder(r)
	var (
		out    strings.Builder
		para   strings.Builder
		inText bool
		listed bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("docx: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != w {
				continue
			}
			switch t.Name.Local {
			case "p":
				para.Reset()
				listed = false
			case "numPr":
				listed = true
			case "t":
				inText = true
			case "tab":
				para.WriteByte('\t')
			case "br", "cr":
				para.WriteByte('\n')
			}
		case xml.EndElement:
			if t.Name.Space != w {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				line := strings.TrimSpace(para.String())
				if listed && line != "" && !itemMarker.MatchString(line) {
					line = "- " + line
				}
				out.WriteString(line)
				out.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
	return out.String(), nil
}
