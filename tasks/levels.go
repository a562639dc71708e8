package tasks

import (
	"strings"

	"github.com/dondoc/dondoc/vntext"
)

// Level is the tier of an organisation in local government.
type Level string

// Since 1/7/2025 local government has two tiers, the province and the
// commune; districts are kept for the organisations made before.
const (
	LevelTinh  Level = "tinh"  // UBND tỉnh, thành phố trực thuộc trung ương
	LevelHuyen Level = "huyen" // UBND huyện (before 1/7/2025)
	LevelXa    Level = "xa"    // UBND xã, phường, đặc khu
)

// levelWords are the ways an operator may write a level, folded.
var levelWords = map[string]Level{
	"tinh": LevelTinh, "thanh pho": LevelTinh, "province": LevelTinh,
	"huyen": LevelHuyen, "district": LevelHuyen,
	"xa": LevelXa, "phuong": LevelXa, "dac khu": LevelXa, "commune": LevelXa,
}

// ParseLevel accepts a level as operators write it: tinh, xa, huyen, or the
// Vietnamese word with or without diacritics ("tỉnh", "phường").
func ParseLevel(s string) (Level, bool) {
	l, ok := levelWords[strings.Join(strings.Fields(vntext.Fold(s)), " ")]
	return l, ok
}

// rank orders the levels: a parent ranks above its children.
func (l Level) rank() int {
	switch l {
	case LevelTinh:
		return 3
	case LevelHuyen:
		return 2
	case LevelXa:
		return 1
	}
	return 0
}

// Label names the level for people: "tỉnh", "xã".
func (l Level) Label() string { return label(levelLabels, l) }
