package weekly_test

import (
	"os"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var hcm = mustZone("Asia/Ho_Chi_Minh")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// at is a local time in Hồ Chí Minh City; an optional last number gives
// the seconds.
func at(y int, m time.Month, d, h, min int, sec ...int) time.Time {
	s := 0
	if len(sec) > 0 {
		s = sec[0]
	}
	return time.Date(y, m, d, h, min, s, 0, hcm)
}
