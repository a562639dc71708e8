package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// withOrgName starts a message with the name of its organisation when it
// goes to a person who belongs to several: "#1" and a reminder then say
// which organisation they are about. Group chats belong to one
// organisation and are left as they are.
func (rd *Renderer) withOrgName(ctx context.Context, r outbox.Row, parts []outbox.Part, err error, now time.Time) ([]outbox.Part, error) {
	if err != nil || r.ChatID <= 0 || len(parts) == 0 {
		return parts, err
	}
	n, err := rd.orgs.get(r.ChatID, now, func() (int, error) { return rd.store.OrgCount(ctx, r.ChatID) })
	if err != nil || n < 2 {
		return parts, err
	}
	org, err := rd.store.Org(ctx, r.OrgID)
	if err != nil {
		return nil, err
	}
	// The first text says it; a file's caption only when there is no
	// text, as captions have little room.
	at := 0
	for i, p := range parts {
		if p.File == nil && p.Text != "" {
			at = i
			break
		}
	}
	parts[at].Text = fmt.Sprintf(noticeOrgLine, esc(org.Name)) + "\n" + parts[at].Text
	return parts, nil
}

// orgCountTTL is how long a person's count of organisations is trusted: a
// notice in the seconds after someone joins a second organisation may
// still leave out the organisation's name.
const orgCountTTL = 10 * time.Second

// orgCounts caches, per private chat, how many organisations the person
// belongs to.
type orgCounts struct {
	mu sync.Mutex
	m  map[int64]orgCount
}

type orgCount struct {
	n  int
	at time.Time
}

// get returns chat's count, asking load when it is not known or older than
// orgCountTTL at now.
func (c *orgCounts) get(chat int64, now time.Time, load func() (int, error)) (int, error) {
	c.mu.Lock()
	v, ok := c.m[chat]
	c.mu.Unlock()
	if ok && now.Sub(v.at) >= 0 && now.Sub(v.at) < orgCountTTL {
		return v.n, nil
	}
	n, err := load()
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) > 100_000 {
		c.m = map[int64]orgCount{}
	}
	c.m[chat] = orgCount{n: n, at: now}
	c.mu.Unlock()
	return n, nil
}
