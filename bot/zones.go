package bot

import (
	"sync"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// zones keeps the time zones organisations use, loaded once: every
// request needs its organisation's, and time.LoadLocation reads and
// parses the zone's file again at each call.
type zones struct {
	mu  sync.Mutex
	loc map[string]*time.Location
}

// of returns the time zone of org.
func (z *zones) of(org tasks.Org) (*time.Location, error) {
	z.mu.Lock()
	loc, ok := z.loc[org.Timezone]
	z.mu.Unlock()
	if ok {
		return loc, nil
	}
	loc, err := org.Location()
	if err != nil {
		return nil, err
	}
	z.mu.Lock()
	defer z.mu.Unlock()
	if z.loc == nil {
		z.loc = map[string]*time.Location{}
	}
	z.loc[org.Timezone] = loc
	return loc, nil
}
