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
	// gapSince is when the sequencer began waiting on a gap; gapTop the
	// highest id recorded then: once the grace is over, the ids missing
	// below gapTop are taken as never coming.
	gapSince time.Time
	gapTop   int64
}

// take returns the ids (sorted, not yet taken) that may be handled now,
// in order.
func (s *sequencer) take(ids []int64, now time.Time) []int64 {
	n := run(ids, 0, s.hi)
	if n < len(ids) && !s.gapSince.IsZero() && now.Sub(s.gapSince) >= s.grace {
		for n < len(ids) && ids[n] <= s.gapTop {
			n++
		}
		last := s.hi
		if n > 0 {
			last = max(last, ids[n-1])
		}
		n = run(ids, n, last)
		s.gapSince = time.Time{}
	}
	switch {
	case n == len(ids):
		s.gapSince = time.Time{}
	case s.gapSince.IsZero():
		s.gapSince, s.gapTop = now, ids[len(ids)-1]
	}
	out := ids[:n]
	for _, id := range out {
		s.hi = max(s.hi, id)
	}
	return out
}

// run returns the index after the ids from ids[from] on that follow last
// with no gap (or are at most last: recorded late).
func run(ids []int64, from int, last int64) int {
	i := from
	for ; i < len(ids) && ids[i] <= last+1; i++ {
		last = max(last, ids[i])
	}
	return i
}
