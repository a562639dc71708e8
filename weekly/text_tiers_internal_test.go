package weekly

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestReceivedTextListsAtMostTen: a commune's report lists its unfinished
// received tasks up to maxReceivedLines and counts the rest.
func TestReceivedTextListsAtMostTen(t *testing.T) {
	loc := time.FixedZone("ICT", 7*3600)
	at := time.Date(2021, 1, 11, 0, 0, 0, 0, loc)
	c := &ReceivedCounts{Received: 14, New: 7, Assigned: 5, Done: 2, Overdue: 1}
	for i := range maxReceivedLines {
		d := at.AddDate(0, 0, i-1)
		c.Open = append(c.Open, ReceivedLine{ID: int64(i + 1), Text: fmt.Sprint("Việc <", i, ">"), From: "UBND tỉnh", Deadline: &d, Handed: i%2 == 1})
	}
	text := strings.Join(receivedText(&Stats{At: at, Received: c}, loc), "\n")
	for _, want := range []string{
		"– Số 1. Việc &lt;0&gt; (UBND tỉnh): chưa phân công · hạn 10/01/2021, quá hạn 1 ngày",
		"– Số 2. Việc &lt;1&gt; (UBND tỉnh): đã phân công, đang thực hiện · hạn 11/01/2021\n",
		"… và 2 nhiệm vụ cấp trên giao khác chưa xong",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q:\n%s", want, text)
		}
	}
}
