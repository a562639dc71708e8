package bot

import (
	"context"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/weekly"
)

// dashboardReports is a renderer that puts [Mở bảng theo dõi] under the
// weekly reports sent to a private chat.
type dashboardReports struct {
	outbox.Renderer
	url string
}

// WithDashboardReports wraps rd so that every weekly report sent to a
// private chat carries a button opening the dashboard at publicURL. Groups
// get none: Telegram allows Mini App buttons in private chats only. An
// empty publicURL returns rd.
func WithDashboardReports(rd outbox.Renderer, publicURL string) outbox.Renderer {
	if publicURL == "" {
		return rd
	}
	return dashboardReports{Renderer: rd, url: publicURL}
}

// Render implements outbox.Renderer.
func (d dashboardReports) Render(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	parts, err := d.Renderer.Render(ctx, r, now)
	if err != nil || r.Kind != weekly.NoticeReport || r.ChatID <= 0 || len(parts) == 0 || parts[0].File != nil || len(parts[0].Buttons) > 0 {
		return parts, err
	}
	parts[0].Buttons = [][]outbox.Button{{DashboardButton(d.url)}}
	return parts, nil
}
