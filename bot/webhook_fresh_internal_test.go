package bot

import (
	"slices"
	"testing"
)

// TestTakeFresh: updates this process just recorded are taken in id order,
// once each, only after the highest id taken so far (one at or below it
// may have been taken from the ledger and handled already), and only as
// far as the sequencer lets them go.
func TestTakeFresh(t *testing.T) {
	us := func(ids ...int64) []Update {
		out := make([]Update, len(ids))
		for i, id := range ids {
			out[i] = Update{UpdateID: id}
		}
		return out
	}
	ids := func(us []Update) []int64 {
		out := make([]int64, len(us))
		for i, u := range us {
			out[i] = u.UpdateID
		}
		return out
	}
	all := func(ids []int64) []int64 { return ids }
	for _, c := range []struct {
		name  string
		fresh []Update
		hi    int64
		keep  func([]int64) []int64
		want  []int64
		asked []int64
	}{
		{"in order", us(11, 12), 10, all, []int64{11, 12}, []int64{11, 12}},
		{"posted out of order", us(13, 11, 12), 10, all, []int64{11, 12, 13}, []int64{11, 12, 13}},
		{"twice", us(11, 11), 10, all, []int64{11}, []int64{11}},
		{"taken from the ledger already", us(9, 10, 11), 10, all, []int64{11}, []int64{11}},
		{"all taken already", us(5), 10, all, []int64{}, []int64{}},
		{"a gap: the sequencer holds it", us(12), 10, func([]int64) []int64 { return nil }, []int64{}, []int64{12}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var asked []int64
			got := takeFresh(c.fresh, c.hi, func(ids []int64) []int64 {
				asked = append([]int64{}, ids...)
				return c.keep(ids)
			})
			if !slices.Equal(ids(got), c.want) {
				t.Errorf("taken %v, want %v", ids(got), c.want)
			}
			if !slices.Equal(asked, c.asked) {
				t.Errorf("asked the sequencer about %v, want %v", asked, c.asked)
			}
		})
	}
}

// TestFreshUpdatesOverflow: updates kept are taken once, with the
// fingerprints their record read; past maxFresh they are dropped, and
// HandleRecorded reads the ledger, where they are.
func TestFreshUpdatesOverflow(t *testing.T) {
	var f freshUpdates
	f.add(make([]Update, maxFresh-1), map[int64]string{7: "a"})
	f.add(make([]Update, 1), nil)
	if got, fps := f.take(); len(got) != maxFresh || fps[7] != "a" {
		t.Fatalf("took %d (fingerprints %v), want %d and 7's", len(got), fps, maxFresh)
	}
	if got, fps := f.take(); got != nil || fps != nil {
		t.Fatalf("took %d more (%v)", len(got), fps)
	}
	f.add(make([]Update, maxFresh), map[int64]string{7: "a"})
	f.add(make([]Update, 1), nil)
	if got, fps := f.take(); len(got) != 0 || fps != nil {
		t.Fatalf("took %d (%v) after an overflow, want none (read the ledger)", len(got), fps)
	}
}
