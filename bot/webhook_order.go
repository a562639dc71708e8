package bot

import "time"

// sequencer keeps the updates of a webhook in Telegram's order when
// several are posted at once (to several replicas, or on several
// connections) and recorded in another order: update ids are sequential
// per bot, so an update after a gap waits, for at most grace, for the
// missing ones to be recorded. An update older than the ones taken
// (recorded late) is taken at once.
type sequencer struct {
	grace time.Duration
	// hi is the highest update id taken, or recorded when the sequencer
	// started; 0 for none, and then the first updates wait the grace too
	// (the ones before them may be in flight).
	hi int64
	// gapSince is when the gap the sequencer waits on was first seen.
	gapSince time.Time
}

// take returns the ids (sorted, not yet taken) that may be handled now,
// in order.
func (s *sequencer) take(ids []int64, now time.Time) []int64 {
	if len(ids) == 0 {
		s.gapSince = time.Time{}
		return ids
	}
	n := 0
	if s.hi != 0 {
		for next := s.hi + 1; n < len(ids) && ids[n] <= next; n++ {
			if ids[n] == next {
				next++
			}
		}
	}
	if n < len(ids) {
		if s.gapSince.IsZero() {
			s.gapSince = now
		}
		if now.Sub(s.gapSince) >= s.grace {
			n = len(ids) // the missing ids are not coming: go on
		}
	}
	if n == len(ids) {
		s.gapSince = time.Time{}
	}
	out := ids[:n]
	for _, id := range out {
		s.hi = max(s.hi, id)
	}
	return out
}
