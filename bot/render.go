package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// Renderer makes the messages of outbox rows at the moment they are sent,
// from the current state of their task. It implements outbox.Renderer.
type Renderer struct {
	store    *tasks.Store
	username string
	kinds    map[string]renderFunc
	// orgs remembers for a while how many organisations a person belongs
	// to, so that a fan-out does not ask the database once per message.
	orgs orgCounts
}

type renderFunc func(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error)

// NewRenderer returns the renderer; username is the bot's, for links.
func NewRenderer(store *tasks.Store, username string) *Renderer {
	rd := &Renderer{store: store, username: username}
	rd.kinds = map[string]renderFunc{
		tasks.NoticeAssigned:        rd.assigned,
		tasks.NoticeReported:        rd.reported,
		tasks.NoticeWithdrawn:       rd.withdrawn,
		tasks.NoticeUnreachable:     rd.unreachable,
		reminders.MessageReminder:   rd.reminder,
		reminders.MessageEscalation: rd.escalation,
	}
	rd.handleLifecycle()
	rd.handleWeekly()
	rd.handleTiers()
	rd.handleDashboard()
	return rd
}

// Handle adds a renderer for another kind of message. A kind rendered
// twice is a programming error: it panics at start, as the registry does.
func (rd *Renderer) Handle(kind string, f func(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error)) {
	if _, ok := rd.kinds[kind]; ok {
		panic(fmt.Sprintf("bot: declared twice: renderer of %q", kind))
	}
	rd.kinds[kind] = f
}

// Render implements outbox.Renderer.
func (rd *Renderer) Render(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	f, ok := rd.kinds[r.Kind]
	if !ok {
		return nil, fmt.Errorf("render: unknown kind %q", r.Kind)
	}
	parts, err := f(ctx, r, now)
	return rd.withOrgName(ctx, r, parts, err, now)
}

// taskOf loads the row's task in its organisation's zone; a task that is
// gone makes the message obsolete.
func (rd *Renderer) taskOf(ctx context.Context, r outbox.Row) (tasks.Task, *time.Location, error) {
	if r.TaskID == nil {
		return tasks.Task{}, nil, outbox.ErrObsolete
	}
	t, err := rd.store.Task(ctx, r.OrgID, *r.TaskID)
	if errors.Is(err, tasks.ErrNotFound) {
		return tasks.Task{}, nil, outbox.ErrObsolete
	}
	if err != nil {
		return tasks.Task{}, nil, err
	}
	loc, err := rd.zone(ctx, r.OrgID)
	return t, loc, err
}

// zone is the organisation's time zone.
func (rd *Renderer) zone(ctx context.Context, orgID int64) (*time.Location, error) {
	org, err := rd.store.Org(ctx, orgID)
	if err != nil {
		return nil, err
	}
	return org.Location()
}

func (rd *Renderer) recipient(ctx context.Context, r outbox.Row) (tasks.Member, error) {
	if r.MemberID == nil {
		return tasks.Member{}, outbox.ErrObsolete
	}
	m, err := rd.store.Member(ctx, r.OrgID, *r.MemberID)
	if errors.Is(err, tasks.ErrNotFound) {
		return tasks.Member{}, outbox.ErrObsolete
	}
	return m, err
}

// load loads what a message about a task to a member needs: the row's
// task, its organisation's zone and the recipient; unless p is nil, it
// decodes the row's payload into p.
func (rd *Renderer) load(ctx context.Context, r outbox.Row, p any) (tasks.Task, *time.Location, tasks.Member, error) {
	t, loc, err := rd.taskOf(ctx, r)
	if err != nil {
		return t, loc, tasks.Member{}, err
	}
	m, err := rd.recipient(ctx, r)
	if err != nil {
		return t, loc, m, err
	}
	if p != nil {
		if err := json.Unmarshal(r.Payload, p); err != nil {
			return t, loc, m, fmt.Errorf("render %s: %w", r.Kind, err)
		}
	}
	return t, loc, m, nil
}

// ownerOf is load for a message to an owner of the open task: once the task
// is closed or the recipient no longer owns it, the message is obsolete.
func (rd *Renderer) ownerOf(ctx context.Context, r outbox.Row, p any) (tasks.Task, *time.Location, tasks.Member, error) {
	t, loc, m, err := rd.load(ctx, r, p)
	if err != nil {
		return t, loc, m, err
	}
	if !t.State.Open() || !m.OwnsTask(t) {
		return t, loc, m, outbox.ErrObsolete
	}
	return t, loc, m, nil
}

func (rd *Renderer) assigned(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	t, loc, m, err := rd.ownerOf(ctx, r, nil)
	if err != nil {
		return nil, err
	}
	text := taskCard(t, cardNewTitle, now, loc)
	return []outbox.Part{{Text: text, Buttons: taskButtons(t, m)}}, nil
}

func (rd *Renderer) reported(ctx context.Context, r outbox.Row, now time.Time) ([]outbox.Part, error) {
	t, loc, err := rd.taskOf(ctx, r)
	if err != nil {
		return nil, err
	}
	var p tasks.NoticePayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render reported: %w", err)
	}
	var unit tasks.TaskUnit
	for _, u := range t.Units {
		if u.UnitID == p.UnitID {
			unit = u
		}
	}
	if unit.ReportedAt == nil {
		return nil, outbox.ErrObsolete
	}
	text := fmt.Sprintf(reportedFormat(t, unit), esc(unit.Name), t.ID, deadline.Format(unit.ReportedAt.In(loc)),
		doneWords(t, *unit.ReportedAt, loc), taskCard(t, cardTitle, now, loc))
	return []outbox.Part{{Text: text}}, nil
}

func (rd *Renderer) withdrawn(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	t, _, err := rd.taskOf(ctx, r)
	if err != nil {
		return nil, err
	}
	if t.State != tasks.StateCancelled {
		return nil, outbox.ErrObsolete
	}
	return []outbox.Part{{Text: fmt.Sprintf(noticeWithdrawn, t.ID, esc(t.AssignerName), esc(vntext.Shorten(t.Text, 200)))}}, nil
}

func (rd *Renderer) unreachable(ctx context.Context, r outbox.Row, _ time.Time) ([]outbox.Part, error) {
	var p tasks.NoticePayload
	if err := json.Unmarshal(r.Payload, &p); err != nil {
		return nil, fmt.Errorf("render unreachable: %w", err)
	}
	m, err := rd.store.Member(ctx, r.OrgID, p.MemberID)
	if errors.Is(err, tasks.ErrNotFound) {
		return nil, outbox.ErrObsolete
	}
	if err != nil {
		return nil, err
	}
	if !m.Unreached {
		return nil, outbox.ErrObsolete
	}
	who := esc(m.FullName)
	if len(m.UnitIDs) > 0 {
		dir, err := rd.store.Directory(ctx, r.OrgID)
		if err != nil {
			return nil, err
		}
		who += " (" + esc(unitNames(dir, m.UnitIDs)) + ")"
	}
	link := fmt.Sprintf("https://t.me/%s", rd.username)
	if p.TaskID == 0 {
		return []outbox.Part{{Text: fmt.Sprintf(noticeUnreachableMember, who, link)}}, nil
	}
	return []outbox.Part{{Text: fmt.Sprintf(noticeUnreachable, p.TaskID, who, link)}}, nil
}
