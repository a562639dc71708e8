package weekly

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// maxTextLines caps the lists of the report's message; the workbook has
// them whole.
const maxTextLines = 40

func esc(s string) string { return html.EscapeString(s) }

// WeekTitle names a week in a title: "tuần 02/2021".
func WeekTitle(w Week) string { return fmt.Sprintf(msgWeekFormat, w.Num, w.Year) }

// WeekLabel names a week with its dates: "tuần 02/2021 (11/01/2021 – 17/01/2021)".
func WeekLabel(w Week, loc *time.Location) string {
	return fmt.Sprintf(msgWeekLabel, w.Num, w.Year, deadline.FormatDate(w.Start(loc)), deadline.FormatDate(w.Last(loc)))
}

func weekRange(w Week, loc *time.Location) string {
	return "<i>(" + fmt.Sprintf(msgWeekRange, deadline.FormatDate(w.Start(loc)), deadline.FormatDate(w.Last(loc))) + ")</i>"
}

// formatRate writes a completion rate the Vietnamese way: "28,6%".
func formatRate(c Counts) string {
	pct, ok := c.Rate()
	if !ok {
		return msgNoRate
	}
	return fmt.Sprintf(msgPercent, decimal(pct))
}

func decimal(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return strings.Replace(s, ".", ",", 1)
}

// thousands writes 1680 as "1.680".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// formatDeadline shows a deadline with its time, or only its day when it
// ends the day.
func formatDeadline(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	if t.Hour() == 23 && t.Minute() == 59 {
		return deadline.FormatDate(t) + " (" + deadline.WeekdayName(t.Weekday()) + ")"
	}
	return deadline.Format(t)
}

// EntryLine is one entry in a list: "1) text (thứ Bảy 23/01/2021 · tại thôn 3 · 50 người)".
func EntryLine(e Entry) string {
	line := fmt.Sprintf("%d) %s", e.Seq, esc(e.Text))
	var ds []string
	if e.Day != nil {
		ds = append(ds, deadline.WeekdayName(e.Day.Weekday())+" "+deadline.FormatDate(*e.Day))
	}
	if e.Place != "" {
		ds = append(ds, fmt.Sprintf(msgEntryPlace, esc(e.Place)))
	}
	if e.People != nil {
		ds = append(ds, fmt.Sprintf(msgEntryPeople, thousands(*e.People)))
	}
	if len(ds) > 0 {
		line += " <i>(" + strings.Join(ds, " · ") + ")</i>"
	}
	if e.RegSeq != nil {
		line += fmt.Sprintf(msgEntryByRegistration, *e.RegSeq)
	}
	var ev []string
	if e.Photos > 0 {
		ev = append(ev, fmt.Sprintf(msgPhotos, e.Photos))
	}
	if e.Files > 0 {
		ev = append(ev, fmt.Sprintf(msgFiles, e.Files))
	}
	if len(ev) > 0 {
		line += fmt.Sprintf(msgEntryEvidence, strings.Join(ev, ", "))
	}
	if e.Edited {
		line += msgEntryEdited
	}
	return line
}

func (r Report) header(loc *time.Location) []string {
	title := thuTitle
	if r.Kind == Monday {
		title = monTitle
	}
	lines := []string{
		fmt.Sprintf(title, strings.ToUpper(WeekTitle(r.Week))),
		weekRange(r.Week, loc),
		fmt.Sprintf(msgAsOf, esc(r.OrgName), deadline.Format(r.AsOf.In(loc))),
	}
	return append(lines, r.notes(loc)...)
}

// notes say that the report was sent late, or is a preview.
func (r Report) notes(loc *time.Location) []string {
	var lines []string
	if r.Late {
		lines = append(lines, fmt.Sprintf(msgLateNote, deadline.Format(r.DueAt.In(loc))))
	}
	if r.Preview {
		lines = append(lines, fmt.Sprintf(msgPreviewNote, deadline.Format(r.AsOf.In(loc))))
	}
	return lines
}

// periodLines are the figures of the week and of the year, each under its
// dates.
func periodLines(s *Stats, week, year Counts, loc *time.Location) []string {
	last := deadline.FormatDate(s.At.Add(-time.Nanosecond).In(loc))
	return []string{
		fmt.Sprintf(monStatsWeek, deadline.FormatDate(s.WeekFrom.In(loc)), last), countsLine(week),
		fmt.Sprintf(monStatsYear, deadline.FormatDate(s.YearFrom.In(loc)), last), countsLine(year),
	}
}

