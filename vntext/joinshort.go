package vntext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// JoinShort joins items with ", " while the result stays within limit
// runes (the first item always shows); the items left out are counted with
// more, a format of the joined items and their number such as
// "%s và %d đơn vị khác".
func JoinShort(items []string, limit int, more string) string {
	if utf8.RuneCountInString(strings.Join(items, ", ")) <= limit {
		return strings.Join(items, ", ")
	}
	n, size := 1, utf8.RuneCountInString(items[0])
	for n < len(items) {
		next := size + 2 + utf8.RuneCountInString(items[n])
		if next > limit {
			break
		}
		n, size = n+1, next
	}
	if n == len(items) {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf(more, strings.Join(items[:n], ", "), len(items)-n)
}
