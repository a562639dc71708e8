package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/vntext"
	"github.com/dondoc/dondoc/weekly"
)

// reportArgs are what /baocao was asked for: the report and, when named,
// its week.
type reportArgs struct {
	kind weekly.Kind
	week *weekly.Week
}

// parseReportArgs reads /baocao's words as officials write them: the
// report ("ketqua", "kết quả", "dangky"…) and the week: "tuần này",
// "tuần trước", "tuần sau", "tuần 50" (of this year, or of the last one
// when week 50 of this year is still ahead), "tuần 50/2025", "tuần 50 năm
// 2025", or an ISO label "2021-W02". The error is the reply to give.
func parseReportArgs(args string, now time.Time, loc *time.Location) (reportArgs, error) {
	a := reportArgs{kind: weekly.Monday}
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
	setWeek := func(w weekly.Week) { a.week = &w }
	this := weekly.WeekOf(now, loc)
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case wkKindReg[w] || wkKindReg[w+" "+word(i+1)]:
			a.kind = weekly.Thursday
			if !wkKindReg[w] {
				i++
			}
		case wkKindRes[w] || wkKindRes[w+" "+word(i+1)]:
			a.kind = weekly.Monday
			if !wkKindRes[w] {
				i++
			}
		case isWeekWord(w) || w == "tuan" && isWeekWord(w+word(i+1)):
			if w == "tuan" {
				w += word(i + 1)
				i++
			}
			setWeek(weekly.WeekOf(now.In(loc).AddDate(0, 0, 7*wkWeekWords[w]), loc))
		case w == "tuan" && isNumber(word(i+1)):
			n, _ := strconv.Atoi(word(i + 1))
			i++
			year := this.Year
			switch {
			case word(i+1) == "/" && len(word(i+2)) == 4 && isNumber(word(i+2)):
				year, _ = strconv.Atoi(word(i + 2))
				i += 2
			case word(i+1) == "nam" && len(word(i+2)) == 4 && isNumber(word(i+2)):
				year, _ = strconv.Atoi(word(i + 2))
				i += 2
			case n > this.Num+1:
				// Week n of this year is still ahead: the last one's.
				year--
			}
			wk, err := weekly.ParseWeek(fmt.Sprintf("%04d-W%02d", year, n))
			if err != nil {
				return a, err
			}
			setWeek(wk)
		default:
			wk, err := weekly.ParseWeek(w)
			if err != nil {
				if strings.ContainsAny(w, "0123456789") {
					return a, reportArgError(fmt.Sprintf(wkReportBadWeek, esc(orig[i])))
				}
				return a, reportArgError(fmt.Sprintf(wkReportUnknown, esc(orig[i])) + "\n" + wkReportUsage)
			}
			setWeek(wk)
		}
	}
	return a, nil
}

// reportArgError is the reply to /baocao's words that were not understood.
type reportArgError string

func (e reportArgError) Error() string { return string(e) }

func isWeekWord(w string) bool {
	_, ok := wkWeekWords[w]
	return ok
}

// isNumber reports whether s is a positive whole number.
func isNumber(s string) bool {
	n, err := strconv.ParseInt(s, 10, 64)
	return err == nil && n > 0
}