// Text is the whole report as an HTML message; the sender splits it at line
// breaks when it is longer than Telegram allows.
func (r Report) Text() string {
	loc := r.Location()
	lines := r.header(loc)
	reporting, missing := r.Reporting(), r.Missing()
	heading, none, missingHeading := thuRegistered, thuNoneYet, thuMissing
	if r.Kind == Monday {
		heading, none, missingHeading = monReported, monNoneYet, monMissing
	}
	lines = append(lines, "", fmt.Sprintf(heading, r.Asked()-len(missing), r.Asked()))
	if len(reporting) == 0 {
		lines = append(lines, none)
	}
	for i, u := range reporting {
		lines = append(lines, fmt.Sprintf(msgUnitHeading, i+1, esc(u.Name)))
		for _, e := range u.Entries {
			lines = append(lines, EntryLine(e))
		}
	}
	lines = append(lines, "", fmt.Sprintf(missingHeading, len(missing)))
	if len(missing) == 0 {
		lines = append(lines, msgNoneAsked)
	}
	for _, u := range missing {
		lines = append(lines, "• "+esc(u.Name))
	}
	if r.Kind == Thursday {
		lines = append(lines, r.dueText(loc)...)
	} else if r.Stats != nil {
		lines = append(lines, r.statsText(loc)...)
	}
	lines = append(lines, "", msgXlsxNote)
	return strings.Join(lines, "\n")
}

// dueText lists the tasks due this week by unit; a task shared by several
// units is listed under each, and counted once in the heading.
func (r Report) dueText(loc *time.Location) []string {
	total := 0
	tasksDue := map[int64]bool{}
	for _, u := range r.Units {
		total += len(u.Due)
		for _, t := range u.Due {
			tasksDue[t.ID] = true
		}
	}
	lines := []string{"", fmt.Sprintf(thuDue, len(tasksDue))}
	if total == 0 {
		return append(lines, thuNoDue)
	}
	shown := 0
	for _, u := range r.Units {
		if len(u.Due) == 0 || shown >= maxTextLines {
			continue
		}
		lines = append(lines, "<b>"+esc(u.Name)+"</b>")
		for _, t := range u.Due {
			if shown >= maxTextLines {
				break
			}
			lines = append(lines, dueLine(t, loc))
			shown++
		}
	}
	if shown < total {
		lines = append(lines, fmt.Sprintf(msgMoreLines, total-shown))
	}
	return lines
}

func dueLine(t TaskLine, loc *time.Location) string {
	coord := ""
	if t.Role == tasks.RoleCoord {
		coord = msgDueCoord
	}
	return fmt.Sprintf(msgDueLine, t.ID, esc(vntext.Shorten(t.Text, 120)), formatDeadline(t.Deadline, loc), coord)
}

func countsLine(c Counts) string {
	longest := ""
	if c.Overdue > 0 {
		longest = fmt.Sprintf(monLongest, tasks.Lateness{Days: c.OverdueDays, Hours: c.OverdueHours}.Phrase())
	}
	return fmt.Sprintf(monStatsLine, c.Assigned, c.Done(), c.DoneOnTime, c.DoneLate, c.Open(), c.OpenOnTime, c.DueSoon, c.Overdue, longest, formatRate(c))
}

func unitStatsLine(u UnitStats) string {
	longest := ""
	if u.Week.Overdue > 0 {
		longest = fmt.Sprintf(monLongest, tasks.Lateness{Days: u.Week.OverdueDays, Hours: u.Week.OverdueHours}.Phrase())
	}
	return fmt.Sprintf(monUnitLine, esc(u.Name), u.Week.Assigned, u.Year.Assigned, u.Week.DoneOnTime, u.Year.DoneOnTime,
		u.Week.DoneLate, u.Year.DoneLate, u.Week.OpenOnTime, u.Week.DueSoon, u.Week.Overdue, longest, formatRate(u.Week), formatRate(u.Year))
}

