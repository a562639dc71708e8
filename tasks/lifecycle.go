package tasks

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// Event kinds of the lifecycle, recorded in a task's history next to the
// skeleton's (assigned, accepted, reported, undone, cancelled).
const (
	EventProgress          = "progress"
	EventConfirmed         = "confirmed"
	EventRework            = "rework"
	EventReassigned        = "reassigned"
	EventExtensionAsked    = "extension_asked"
	EventExtended          = "extended"
	EventExtensionRejected = "extension_rejected"
	EventSeriesStopped     = "series_stopped"
)

// UnitClosed is the state of a unit's part that was never reported when
// its task was confirmed done: the part ended with the task, at the time
// the task was reported done (its reported_at).
const UnitClosed = "closed"

// Outbox message kinds of the lifecycle.
const (
	// NoticeToConfirm asks the assigner to confirm a report of done, with
	// [Xác nhận] [Yêu cầu làm lại].
	NoticeToConfirm = "task_to_confirm"
	// NoticeConfirmed tells the owners that their report was confirmed.
	NoticeConfirmed = "task_confirmed"
	// NoticeRework tells the owners that the task must be done again.
	NoticeRework = "task_rework"
	// NoticeCancelled tells the owners that the task was cancelled.
	NoticeCancelled = "task_cancelled"
	// NoticeMoved tells the members of units taken off a task that it went
	// to other units.
	NoticeMoved = "task_moved"
	// NoticeExtensionAsked asks the assigner to decide on a new deadline,
	// with [Đồng ý] [Không đồng ý].
	NoticeExtensionAsked = "task_ext_asked"
	// NoticeExtensionDecided tells the owners what was decided.
	NoticeExtensionDecided = "task_ext_decided"
)

// closedObsoleteKinds are the kinds of pending notices that a closed
// (confirmed or cancelled) task no longer needs.
func closedObsoleteKinds() []string {
	return append(TaskNoticeKinds(), NoticeToConfirm, NoticeExtensionAsked, NoticeRework)
}

// LifecyclePayload is the payload of the lifecycle's outbox messages.
type LifecyclePayload struct {
	TaskID      int64  `json:"task_id"`
	UnitID      int64  `json:"unit_id,omitempty"`
	ActorID     int64  `json:"actor_id,omitempty"`
	EventID     int64  `json:"event_id,omitempty"`
	ExtensionID int64  `json:"extension_id,omitempty"`
	Round       int    `json:"round,omitempty"`
	Reason      string `json:"reason,omitempty"`
	// Units names the units a task went to (NoticeMoved).
	Units []int64 `json:"units,omitempty"`
}

// FileRef is a file an owner sent as evidence, kept as Telegram's file id
// with its metadata in the task's history.
type FileRef struct {
	FileID   string `json:"file_id"`
	UniqueID string `json:"unique_id,omitempty"`
	// Kind is "photo" or "document".
	Kind string `json:"kind"`
	Name string `json:"name,omitempty"`
	MIME string `json:"mime,omitempty"`
	Size int    `json:"size,omitempty"`
	// Added when the file is listed: who sent it and when.
	At     time.Time `json:"-"`
	Member string    `json:"-"`
}

// File kinds.
const (
	FilePhoto    = "photo"
	FileDocument = "document"
)

// Progress is what an owner reports about work under way.
type Progress struct {
	Text string
	// Percent is the share done, 0–100, when the owner gave one.
	Percent *int
	Files   []FileRef
	// Origin makes the report idempotent: a second report with the same
	// origin records nothing. The bot uses the Telegram update.
	Origin string
}

// ProgressData is the data of a progress event.
type ProgressData struct {
	Percent *int      `json:"percent,omitempty"`
	Files   []FileRef `json:"files,omitempty"`
}

// DeadlineChange is the data of extension events: the deadline before and
// the one asked for or granted.
type DeadlineChange struct {
	ExtensionID int64      `json:"extension_id,omitempty"`
	Old         *time.Time `json:"old,omitempty"`
	New         time.Time  `json:"new"`
	// Late is true when the owner asked after the deadline had passed.
	Late bool `json:"late,omitempty"`
}

// ReassignData is the data of a reassignment event.
type ReassignData struct {
	From []int64 `json:"from"`
	To   []int64 `json:"to"`
}

var percentRe = regexp.MustCompile(`(?:^|[^\d,.])(\d{1,3})(?:[.,]\d+)?\s*%`)

