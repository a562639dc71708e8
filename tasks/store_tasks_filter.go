package tasks

import (
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/dondoc/dondoc/vntext"
)

// MoreFilter narrows a task list further than TaskFilter, for the
// dashboard's lists: who gave the task, words of its text, its status.
type MoreFilter struct {
	// AssignedBy keeps the tasks one member gave.
	AssignedBy int64
	// Search keeps the tasks whose text contains the words, ignoring case
	// and diacritics.
	Search string
	// Status, when set, keeps the tasks whose StatusAt(At, Loc) is of that
	// kind; Pending keeps only those waiting for confirmation.
	Status  *StatusKind
	Pending bool
	At      time.Time
	Loc     *time.Location
}

// vietnameseLetters are the letters with diacritics that foldSQL maps to
// their plain forms, lower and upper case.
const vietnameseLetters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ" +
	"ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"

// foldSQL is a SQL expression folding col like vntext.Fold: diacritics
// removed by translate(), then lower case.
func foldSQL(col string) string {
	var plain strings.Builder
	for _, r := range vietnameseLetters {
		plain.WriteString(vntext.Fold(string(r)))
	}
	return "lower(translate(" + col + ", '" + vietnameseLetters + "', '" + plain.String() + "'))"
}

// where adds the filter's conditions on tasks t; arg binds a value.
func (f MoreFilter) where(arg func(any) string) string {
	var w string
	if f.AssignedBy != 0 {
		w += ` AND t.assigned_by = ` + arg(f.AssignedBy)
	}
	for _, word := range strings.Fields(vntext.Fold(f.Search)) {
		w += ` AND strpos(` + foldSQL("t.text") + `, ` + arg(word) + `) > 0`
	}
	if f.Pending {
		w += ` AND t.state = ` + arg(string(StateReported))
	}
	if f.Status == nil {
		return w
	}
	loc := f.Loc
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := f.At.In(loc).Date()
	soon := time.Date(y, m, d+DueSoonDays+1, 0, 0, 0, 0, loc)
	// Bind only what the condition uses: PostgreSQL refuses parameters it
	// cannot type.
	open := func() string { return arg(pq.Array(OpenStates())) }
	done := func() string { return arg(pq.Array([]string{string(StateReported), string(StateDone)})) }
	switch *f.Status {
	case StatusOnTime:
		w += ` AND t.state = ANY(` + open() + `) AND (t.deadline IS NULL OR t.deadline >= ` + arg(soon) + `)`
	case StatusDueSoon:
		w += ` AND t.state = ANY(` + open() + `) AND t.deadline >= ` + arg(f.At) + ` AND t.deadline < ` + arg(soon)
	case StatusOverdue:
		w += ` AND t.state = ANY(` + open() + `) AND t.deadline < ` + arg(f.At)
	case StatusDoneOnTime:
		w += ` AND t.state = ANY(` + done() + `) AND (t.deadline IS NULL OR coalesce(t.reported_at, ` + arg(f.At) + `) <= t.deadline)`
	case StatusDoneLate:
		w += ` AND t.state = ANY(` + done() + `) AND coalesce(t.reported_at, ` + arg(f.At) + `) > t.deadline`
	case StatusCancelled:
		w += ` AND t.state = ` + arg(string(StateCancelled))
	}
	return w
}
