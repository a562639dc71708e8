package bot

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/web"
)

// WithDashboard turns on /bang, which opens the leaders' dashboard served
// at publicURL (DONDOC_PUBLIC_URL, an https address).
func WithDashboard(publicURL string) Option {
	return func(b *Bot) { b.dashboardURL = strings.TrimRight(publicURL, "/") }
}

func (b *Bot) dashboardCommands() []command {
	if b.dashboardURL == "" {
		return nil
	}
	return []command{
		{names: []string{"bang", "dashboard"}, help: helpDashboard, allow: members, run: b.cmdDashboard, menu: true},
	}
}

// DashboardButton is the button that opens the dashboard as a Mini App,
// for messages to private chats.
func DashboardButton(publicURL string) outbox.Button {
	return outbox.Button{Text: dashOpenButton, WebApp: strings.TrimRight(publicURL, "/") + "/"}
}

// cmdDashboard answers /bang: in a private chat, the button that opens the
// dashboard in Telegram and a one-time link that opens it in a browser.
func (b *Bot) cmdDashboard(ctx context.Context, r *request) error {
	if !r.private {
		return b.reply(ctx, r.chatID, dashOnlyPrivate, nil)
	}
	code, err := web.CreateLogin(ctx, b.store.DB(), *r.member, r.now)
	if err != nil {
		return err
	}
	until := r.now.Add(web.LoginTTL).In(r.loc)
	link := b.dashboardURL + "/login?c=" + url.QueryEscape(code)
	text := fmt.Sprintf(dashReply, esc(r.org.Name), fmt.Sprintf("%02d:%02d", until.Hour(), until.Minute()), deadline.FormatDate(until))
	return b.reply(ctx, r.chatID, text, [][]outbox.Button{
		{DashboardButton(b.dashboardURL)},
		{{Text: dashBrowserButton, URL: link}},
	})
}