// ParseProgress reads an owner's progress text: a percentage written
// anywhere ("đạt 60%", "60 %") becomes Percent. A percentage above 100 is
// an InputError.
func ParseProgress(text string) (Progress, error) {
	p := Progress{Text: vntext.Clean(text)}
	m := percentRe.FindStringSubmatch(p.Text)
	if m == nil {
		return p, nil
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n > 100 {
		return p, inputErrorf(msgPercentRange, m[1])
	}
	p.Percent = &n
	return p, nil
}

// doneReplies are the replies (folded) that report a task done.
var doneReplies = map[string]bool{
	"xong": true, "da xong": true, "xong roi": true, "da xong roi": true,
	"hoan thanh": true, "da hoan thanh": true, "hoan thanh roi": true, "da hoan thanh roi": true,
	"da hoan thanh nhiem vu": true, "hoan thanh nhiem vu": true,
}

// IsDoneReply reports whether a reply to a task's message means "done":
// "xong", "Đã hoàn thành", "da hoan thanh!" … in any case, with or without
// diacritics, in any normal form.
func IsDoneReply(text string) bool {
	f := vntext.Fold(text)
	f = strings.Map(func(r rune) rune {
		if r < 128 && !vntext.IsWordByte(byte(r)) {
			return ' '
		}
		return r
	}, f)
	return doneReplies[strings.Join(strings.Fields(f), " ")]
}

// ExtensionAsk is an owner's request for a later deadline, as typed.
type ExtensionAsk struct {
	Deadline deadline.Deadline
	Reason   string
	// Origin makes the request idempotent: a second request with the same
	// origin returns the first. The bot uses the Telegram update.
	Origin string
}

// reasonLeads are words that may introduce the reason of an extension.
var reasonLeads = []string{"ly do", "vi", "do", "boi vi", "tai vi"}

// ParseExtensionAsk reads "<thời hạn mới> <lý do>" ("30/6 vì chờ số liệu của
// các xã"), the deadline anywhere in the text. Both parts are required; a
// deadline that is not after now or not after current is an InputError.
func ParseExtensionAsk(text string, current *time.Time, now time.Time) (ExtensionAsk, error) {
	return ParseExtensionAskWith(deadline.Reader{}, text, current, now)
}

// ParseExtensionAskWith is ParseExtensionAsk reading the deadline with dr, whose calendar
// (the organisation's) counts "N ngày làm việc", in its typed mode (deadline.Reader.Typed):
// what /giahan is given is a request typed by its author.
func ParseExtensionAskWith(dr deadline.Reader, text string, current *time.Time, now time.Time) (ExtensionAsk, error) {
	dr.Typed = true
	text = vntext.Clean(text)
	if text == "" {
		return ExtensionAsk{}, &InputError{Msg: msgExtensionEmpty}
	}
	d, ok, err := dr.Find(text, now)
	if !ok && err == nil {
		// Without a lead word Find skips past dates; with one it reports
		// them, so that "5/1 vì bận" is told the date has passed.
		d, ok, err = findWithLead(dr, text, now)
	}
	var de *deadline.Error
	if errors.As(err, &de) {
		return ExtensionAsk{}, inputErrorf(msgExtensionBadDeadline, de.Reason)
	}
	if err != nil {
		return ExtensionAsk{}, err
	}
	if !ok {
		return ExtensionAsk{}, &InputError{Msg: msgExtensionNoDeadline}
	}
	if d.Rule != nil {
		return ExtensionAsk{}, &InputError{Msg: msgExtensionRecurring}
	}
	if !d.Time.After(now) {
		return ExtensionAsk{}, inputErrorf(msgExtensionPast, d.Text)
	}
	if current != nil && !d.Time.After(*current) {
		return ExtensionAsk{}, inputErrorf(msgExtensionNotLater, d.Text, deadline.Format(current.In(now.Location())))
	}
	reason := strings.TrimSpace(text[:d.Start] + " " + text[d.End:])
	reason = trimReasonLead(reason)
	if reason == "" {
		return ExtensionAsk{}, &InputError{Msg: msgExtensionNoReason}
	}
	return ExtensionAsk{Deadline: d, Reason: reason}, nil
}

// findWithLead is deadline.Find on text with "trước " put before it, with
// the offsets brought back into text.
func findWithLead(dr deadline.Reader, text string, now time.Time) (deadline.Deadline, bool, error) {
	const lead = "trước "
	d, ok, err := dr.Find(lead+text, now)
	d.Start, d.End = max(0, d.Start-len(lead)), max(0, d.End-len(lead))
	d.Text = text[d.Start:d.End]
	return d, ok, err
}

// trimReasonLead drops punctuation and a leading "vì", "lý do:" … from a reason.
func trimReasonLead(s string) string {
	s = strings.Trim(s, " ,.;:-–—")
	f := vntext.Fold(s)
	for _, lead := range reasonLeads {
		if strings.HasPrefix(f, lead+" ") || strings.HasPrefix(f, lead+":") {
			_, offs := vntext.FoldMap(s)
			s = strings.Trim(s[offs[len(lead)]:], " ,.;:-–—")
			break
		}
	}
	return s
}

// ParseReason checks a reason typed for rework, cancellation or
// reassignment: it must say something.
func ParseReason(text string) (string, error) {
	r := vntext.Clean(text)
	r = strings.Trim(r, " ,.;:-–—")
	if len([]rune(r)) < 2 {
		return "", &InputError{Msg: msgReasonEmpty}
	}
	return r, nil
}
