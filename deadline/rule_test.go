package deadline

import (
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestRuleNext(t *testing.T) {
	at := func(y, m, d, h, mi, s int) time.Time { return time.Date(y, time.Month(m), d, h, mi, s, 0, ict) }
	thu17 := Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}
	tests := []struct {
		name string
		r    Rule
		t    time.Time
		want time.Time
	}{
		{"weekly before", thu17, at(2021, 1, 7, 16, 59, 0), at(2021, 1, 7, 17, 0, 0)},
		{"weekly exactly at", thu17, at(2021, 1, 7, 17, 0, 0), at(2021, 1, 14, 17, 0, 0)},
		{"weekly from Sunday", thu17, at(2021, 1, 10, 12, 0, 0), at(2021, 1, 14, 17, 0, 0)},
		{"weekly no weekday", Rule{Freq: Weekly}, at(2021, 1, 10, 23, 59, 59), at(2021, 1, 17, 23, 59, 59)},
		{"daily", Rule{Freq: Daily, Hour: 17, HasTime: true}, at(2021, 1, 7, 17, 0, 0), at(2021, 1, 8, 17, 0, 0)},
		{"daily end of day", Rule{Freq: Daily}, at(2021, 12, 31, 23, 59, 59), at(2022, 1, 1, 23, 59, 59)},
		{"monthly 31 in February", Rule{Freq: Monthly, Day: 31}, at(2021, 1, 31, 23, 59, 59), at(2021, 2, 28, 23, 59, 59)},
		{"monthly 31 in leap February", Rule{Freq: Monthly, Day: 31}, at(2024, 2, 1, 0, 0, 0), at(2024, 2, 29, 23, 59, 59)},
		{"monthly 31 in March", Rule{Freq: Monthly, Day: 31}, at(2021, 3, 1, 0, 0, 0), at(2021, 3, 31, 23, 59, 59)},
		{"monthly 5", Rule{Freq: Monthly, Day: 5, Hour: 9, HasTime: true}, at(2021, 12, 5, 9, 0, 0), at(2022, 1, 5, 9, 0, 0)},
		{"monthly last", Rule{Freq: Monthly}, at(2021, 4, 10, 0, 0, 0), at(2021, 4, 30, 23, 59, 59)},
		{"quarterly", Rule{Freq: Quarterly}, at(2021, 3, 31, 23, 59, 59), at(2021, 6, 30, 23, 59, 59)},
		{"quarterly Q4", Rule{Freq: Quarterly}, at(2021, 11, 15, 0, 0, 0), at(2021, 12, 31, 23, 59, 59)},
		{"quarterly over the year", Rule{Freq: Quarterly, Hour: 17, HasTime: true}, at(2021, 12, 31, 18, 0, 0), at(2022, 3, 31, 17, 0, 0)},
		{"quarterly day 15", Rule{Freq: Quarterly, Day: 15}, at(2021, 1, 20, 0, 0, 0), at(2021, 3, 15, 23, 59, 59)},
		{"yearly", Rule{Freq: Yearly}, at(2021, 12, 31, 23, 59, 59), at(2022, 12, 31, 23, 59, 59)},
		{"yearly 29/2", Rule{Freq: Yearly, Month: 2, Day: 29}, at(2021, 3, 1, 0, 0, 0), at(2022, 2, 28, 23, 59, 59)},
		{"yearly 29/2 leap", Rule{Freq: Yearly, Month: 2, Day: 29}, at(2023, 3, 1, 0, 0, 0), at(2024, 2, 29, 23, 59, 59)},
		{"yearly month end", Rule{Freq: Yearly, Month: 6}, at(2021, 7, 1, 0, 0, 0), at(2022, 6, 30, 23, 59, 59)},
		{"24:00", Rule{Freq: Daily, Hour: 24, HasTime: true}, at(2021, 1, 7, 9, 0, 0), at(2021, 1, 7, 23, 59, 59)},
	}
	for _, tt := range tests {
		got := tt.r.Next(tt.t)
		if !got.Equal(tt.want) {
			t.Errorf("%s: Next(%v) = %v, want %v", tt.name, tt.t, got, tt.want)
		}
		if !got.After(tt.t) {
			t.Errorf("%s: Next not after t", tt.name)
		}
	}
}

func TestRuleNextLocation(t *testing.T) {
	hcm, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	r := Rule{Freq: Weekly, Weekday: time.Monday, HasWeekday: true, Hour: 10, HasTime: true}
	ref := time.Date(2021, 1, 7, 12, 0, 0, 0, time.UTC)
	got := r.Next(ref.In(hcm))
	if got.Location() != hcm {
		t.Errorf("location %v, want %v", got.Location(), hcm)
	}
	if want := time.Date(2021, 1, 11, 10, 0, 0, 0, hcm); !got.Equal(want) {
		t.Errorf("Next = %v, want %v", got, want)
	}
	if got := (Rule{Freq: "hourly"}).Next(ref); !got.IsZero() {
		t.Errorf("unknown freq Next = %v, want zero", got)
	}
}

