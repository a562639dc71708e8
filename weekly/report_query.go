package weekly

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// ReportQuery is what /baocao was asked for: the report and, when named,
// its week.
type ReportQuery struct {
	Kind Kind
	// Week is the week named, nil when none was: the caller picks the
	// current one of Kind.
	Week *Week
}

// ParseReportQuery reads /baocao's words as officials write them: the
// report ("ketqua", "kết quả", "dangky"…) and the week: "tuần này", "tuần
// trước", "tuần sau", "tuần 50" (of this year, or of the last one when week
// 50 of this year is still ahead), "tuần 50/2025", "tuần 50 năm 2025", or
// an ISO label "2021-W02". Without a report named it is Monday's. A mistake
// is a *tasks.InputError saying how to write it (plain text).
func ParseReportQuery(args string, now time.Time, loc *time.Location) (ReportQuery, error) {
	q := ReportQuery{Kind: Monday}
	orig := strings.Fields(strings.NewReplacer("/", " / ", ",", " ").Replace(args))
	words := make([]string, len(orig))
	for i, w := range orig {
		words[i] = vntext.Fold(w)
	}
	word := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return ""
	}
	setWeek := func(w Week) { q.Week = &w }
	this := WeekOf(now, loc)
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case reportRegWords[w] || reportRegWords[w+" "+word(i+1)]:
			q.Kind = Thursday
			if !reportRegWords[w] {
				i++
			}
		case reportResWords[w] || reportResWords[w+" "+word(i+1)]:
			q.Kind = Monday
			if !reportResWords[w] {
				i++
			}
		case isReportWeekWord(w) || w == "tuan" && isReportWeekWord(w+word(i+1)):
			if w == "tuan" {
				w += word(i + 1)
				i++
			}
			setWeek(WeekOf(now.In(loc).AddDate(0, 0, 7*reportWeekWords[w]), loc))
		case w == "tuan" && isPositiveNumber(word(i+1)):
			n, _ := strconv.Atoi(word(i + 1))
			i++
			year := this.Year
			switch {
			case (word(i+1) == "/" || word(i+1) == "nam") && len(word(i+2)) == 4 && isPositiveNumber(word(i+2)):
				year, _ = strconv.Atoi(word(i + 2))
				i += 2
			case n > this.Num+1:
				// Week n of this year is still ahead: the last one's.
				year--
			}
			wk, err := ParseWeek(fmt.Sprintf("%04d-W%02d", year, n))
			if err != nil {
				return q, err
			}
			setWeek(wk)
		case w == "tuan" && strings.ContainsAny(word(i+1), "0123456789"):
			return q, &tasks.InputError{Msg: fmtMsg(msgReportBadWeek, orig[i]+" "+orig[i+1])}
		default:
			wk, err := ParseWeek(w)
			if err != nil {
				if strings.ContainsAny(w, "0123456789") {
					return q, &tasks.InputError{Msg: fmtMsg(msgReportBadWeek, orig[i])}
				}
				return q, &tasks.InputError{Msg: fmtMsg(msgReportUnknown, orig[i]) + "\n" + msgReportUsage}
			}
			setWeek(wk)
		}
	}
	return q, nil
}

func isReportWeekWord(w string) bool {
	_, ok := reportWeekWords[w]
	return ok
}

// isPositiveNumber reports whether s is a positive whole number.
func isPositiveNumber(s string) bool {
	n, err := strconv.ParseInt(s, 10, 64)
	return err == nil && n > 0
}
