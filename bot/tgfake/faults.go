package tgfake

import (
	"math/rand/v2"
	"strings"
	"time"
)

// Faults describes failures to inject. Each eligible request draws once
// from a random source seeded with Seed and fails with at most one fault:
// the rates are probabilities in [0, 1] whose sum should not exceed 1.
//
// Faults apply to the send methods (sendMessage, sendDocument, sendPhoto,
// editMessageText) only, unless FaultsForAll is set. A request that fails
// is not recorded as sent. With requests arriving in a fixed order, the
// same Seed gives the same faults.
type Faults struct {
	// Seed seeds the random source; SetFaults restarts it.
	Seed int64

	// Rate429 answers 429 Too Many Requests with parameters.retry_after
	// set to RetryAfter seconds (1 when RetryAfter is not positive).
	Rate429    float64
	RetryAfter int

	// Rate500 answers a JSON 500 Internal Server Error.
	Rate500 float64

	// RateHTML502 answers 502 with an HTML body, as the proxy in front of
	// the Bot API does; a client reports a JSON syntax error.
	RateHTML502 float64

	// RateParseError answers 400 "can't parse entities" to requests with
	// parse_mode HTML, whatever their text.
	RateParseError float64

	// Latency delays every eligible request by Latency plus a uniform
	// random part below LatencyJitter.
	Latency       time.Duration
	LatencyJitter time.Duration

	// RateTimeout processes the request (a send is delivered and
	// recorded), then hangs TimeoutDelay (10 s when zero) before
	// answering, so a client with a shorter timeout gives up on a message
	// that was delivered: that is how duplicates arise.
	RateTimeout  float64
	TimeoutDelay time.Duration

	// FaultsForAll applies the faults to every method, getUpdates, getMe
	// and setMyCommands included.
	FaultsForAll bool
}

// faultMethods are the methods faults apply to by default.
var faultMethods = map[string]bool{
	"sendMessage":     true,
	"sendDocument":    true,
	"sendPhoto":       true,
	"editMessageText": true,
}

// faultKind is the failure chosen for one request.
type faultKind int

const (
	faultNone faultKind = iota
	fault429
	fault500
	faultHTML502
	faultParse
	faultTimeout
)

// faultPlan is what happens to one request.
type faultPlan struct {
	kind       faultKind
	latency    time.Duration
	retryAfter int
	hang       time.Duration
}

// newFaultRand returns the seeded random source of the faults.
func newFaultRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x7467666b))
}

// SetFaults replaces the injected faults and reseeds the random source.
// The zero Faults turns them off.
func (s *Server) SetFaults(f Faults) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = f
	s.rng = newFaultRand(f.Seed)
}

// planFault draws the fault for a request.
func (s *Server) planFault(c *call) faultPlan {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.faults
	if !f.FaultsForAll && !faultMethods[c.method] {
		return faultPlan{}
	}
	if f.Rate429 <= 0 && f.Rate500 <= 0 && f.RateHTML502 <= 0 && f.RateParseError <= 0 &&
		f.RateTimeout <= 0 && f.Latency <= 0 && f.LatencyJitter <= 0 {
		return faultPlan{}
	}
	var p faultPlan
	p.latency = f.Latency
	if f.LatencyJitter > 0 {
		p.latency += time.Duration(s.rng.Int64N(int64(f.LatencyJitter)))
	}
	r := s.rng.Float64()
	html := strings.EqualFold(c.str("parse_mode"), "HTML")
	switch {
	case r < f.Rate429:
		p.kind = fault429
		p.retryAfter = max(f.RetryAfter, 1)
	case r < f.Rate429+f.Rate500:
		p.kind = fault500
	case r < f.Rate429+f.Rate500+f.RateHTML502:
		p.kind = faultHTML502
	case r < f.Rate429+f.Rate500+f.RateHTML502+f.RateParseError:
		if html {
			p.kind = faultParse
		}
	case r < f.Rate429+f.Rate500+f.RateHTML502+f.RateParseError+f.RateTimeout:
		p.kind = faultTimeout
		p.hang = f.TimeoutDelay
		if p.hang <= 0 {
			p.hang = 10 * time.Second
		}
	}
	return p
}
