package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/weekly"
)

// fixedRenderer renders every row as one text part and a file.
type fixedRenderer struct{}

func (fixedRenderer) Render(context.Context, outbox.Row, time.Time) ([]outbox.Part, error) {
	return []outbox.Part{{Text: "Báo cáo"}, {Text: "tệp", File: &outbox.File{Name: "bc.xlsx"}}}, nil
}

func TestDashboardButtonUnderReports(t *testing.T) {
	rd := bot.WithDashboardReports(fixedRenderer{}, "https://dondoc.example")
	cases := []struct {
		name   string
		row    outbox.Row
		button bool
	}{
		{"report to a leader's private chat", outbox.Row{Kind: weekly.NoticeReport, ChatID: 501}, true},
		{"report to a group", outbox.Row{Kind: weekly.NoticeReport, ChatID: -1001}, false},
		{"another kind", outbox.Row{Kind: weekly.NoticePrompt, ChatID: 501}, false},
	}
	for _, c := range cases {
		parts, err := rd.Render(context.Background(), c.row, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		got := len(parts[0].Buttons) == 1 && parts[0].Buttons[0][0].WebApp == "https://dondoc.example/"
		if got != c.button || len(parts[1].Buttons) != 0 {
			t.Errorf("%s: buttons %+v / %+v", c.name, parts[0].Buttons, parts[1].Buttons)
		}
	}
	if bot.WithDashboardReports(fixedRenderer{}, "") != (fixedRenderer{}) {
		t.Error("without an address the renderer is not wrapped")
	}
}
