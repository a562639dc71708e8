package vntext

import (
	"strings"
	"unicode/utf8"
)

// Shorten cuts s to at most n runes for a list, at the last space in the
// second half of the cut when there is one, and marks the cut with "…".
// A string of n runes or fewer is returned as it is.
func Shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
