package weekly

import (
	"regexp"
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
// an ISO label "2021-W02" (accepted, never suggested). A week number is
// checked against the weeks of the year meant. Without a report named it is Monday's. A mistake
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
			year, yearGiven := this.Year, false
			if (word(i+1) == "/" || word(i+1) == "nam") && len(word(i+2)) == 4 && isPositiveNumber(word(i+2)) {
				year, _ = strconv.Atoi(word(i + 2))
				yearGiven = true
				i += 2
			}
			wk, err := reportWeek(n, year, yearGiven, this, loc)
			if err != nil {
				return q, err
			}
			setWeek(wk)
		case w == "tuan" && strings.ContainsAny(word(i+1), "0123456789"):
			return q, &tasks.InputError{Msg: fmtMsg(msgReportBadWeek, orig[i]+" "+orig[i+1]) + reportExample(this, loc)}
		default:
			wk, err := ParseWeek(w)
			if err == nil {
				setWeek(wk)
				continue
			}
			if m := isoWeekLabel.FindStringSubmatch(w); m != nil {
				y, _ := strconv.Atoi(m[1])
				n, _ := strconv.Atoi(m[2])
				if wk, err = reportWeek(n, y, true, this, loc); err != nil {
					return q, err
				}
				setWeek(wk)
				continue
			}
			if strings.ContainsAny(w, "0123456789") {
				return q, &tasks.InputError{Msg: fmtMsg(msgReportBadWeek, orig[i]) + reportExample(this, loc)}
			}
			return q, &tasks.InputError{Msg: fmtMsg(msgReportUnknown, orig[i]) + "\n" + reportUsage(this, loc)}
		}
	}
	return q, nil
}

// isoWeekLabel is an ISO week label's shape, "2026-w50" or "2026w50"
// (folded), whatever its numbers.
var isoWeekLabel = regexp.MustCompile(`(?i)^(\d{4})-?w(\d{1,2})$`)

// reportWeek is week n of year, checked against the weeks that year has.
// Without a year written, week n is this year's, or last year's while week
// n of this year is still ahead (more than a week away).
func reportWeek(n, year int, yearGiven bool, this Week, loc *time.Location) (Week, error) {
	if !yearGiven && n <= max(weeksIn(this.Year), weeksIn(this.Year-1)) && n > this.Num+1 {
		year--
		if n > weeksIn(year) {
			return Week{}, &tasks.InputError{Msg: fmtMsg(msgReportWeekAhead, n, this.Year, year, weeksIn(year)) + reportExample(this, loc)}
		}
	}
	if n < 1 || n > weeksIn(year) {
		return Week{}, &tasks.InputError{Msg: fmtMsg(msgReportNoWeek, year, weeksIn(year)) + reportExample(this, loc)}
	}
	return Week{Year: year, Num: n}, nil
}

// reportExample is how to write a week, naming last week (always a week
// with a report) so that a copied example works whenever it is read.
func reportExample(this Week, loc *time.Location) string {
	last := WeekOf(this.Start(loc).AddDate(0, 0, -7), loc)
	return fmtMsg(msgReportExample, last.Num, last.Num, last.Year)
}

// reportUsage is how to use /baocao, its examples naming last week.
func reportUsage(this Week, loc *time.Location) string {
	last := WeekOf(this.Start(loc).AddDate(0, 0, -7), loc)
	return fmtMsg(msgReportUsage, last.Num, last.Num, last.Year)
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
