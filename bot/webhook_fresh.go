package bot

import (
	"slices"
	"sync"
)

// maxFresh is how many updates recorded by this process may wait for
// HandleRecorded; more are left to its next read of the ledger.
const maxFresh = 1024

// freshUpdates hands the updates the webhook handler recorded to
// HandleRecorded, so that an update is handled without being read back
// from the ledger.
type freshUpdates struct {
	mu sync.Mutex
	us []Update
	// fingerprints are the membership fingerprints their record read,
	// for the commands that only read (see submitChecked).
	fingerprints map[int64]string
}

// add keeps updates just recorded for HandleRecorded; past maxFresh they
// are dropped (HandleRecorded then reads the ledger, where they are).
func (f *freshUpdates) add(us []Update, fingerprints map[int64]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.us)+len(us) > maxFresh {
		f.us, f.fingerprints = f.us[:0], nil
		return
	}
	f.us = append(f.us, us...)
	for id, fp := range fingerprints {
		if f.fingerprints == nil {
			f.fingerprints = map[int64]string{}
		}
		f.fingerprints[id] = fp
	}
}

// take returns the updates kept so far and forgets them; none (nil) means
// HandleRecorded is to read the ledger.
func (f *freshUpdates) take() ([]Update, map[int64]string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	us, fps := f.us, f.fingerprints
	f.us, f.fingerprints = nil, nil
	return us, fps
}

// takeFresh returns, in order, the updates of fresh that keep lets be
// handled now. Only updates after hi (the highest id taken so far) are
// considered: an update at or below it may already have been taken from
// the ledger and handled, and is left to the next read of the ledger,
// which knows.
func takeFresh(fresh []Update, hi int64, keep func(ids []int64) []int64) []Update {
	byID := make(map[int64]Update, len(fresh))
	ids := make([]int64, 0, len(fresh))
	for _, u := range fresh {
		if _, dup := byID[u.UpdateID]; u.UpdateID > hi && !dup {
			byID[u.UpdateID] = u
			ids = append(ids, u.UpdateID)
		}
	}
	slices.Sort(ids)
	kept := keep(ids)
	out := make([]Update, len(kept))
	for i, id := range kept {
		out[i] = byID[id]
	}
	return out
}
