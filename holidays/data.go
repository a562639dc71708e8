package holidays

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

//go:embed vietnam.txt
var vietnamData string

var vietnam = sync.OnceValues(func() (*Calendar, error) {
	return Parse(strings.NewReader(vietnamData))
})

// Vietnam returns the national calendar of offices resting on Saturday and
// Sunday, from the embedded data (see vietnam.txt for its sources and for
// the years that are computed rather than announced).
func Vietnam() *Calendar {
	c, err := vietnam()
	if err != nil {
		panic(err) // the embedded data is checked by the package's tests
	}
	return c
}

// Parse reads a calendar in the format of vietnam.txt: lines
// "yyyy-mm-dd kind name" with kind off, work or legal; "#" starts a comment.
// A legal holiday on Saturday or Sunday gives the next day that is neither
// a rest day nor a holiday off instead (nghỉ bù).
func Parse(r io.Reader) (*Calendar, error) {
	c := &Calendar{days: map[Date]Day{}}
	c.weekend[time.Saturday], c.weekend[time.Sunday] = true, true
	type legal struct {
		date Date
		name string
	}
	var legals []legal
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.SplitN(line, " ", 3)
		if len(fields) != 3 || strings.TrimSpace(fields[2]) == "" {
			return nil, fmt.Errorf("holidays: line %d: want \"yyyy-mm-dd kind name\", got %q", n, line)
		}
		t, err := time.Parse(time.DateOnly, fields[0])
		if err != nil {
			return nil, fmt.Errorf("holidays: line %d: %w", n, err)
		}
		d, name := DateOf(t), strings.TrimSpace(fields[2])
		if _, dup := c.days[d]; dup || slices.ContainsFunc(legals, func(l legal) bool { return l.date == d }) {
			return nil, fmt.Errorf("holidays: line %d: %s listed twice", n, fields[0])
		}
		switch fields[1] {
		case "off":
			c.days[d] = Day{Date: d, Name: name}
		case "work":
			if !c.weekend[d.Weekday()] {
				return nil, fmt.Errorf("holidays: line %d: make-up day %s is not a Saturday or Sunday", n, fields[0])
			}
			c.days[d] = Day{Date: d, Workday: true, Name: name}
		case "legal":
			legals = append(legals, legal{d, name})
		default:
			return nil, fmt.Errorf("holidays: line %d: unknown kind %q (off, work or legal)", n, fields[1])
		}
		if c.first == 0 || d.Year < c.first {
			c.first = d.Year
		}
		c.last = max(c.last, d.Year)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("holidays: unable to read the calendar: %w", err)
	}
	for _, l := range legals {
		c.days[l.date] = Day{Date: l.date, Name: l.name}
	}
	slices.SortFunc(legals, func(a, b legal) int { return a.date.Compare(b.date) })
	for _, l := range legals {
		if !c.weekend[l.date.Weekday()] {
			continue
		}
		d := l.date.AddDays(1)
		for c.weekend[d.Weekday()] || c.isHoliday(d) {
			d = d.AddDays(1)
		}
		c.days[d] = Day{Date: d, Name: fmt.Sprintf(nameInLieu, l.name)}
	}
	return c, nil
}
