package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// handleTiers registers the renderers of the two tiers' messages.
func (rd *Renderer) handleTiers() {
	rd.Handle(tasks.NoticeUnitMerged, rd.unitMerged)
}

// unitMerged tells a member that their unit was merged, with the names as
// they were at the merge.
func (rd *Renderer) unitMerged(_ context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.UnitMergedPayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render unit merged: %w", err)
	}
	from := make([]string, len(p.From))
	for i, n := range p.From {
		from[i] = "<b>" + esc(n) + "</b>"
	}
	text := fmt.Sprintf(msgUnitMerged, strings.Join(from, ", "), esc(p.Into))
	if p.Tasks > 0 {
		text += fmt.Sprintf(msgUnitMergedTasks, p.Tasks, esc(p.Into))
	}
	return []outbox.Part{{Text: text}}, nil
}