func TestRuleString(t *testing.T) {
	tests := []struct {
		r    Rule
		want string
	}{
		{Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}, "17:00 thứ Năm hằng tuần"},
		{Rule{Freq: Weekly, Weekday: time.Sunday, HasWeekday: true}, "Chủ nhật hằng tuần"},
		{Rule{Freq: Weekly}, "cuối mỗi tuần"},
		{Rule{Freq: Daily}, "hằng ngày"},
		{Rule{Freq: Daily, Hour: 8, Minute: 30, HasTime: true}, "08:30 hằng ngày"},
		{Rule{Freq: Monthly, Day: 5}, "ngày 5 hằng tháng"},
		{Rule{Freq: Monthly}, "cuối mỗi tháng"},
		{Rule{Freq: Quarterly}, "cuối mỗi quý"},
		{Rule{Freq: Quarterly, Day: 15}, "ngày 15 của tháng cuối mỗi quý"},
		{Rule{Freq: Semiannual}, "mỗi 6 tháng"},
		{Rule{Freq: Semiannual, Hour: 17, HasTime: true}, "17:00 mỗi 6 tháng"},
		{Rule{Freq: Semiannual, Day: 15}, "mỗi 6 tháng"},
		{Rule{Freq: Yearly}, "cuối mỗi năm"},
		{Rule{Freq: Yearly, Day: 15, Month: 12}, "ngày 15/12 hằng năm"},
		{Rule{Freq: Yearly, Day: 5, Month: 3}, "ngày 05/03 hằng năm"},
		{Rule{Freq: Yearly, Month: 6}, "cuối tháng 6 hằng năm"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.r, got, tt.want)
		}
	}
}

// TestRuleStringParses checks that a rule's description reads back as the same rule.
func TestRuleStringParses(t *testing.T) {
	rules := []Rule{
		{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true},
		{Freq: Weekly, Weekday: time.Sunday, HasWeekday: true},
		{Freq: Weekly},
		{Freq: Weekly, Hour: 17, HasTime: true},
		{Freq: Daily},
		{Freq: Daily, Hour: 8, Minute: 30, HasTime: true},
		{Freq: Monthly, Day: 5},
		{Freq: Monthly, Day: 31, Hour: 9, HasTime: true},
		{Freq: Monthly},
		{Freq: Quarterly},
		{Freq: Quarterly, Day: 15},
		{Freq: Quarterly, Day: 10, Hour: 17, HasTime: true},
		{Freq: Semiannual},
		{Freq: Semiannual, Hour: 17, HasTime: true},
		{Freq: Yearly},
		{Freq: Yearly, Day: 15, Month: 12},
		{Freq: Yearly, Day: 5, Month: 3},
		{Freq: Yearly, Month: 6},
	}
	covered := map[Recurrence]bool{}
	for _, r := range rules {
		covered[r.Freq] = true
	}
	for _, f := range declaredRecurrences(t) {
		if !covered[f] {
			t.Errorf("no rule of Freq %q in the round trip: add one", f)
		}
	}
	for _, r := range rules {
		d, err := Parse(r.String(), refThu)
		if err != nil {
			t.Errorf("Parse(%q): %v", r.String(), err)
			continue
		}
		if d.Rule == nil || *d.Rule != r {
			t.Errorf("Parse(%q).Rule = %+v, want %+v", r.String(), d.Rule, r)
		}
	}
}

// TestRuleStringAfterLabel checks that every description reads as a phrase after the task card's
// label "Định kỳ: ": lower case, no repeated "định kỳ", no English.
func TestRuleStringAfterLabel(t *testing.T) {
	for _, r := range []Rule{
		{Freq: Daily}, {Freq: Weekly}, {Freq: Weekly, Weekday: time.Monday, HasWeekday: true},
		{Freq: Monthly}, {Freq: Monthly, Day: 5}, {Freq: Quarterly}, {Freq: Quarterly, Day: 15},
		{Freq: Semiannual}, {Freq: Semiannual, Day: 15}, {Freq: Yearly}, {Freq: Yearly, Month: 6},
		{Freq: Yearly, Day: 15, Month: 12},
	} {
		s := r.String()
		if strings.Contains(strings.ToLower(s), "định kỳ") || strings.Contains(s, string(r.Freq)) || s != strings.TrimSpace(s) || s == "" {
			t.Errorf("%+v.String() = %q reads badly after \"Định kỳ: \"", r, s)
		}
	}
}

// TestSemiannualIgnoresDay: the parser never gives a six-month cycle a day (its occurrences are
// the last days of June and December), so a Day set by hand is ignored, by Next as by String.
func TestSemiannualIgnoresDay(t *testing.T) {
	ref := time.Date(2025, 10, 1, 8, 0, 0, 0, ict)
	if got, want := (Rule{Freq: Semiannual, Day: 15}).Next(ref), (Rule{Freq: Semiannual}).Next(ref); !got.Equal(want) {
		t.Errorf("Semiannual with Day 15: Next = %v, want %v", got, want)
	}
}

// declaredRecurrences reads rule.go for the constants of type Recurrence, so a Freq added later
// must join the round trip.
func declaredRecurrences(t *testing.T) []Recurrence {
	t.Helper()
	f, err := goparser.ParseFile(gotoken.NewFileSet(), "rule.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []Recurrence
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != gotoken.CONST {
			continue
		}
		for _, spec := range g.Specs {
			v := spec.(*ast.ValueSpec)
			if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "Recurrence" {
				continue
			}
			for _, val := range v.Values {
				if lit, ok := val.(*ast.BasicLit); ok {
					s, _ := strconv.Unquote(lit.Value)
					out = append(out, Recurrence(s))
				}
			}
		}
	}
	if len(out) < 6 {
		t.Fatalf("found only %v in rule.go", out)
	}
	return out
}
