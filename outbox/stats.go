package outbox

import "sync"

// Stats counts what the sender did, by message kind and outcome (sent,
// retry, rate_limited, unreachable, failed, obsolete, plain).
type Stats struct {
	mu     sync.Mutex
	counts map[[2]string]int
	hook   func(kind, outcome string)
}

func newStats() *Stats { return &Stats{counts: map[[2]string]int{}} }

// OnCount calls f for every counted outcome, to feed metrics.
func (s *Stats) OnCount(f func(kind, outcome string)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hook = f
}

func (s *Stats) add(kind, outcome string) {
	s.mu.Lock()
	s.counts[[2]string{kind, outcome}]++
	h := s.hook
	s.mu.Unlock()
	if h != nil {
		h(kind, outcome)
	}
}

// Count returns how many times outcome happened, over all kinds.
func (s *Stats) Count(outcome string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k, c := range s.counts {
		if k[1] == outcome {
			n += c
		}
	}
	return n
}
