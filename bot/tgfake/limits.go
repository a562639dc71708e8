package tgfake

import (
	"math"
	"time"
)

// limitMethods are the methods that count against the flood limits.
var limitMethods = map[string]bool{
	"sendMessage":  true,
	"sendDocument": true,
	"sendPhoto":    true,
}

// limitState holds the flood limits and the sends they count.
type limitState struct {
	perChat           time.Duration
	perGroupPerMinute int
	global            int

	lastSend   map[int64]time.Time
	groupSends map[int64][]time.Time
	allSends   []time.Time
}

// EnforceLimits applies Telegram's flood limits to sendMessage,
// sendDocument and sendPhoto, answering 429 with retry_after when a send
// exceeds them:
//   - perChat: the least time between two sends to one chat (Telegram:
//     about 1 s);
//   - perGroupPerMinute: the most sends to one group (negative chat id) in
//     any 60 s (Telegram: 20);
//   - global: the most sends in any second, all chats together (Telegram:
//     about 30).
//
// A zero value turns that limit off; limits are off by default. Only sends
// let through count. Calling EnforceLimits forgets the sends counted so far.
func (s *Server) EnforceLimits(perChat time.Duration, perGroupPerMinute int, global int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = limitState{
		perChat:           perChat,
		perGroupPerMinute: perGroupPerMinute,
		global:            global,
		lastSend:          map[int64]time.Time{},
		groupSends:        map[int64][]time.Time{},
	}
}

// checkLimits counts a send against the limits, or returns the 429 that
// refuses it.
func (s *Server) checkLimits(c *call) *apiError {
	if !limitMethods[c.method] {
		return nil
	}
	chatID := c.chatIDOrZero()
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	l := &s.limits
	if l.perChat <= 0 && l.perGroupPerMinute <= 0 && l.global <= 0 {
		return nil
	}
	if l.perChat > 0 {
		if last, ok := l.lastSend[chatID]; ok {
			if wait := l.perChat - now.Sub(last); wait > 0 {
				return errTooManyRequests(ceilSeconds(wait))
			}
		}
	}
	if l.perGroupPerMinute > 0 && chatID < 0 {
		sends := dropBefore(l.groupSends[chatID], now.Add(-time.Minute))
		l.groupSends[chatID] = sends
		if len(sends) >= l.perGroupPerMinute {
			return errTooManyRequests(ceilSeconds(sends[0].Add(time.Minute).Sub(now)))
		}
	}
	if l.global > 0 {
		l.allSends = dropBefore(l.allSends, now.Add(-time.Second))
		if len(l.allSends) >= l.global {
			return errTooManyRequests(ceilSeconds(l.allSends[0].Add(time.Second).Sub(now)))
		}
	}
	l.lastSend[chatID] = now
	if chatID < 0 {
		l.groupSends[chatID] = append(l.groupSends[chatID], now)
	}
	l.allSends = append(l.allSends, now)
	return nil
}

// dropBefore removes the times before t from a sorted list.
func dropBefore(times []time.Time, t time.Time) []time.Time {
	i := 0
	for i < len(times) && !times[i].After(t) {
		i++
	}
	return times[i:]
}

// ceilSeconds rounds d up to whole seconds, at least 1.
func ceilSeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