func (r Report) statsText(loc *time.Location) []string {
	s := r.Stats
	lines := append([]string{"", monStats}, periodLines(s, s.Total.Week, s.Total.Year, loc)...)
	lines = append(lines, "", monByUnit)
	var active []UnitStats
	for _, u := range s.Units {
		if u.Year.Total() > 0 || u.Week.Assigned > 0 {
			active = append(active, u)
		}
	}
	if len(active) == 0 {
		lines = append(lines, monNoUnitTasks)
	}
	for i, u := range active {
		if i == maxTextLines {
			lines = append(lines, fmt.Sprintf(msgMoreLines, len(active)-i))
			break
		}
		lines = append(lines, unitStatsLine(u))
	}
	lines = append(lines, "", fmt.Sprintf(monBecame, thousands(s.BecameOverdueCount())))
	if s.BecameOverdueCount() == 0 {
		lines = append(lines, monBecameNone)
	}
	for i, t := range s.BecameOverdue {
		if i == maxTextLines {
			lines = append(lines, fmt.Sprintf(msgMoreLines, s.BecameOverdueCount()-i))
			break
		}
		lines = append(lines, taskLine(t, loc))
	}
	if s.BecameOverdueCapped() {
		lines = append(lines, "<i>"+fmt.Sprintf(monBecameCapped, thousands(s.BecameOverdueCount()), thousands(len(s.BecameOverdue)))+"</i>")
	}
	lines = append(lines, "", monLongestTitle)
	if len(s.LongestOverdue) == 0 {
		lines = append(lines, monLongestNone)
	}
	for _, t := range s.LongestOverdue {
		lines = append(lines, taskLine(t, loc))
	}
	lines = append(lines, communesText(s, loc)...)
	return append(lines, receivedText(s, loc)...)
}

// leadRunes is how long the lead units of a task line may get before the
// rest are counted.
const leadRunes = 60

func taskLine(t TaskLine, loc *time.Location) string {
	late := tasks.Lateness{Days: t.Days, Hours: t.Hours}.Phrase()
	state := fmt.Sprintf(monStillLate, late)
	if t.DoneAt != nil {
		state = fmt.Sprintf(monDoneLate, late)
	}
	units := t.Units
	if len(t.Leads) > 0 {
		units = vntext.JoinShort(t.Leads, leadRunes, monMoreUnits)
	}
	return fmt.Sprintf(monTaskLine, t.ID, esc(vntext.Shorten(t.Text, 120)), esc(units), formatDeadline(t.Deadline, loc), state)
}

// UnitText is one unit's part of the report, for the unit's members.
func (r Report) UnitText(unitID int64) (string, bool) {
	u, ok := r.Unit(unitID)
	if !ok {
		return "", false
	}
	loc := r.Location()
	title, none := thuUnitTitle, thuUnitNone
	if r.Kind == Monday {
		title, none = monUnitTitle, monUnitNone
	}
	lines := []string{fmt.Sprintf(title, WeekTitle(r.Week), esc(u.Name)), weekRange(r.Week, loc)}
	lines = append(lines, r.notes(loc)...)
	lines = append(lines, "")
	if len(u.Entries) == 0 {
		lines = append(lines, fmt.Sprintf(none, WeekTitle(r.Week)))
	}
	for _, e := range u.Entries {
		lines = append(lines, EntryLine(e))
	}
	if r.Kind == Thursday && len(u.Due) > 0 {
		lines = append(lines, "", fmt.Sprintf(thuUnitDue, len(u.Due)))
		for _, t := range u.Due {
			lines = append(lines, dueLine(t, loc))
		}
	}
	if r.Kind == Monday && r.Stats != nil && u.Stats != nil && (u.Stats.Year.Total() > 0 || u.Stats.Week.Assigned > 0) {
		lines = append(lines, "", monUnitStats)
		lines = append(lines, periodLines(r.Stats, u.Stats.Week, u.Stats.Year, loc)...)
	}
	return strings.Join(lines, "\n"), true
}

// PromptText asks a unit's members to register or report for week w; by,
// if set, is when the report is made.
func PromptText(k Kind, w Week, unitName string, by *time.Time, loc *time.Location) string {
	when := ""
	if by != nil {
		when = fmt.Sprintf(promptBy, deadline.Format(by.In(loc)))
	}
	f := map[Kind]string{
		AskRegistration: promptAskRegistration, RemindRegistration: promptRemindRegistration,
		AskResult: promptAskResult, RemindResult: promptRemindResult,
	}[k]
	return fmt.Sprintf(f, WeekLabel(w, loc), esc(unitName), when)
}
