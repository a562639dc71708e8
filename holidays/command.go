package holidays

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/vntext"
)

// Action is what /ngaynghi asks for.
type Action int

const (
	// List shows a year's days off and make-up days.
	List Action = iota
	// AddDayOff adds one of the organisation's own days off.
	AddDayOff
	// AddWorkday adds one of the organisation's make-up working days.
	AddWorkday
	// Remove removes one of the organisation's own days.
	Remove
)

// Changes reports whether the action changes the organisation's days.
func (a Action) Changes() bool { return a != List }

// Command is what an official wrote after /ngaynghi.
type Command struct {
	Action Action
	// Year is the year to list; 0 when none was named (this year).
	Year int
	// Date is the day to add or remove.
	Date Date
	// Name is the name of the day added: the one written, or DefaultName.
	Name string
}

// ParseCommand reads the words after /ngaynghi:
//
//	""                           this year's days
//	"2027"                       that year's days
//	"them 16/03/2026 [tên]"      an extra day off ("thêm")
//	"lambu 21/03/2026 [tên]"     a make-up working day ("làm bù")
//	"bo 16/03/2026"              remove one of the organisation's days ("bỏ", "xóa")
//
// Words may come without diacritics, in capitals or NFD. A mistake is an
// *InputError saying what was wrong (plain text); the Command returned with
// it still carries the Action when that was understood, so that a caller
// may first refuse someone who may not change the days.
func ParseCommand(args string) (Command, error) {
	fields := strings.Fields(args)
	if len(fields) == 0 {
		return Command{}, nil
	}
	if len(fields) == 1 {
		if y, err := strconv.Atoi(fields[0]); err == nil && y >= 1900 && y <= 2199 {
			return Command{Year: y}, nil
		}
	}
	word := vntext.Fold(fields[0])
	if len(fields) > 1 {
		if a, ok := commandWords[word+vntext.Fold(fields[1])]; ok && a == AddWorkday {
			fields = fields[1:] // "làm bù" in two words
			word += vntext.Fold(fields[0])
		}
	}
	a, ok := commandWords[word]
	if !ok {
		return Command{}, &InputError{Msg: fmt.Sprintf(msgCommandUnknown, fields[0])}
	}
	c := Command{Action: a}
	if len(fields) < 2 {
		return c, &InputError{Msg: msgCommandNoDate}
	}
	d, err := ParseDate(fields[1])
	if err != nil {
		return c, err
	}
	c.Date = d
	if a != Remove {
		c.Name = strings.Join(fields[2:], " ")
		if c.Name == "" {
			c.Name = DefaultName(a == AddWorkday)
		}
	}
	return c, nil
}
