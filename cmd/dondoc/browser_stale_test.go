package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// TestDashboardLateViewDoesNotCoverNewer holds back the refresh of a task
// that an action asks for, opens another tab meanwhile, then lets the
// refresh through: the page must keep the view the person opened last.
// Without the dashboard's load tickets the late task view covered the
// meetings (seen as a flaky TestDashboardInBrowser on a loaded machine).
func TestDashboardLateViewDoesNotCoverNewer(t *testing.T) {
	d := startDashboard(t)
	ctx := newBrowser(t)
	browse(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(d.launch(d.leader, lightTheme)))
	waitText(t, ctx, "#who", "UBND huyện Đầm Hà")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`#units tr[data-unit="ktht"] td.name a`)))
	waitText(t, ctx, "#count", "2 nhiệm vụ")
	browse(t, ctx, chromedp.Click(chromedp.CSS(`#tasklist li a`)))
	waitText(t, ctx, "#task h2", "Nhiệm vụ #")

	// From now on, every request for a task view waits for us.
	paused := make(chan fetch.RequestID, 4)
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			select {
			case paused <- e.RequestID:
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	browse(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/p/task?*"}}})
		return err
	}))

	browse(t, ctx, chromedp.Click(chromedp.CSS("#remind")))
	waitText(t, ctx, "#toast", "Đã gửi lời nhắc")
	var held fetch.RequestID
	select {
	case held = <-paused:
	case <-time.After(15 * time.Second):
		t.Fatal("the action did not ask for the task view again")
	}
	browse(t, ctx, chromedp.Click(chromedp.CSS(`.tab[data-go="meetings"]`)))
	waitText(t, ctx, "main", "Giao ban công tác phòng chống thiên tai")

	browse(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: held})
		return err
	}))
	time.Sleep(time.Second) // the late answer arrives and is handled now
	got := waitText(t, ctx, "main", "Giao ban công tác phòng chống thiên tai")
	if strings.Contains(got, "Báo cáo tiến độ giải ngân") || strings.Contains(got, "Thao tác") {
		t.Fatalf("the late task view covered the meetings: %.300s", got)
	}
}
