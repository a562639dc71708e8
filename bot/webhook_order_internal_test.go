package bot

import (
	"slices"
	"testing"
	"time"
)

// TestSequencer: updates after a gap in the ids wait for the missing ones,
// for at most the grace; late ones are taken at once.
func TestSequencer(t *testing.T) {
	t0 := time.Date(2031, 1, 16, 8, 0, 0, 0, time.UTC)
	type step struct {
		at   time.Duration
		ids  []int64
		want []int64
	}
	tests := []struct {
		name  string
		hi    int64 // the highest id recorded at start
		steps []step
	}{
		{"nothing recorded before: the first wait the grace", 0, []step{
			{0, []int64{9, 12}, []int64{}},
			{100 * time.Millisecond, []int64{5, 9, 12}, []int64{}},
			{500 * time.Millisecond, []int64{5, 9, 12}, []int64{5, 9, 12}},
		}},
		{"in order", 4, []step{{0, []int64{5}, []int64{5}}, {10 * time.Millisecond, []int64{6, 7}, []int64{6, 7}}}},
		{"gap filled", 4, []step{
			{0, []int64{5}, []int64{5}},
			{10 * time.Millisecond, []int64{7, 8}, []int64{}},
			{20 * time.Millisecond, []int64{6, 7, 8}, []int64{6, 7, 8}},
		}},
		{"takes up to the gap", 4, []step{
			{0, []int64{5}, []int64{5}},
			{10 * time.Millisecond, []int64{6, 8}, []int64{6}},
			{20 * time.Millisecond, []int64{8}, []int64{}},
		}},
		{"gap never filled", 4, []step{
			{0, []int64{5}, []int64{5}},
			{10 * time.Millisecond, []int64{7}, []int64{}},
			{100 * time.Millisecond, []int64{7}, []int64{}},
			{510 * time.Millisecond, []int64{7, 8}, []int64{7, 8}},
			{520 * time.Millisecond, []int64{10}, []int64{}},
		}},
		{"only the gaps seen first are given up on", 4, []step{
			{0, []int64{7}, []int64{}},
			{300 * time.Millisecond, []int64{7, 8, 10, 11}, []int64{}},
			{500 * time.Millisecond, []int64{7, 8, 10, 11}, []int64{7, 8}},
			{800 * time.Millisecond, []int64{9, 10, 11}, []int64{9, 10, 11}},
		}},
		{"late arrival", 4, []step{
			{0, []int64{5}, []int64{5}},
			{10 * time.Millisecond, []int64{7}, []int64{}},
			{600 * time.Millisecond, []int64{7}, []int64{7}},
			{610 * time.Millisecond, []int64{6, 8}, []int64{6, 8}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &sequencer{grace: 500 * time.Millisecond, hi: tt.hi}
			for i, st := range tt.steps {
				got := s.take(slices.Clone(st.ids), t0.Add(st.at))
				if !slices.Equal(got, st.want) && !(len(got) == 0 && len(st.want) == 0) {
					t.Fatalf("step %d: take(%v) = %v, want %v", i, st.ids, got, st.want)
				}
			}
		})
	}
}
