package tgfake

import (
	"strings"
	"testing"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		in      string
		want    string // plain text when accepted
		wantErr string // error when rejected
	}{
		{in: "<b>a &amp; b</b>", want: "a & b"},
		{in: "plain > text", want: "plain > text"},
		{in: "&lt;tag&gt; &quot;q&quot; &#65;&#x42;", want: `<tag> "q" AB`},
		{in: "&lt without semicolon", want: "< without semicolon"},
		{in: `<a href="https://example.com/?a=1&b=2">link</a>`, want: "link"},
		{in: "<B>upper</B>", want: "upper"},
		{in: "<b>bold <i>italic <u>under</u></i></b>", want: "bold italic under"},
		{in: "<strong>s</strong><em>e</em><ins>i</ins><strike>k</strike><del>d</del><s>s</s>", want: "seikds"},
		{in: `<pre><code class="language-go">x := 1</code></pre>`, want: "x := 1"},
		{in: `<tg-spoiler>a</tg-spoiler><span class="tg-spoiler">b</span>`, want: "ab"},
		{in: "<blockquote>q</blockquote>", want: "q"},
		{in: "<b>x</>", want: "x"},
		{in: "<b>a & b", wantErr: `character "&" at byte offset 5 does not start an HTML entity; escape it as "&amp;"`},
		{in: "Tom &nbsp; Jerry", wantErr: `character "&" at byte offset 4 does not start an HTML entity; escape it as "&amp;"`},
		{in: "a < b", wantErr: `Unsupported start tag "" at byte offset 2`},
		{in: "<x>", wantErr: `Unsupported start tag "x" at byte offset 0`},
		{in: "<br/>", wantErr: `Unsupported start tag "br/" at byte offset 0`},
		{in: "<phòng>", wantErr: `Unsupported start tag "phòng" at byte offset 0`},
		{in: "<b>unclosed", wantErr: "Can't find end tag corresponding to start tag b"},
		{in: "a <b", wantErr: "Unclosed start tag at byte offset 2"},
		{in: "<b><i>x</b></i>", wantErr: `Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`},
		{in: "x</b>", wantErr: "Unexpected end tag at byte offset 1"},
		{in: "<b>x</b", wantErr: "Unclosed end tag at byte offset 4"},
		{in: "<span>x</span>", wantErr: `Tag "span" must have class "tg-spoiler" at byte offset 0`},
		{in: `<a href>x</a>`, wantErr: `Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseHTML(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("parseHTML = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestUTF16Len(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"Hà Nội", 6},
		{"𝟘", 2},
		{"👍🏽", 4},
		{strings.Repeat("𝟘", 4096), 8192},
	}
	for _, tt := range tests {
		if got := UTF16Len(tt.in); got != tt.want {
			t.Errorf("UTF16Len(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
