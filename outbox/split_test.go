package outbox

import (
	"strings"
	"testing"
)

func TestSplitHTML(t *testing.T) {
	line := "<b>Phòng Kinh tế</b>: hoàn thành " + strings.Repeat("việc ", 10) + "\n"
	long := strings.Repeat(line, 200)
	parts := SplitHTML(long, MaxText)
	if len(parts) < 2 {
		t.Fatalf("got %d parts", len(parts))
	}
	joined := ""
	for i, p := range parts {
		if n := UTF16Len(p); n > MaxText {
			t.Errorf("part %d has %d UTF-16 units", i, n)
		}
		if strings.Count(p, "<b>") != strings.Count(p, "</b>") {
			t.Errorf("part %d has unbalanced tags", i)
		}
		if !strings.HasSuffix(p, "\n") && !strings.HasSuffix(p, ")") && i < len(parts)-1 && strings.HasSuffix(p, " ") {
			t.Errorf("part %d ends in a space", i)
		}
		joined += p + "\n"
	}
	if strings.Count(joined, "Phòng Kinh tế") != 200 {
		t.Errorf("lost lines: %d", strings.Count(joined, "Phòng Kinh tế"))
	}
}

func TestSplitHTMLReopensTags(t *testing.T) {
	s := "<b>" + strings.Repeat("chữ đậm ", 30) + "</b>"
	parts := SplitHTML(s, 100)
	for i, p := range parts {
		if UTF16Len(p) > 100 {
			t.Errorf("part %d too long: %d", i, UTF16Len(p))
		}
		if !strings.HasPrefix(p, "<b>") || !strings.HasSuffix(p, "</b>") {
			t.Errorf("part %d = %q: tags not carried over", i, p)
		}
	}
}

func TestSplitHTMLHardCutKeepsEntities(t *testing.T) {
	s := strings.Repeat("a&amp;b", 40)
	for i, p := range SplitHTML(s, 50) {
		if UTF16Len(p) > 50 {
			t.Errorf("part %d too long", i)
		}
		if strings.Count(p, "&") != strings.Count(p, "&amp;") {
			t.Errorf("part %d = %q cuts an entity", i, p)
		}
	}
}

func TestSplitCountsUTF16(t *testing.T) {
	s := strings.Repeat("𝟘", 4096) // two UTF-16 units each
	parts := SplitHTML(s, MaxText)
	if len(parts) != 2 {
		t.Errorf("got %d parts, want 2", len(parts))
	}
}

func TestPlainText(t *testing.T) {
	if got, want := PlainText("<b>Phòng TC_KH &lt;b&gt;</b> &amp; xã"), "Phòng TC_KH <b> & xã"; got != want {
		t.Errorf("PlainText = %q, want %q", got, want)
	}
}
