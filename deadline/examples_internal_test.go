package deadline

import (
	"regexp"
	"testing"
	"time"
)

// TestExamplesStayValid checks that every deadline the replies give as an
// example reads as a deadline still to come, whatever the day it is copied:
// an example that names a year would one day answer "đã qua".
func TestExamplesStayValid(t *testing.T) {
	quoted := regexp.MustCompile(`“([^”]+)”`)
	var examples []string
	for _, msg := range []string{msgExample, reasonLeftover("x"), reasonEmpty()} {
		for _, m := range quoted.FindAllStringSubmatch(msg, -1) {
			if m[1] != "x" {
				examples = append(examples, m[1])
			}
		}
	}
	if len(examples) < 3 {
		t.Fatalf("found only %d quoted examples in the messages: %q", len(examples), examples)
	}
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, ict)
	for day := 0; day < 2*366; day += 3 {
		for _, hour := range []int{0, 9, 23} {
			ref := start.AddDate(0, 0, day).Add(time.Duration(hour) * time.Hour)
			for _, ex := range examples {
				d, err := Parse(ex, ref)
				if err != nil {
					t.Errorf("Parse(%q, %s): %v", ex, ref.Format(layout), err)
					continue
				}
				if !d.Time.After(ref) {
					t.Errorf("Parse(%q, %s) = %s, not after the day it was written", ex, ref.Format(layout), d.Time.Format(layout))
				}
			}
		}
	}
}

func TestYearDigitsExampleIsThisYear(t *testing.T) {
	ref := time.Date(2026, 12, 7, 9, 0, 0, 0, ict)
	_, err := Parse("15/1/202", ref)
	if err == nil {
		t.Fatal("Parse(15/1/202) accepted a three-digit year")
	}
	if want := "ví dụ 2026"; !regexp.MustCompile(want).MatchString(err.Error()) {
		t.Errorf("Parse(15/1/202) = %q, want the example %q", err.Error(), want)
	}
}
