package tasks

import (
	"testing"

	"github.com/dondoc/dondoc/vntext"
)

// TestGroupPhrasesOnce: each group phrase is listed once, however it is
// written (folded), so the list says what it holds and nothing twice.
func TestGroupPhrasesOnce(t *testing.T) {
	seen := map[string]string{}
	for _, g := range groupPhrases {
		f := vntext.Fold(g.phrase)
		if first, ok := seen[f]; ok {
			t.Errorf("group phrase %q is listed twice (first as %q)", g.phrase, first)
		}
		seen[f] = g.phrase
	}
}
