package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/weekly"
)

// reportChatLost tells an admin or leader that a report chat can no longer
// be reached, where that week's report went, and how to set the group up
// again. A recipient who may no longer set report chats is passed over.
func (rd *Renderer) reportChatLost(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p weekly.ChatLostPayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render %s: %w", r.Kind, err)
	}
	m, err := rd.recipient(ctx, r)
	if err != nil {
		return nil, err
	}
	if !weekly.CanSetReportChat(m) {
		return nil, outbox.ErrObsolete
	}
	title := p.Title
	if title == "" {
		title = rcUntitled
	}
	lines := []string{fmt.Sprintf(rcLost, esc(title))}
	if w, err := weekly.ParseWeek(p.Week); err == nil && p.Run != "" {
		lines = append(lines, fmt.Sprintf(rcLostRerouted, p.Run.Name(), weekly.WeekTitle(w)))
	} else {
		lines = append(lines, rcLostNext)
	}
	bot := rcThisBot
	if rd.username != "" {
		bot = "@" + rd.username
	}
	lines = append(lines, fmt.Sprintf(rcLostFix, esc(bot)))
	return []outbox.Part{{Text: strings.Join(lines, "\n")}}, nil
}
