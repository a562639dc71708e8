package bot

import (
	"context"
	"fmt"

	"github.com/dondoc/dondoc/outbox"
)

// withOrgName starts a message with the name of its organisation when it
// goes to a person who belongs to several: "#1" and a reminder then say
// which organisation they are about. Group chats belong to one
// organisation and are left as they are.
func (rd *Renderer) withOrgName(ctx context.Context, r outbox.Row, parts []outbox.Part, err error) ([]outbox.Part, error) {
	if err != nil || r.ChatID <= 0 || len(parts) == 0 {
		return parts, err
	}
	n, err := rd.store.OrgCount(ctx, r.ChatID)
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
