package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// TestTaskPageSaysTheDeadlineMoved: once an extension is granted, the
// task's page says from which deadline, as the bot's task card does, in
// the page and in its JSON; before, it says nothing of it. The note comes
// right after the deadline, after the quote of the deadline's words when
// they say more than the date ("trong 10 ngày làm việc"), so that the
// quote does not read as the old deadline's; words that say only the date
// shown (the extension's "30/01/2021") are not quoted, or the page would
// read "30/01/2021 (“30/01/2021”)".
func TestTaskPageSaysTheDeadlineMoved(t *testing.T) {
	const note = ", đã gia hạn từ 19/01/2021 09:00"
	for _, c := range []struct {
		name, ask, quote string
	}{
		{"the extension's words are the date shown", "30/01/2021 vì chờ số liệu của các xã", ""},
		{"the extension's words say more than the date", "trong 10 ngày làm việc vì chờ số liệu của các xã", "trong 10 ngày làm việc"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			now := f.clock.Now()
			a := f.task("Báo cáo tình hình giải ngân", now.Add(5*24*time.Hour), "ktht") // 19/01/2021 09:00
			page := func() string {
				t.Helper()
				resp := f.request("GET", fmt.Sprintf("/p/task?id=%d", a.ID), "leader", nil, nil)
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("task page: %d %s", resp.StatusCode, b)
				}
				return string(b)
			}
			if p := page(); strings.Contains(p, "gia hạn từ") {
				t.Errorf("a deadline that never moved is said to have moved:\n%s", p)
			}

			ask, err := tasks.ParseExtensionAsk(c.ask, a.Deadline, now)
			if err != nil {
				t.Fatal(err)
			}
			ext, err := f.store.RequestExtension(ctx, f.people["member_ktht"], a.ID, ask, now)
			if err != nil {
				t.Fatal(err)
			}
			if status, body := f.post(fmt.Sprintf("/api/tasks/%d/extensions/%d/approve", a.ID, ext.ID), "leader", nil); status != http.StatusOK {
				t.Fatalf("approve: %d %s", status, body)
			}
			var d web.TaskDetail
			f.getJSON(fmt.Sprintf("/api/tasks/%d", a.ID), "leader", &d)
			if d.DeadlineMoved != note {
				t.Errorf("deadline_moved = %q, want %q", d.DeadlineMoved, note)
			}
			if d.DeadlineText != c.quote {
				t.Errorf("deadline_text = %q, want %q", d.DeadlineText, c.quote)
			}
			want := "<dd>" + d.Deadline + note + "</dd>"
			if c.quote != "" {
				want = "<dd>" + d.Deadline + ` <span class="muted">(“` + c.quote + `”)</span>` + note + "</dd>"
			}
			if p := page(); !strings.Contains(p, want) {
				t.Errorf("the page does not say the deadline, the quote of its words if they say more, then the note:\nwant %s\n%s", want, p)
			}
		})
	}
}
