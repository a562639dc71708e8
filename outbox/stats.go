package outbox

import "sync"

// Stats tells what the sender did, by message kind and outcome (sent,
// retry, rate_limited, unreachable, failed, obsolete, plain), to whoever
// counts it (metrics).
type Stats struct {
	mu   sync.Mutex
	hook func(kind, outcome string)
}

func newStats() *Stats { return &Stats{} }

// OnCount calls f for every outcome, to feed metrics.
func (s *Stats) OnCount(f func(kind, outcome string)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hook = f
}

func (s *Stats) add(kind, outcome string) {
	s.mu.Lock()
	h := s.hook
	s.mu.Unlock()
	if h != nil {
		h(kind, outcome)
	}
}
