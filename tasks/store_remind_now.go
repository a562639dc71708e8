package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// NoticeRemindNow reminds a task's owners at once, on the request of its
// assigner or a leader (the dashboard's [Nhắc ngay]).
const NoticeRemindNow = "task_remind_now"

// RemindOwners queues, at once, a reminder of an open task to every member
// of its units that have yet to report their part; it returns how many
// were queued. Those who may manage the task (CanManage) may ask; a task
// not open is ErrConflict. One request per minute per member counts: a
// second press in the same minute queues nothing more.
func (s *Store) RemindOwners(ctx context.Context, actor Member, taskID int64, now time.Time) (int, error) {
	var n int
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		t, err := lockTaskFor(ctx, tx, actor, taskID, Member.CanManage, State.Open)
		if err != nil {
			return err
		}
		var left []int64
		for _, u := range t.Units {
			if u.ReportedAt == nil {
				left = append(left, u.UnitID)
			}
		}
		rs, err := unitRecipients(ctx, tx, t.OrgID, left)
		if err != nil {
			return err
		}
		n = len(rs)
		payload := LifecyclePayload{TaskID: t.ID, ActorID: actor.ID}
		return notifyUnitMembers(ctx, tx, t, left, NoticeRemindNow, payload,
			func(m int64) string { return fmt.Sprintf("task:%d:remindnow:%d:%d", t.ID, m, now.Unix()/60) }, nil, now)
	})
	if err != nil {
		return 0, fmt.Errorf("remind owners: %w", err)
	}
	return n, nil
}
