package tasks

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// refuseRelinkWhileOpen refuses to link unit u, linked to another child
// organisation, to child while tasks it sent down to the other one are
// still open: they would stay open there with no one to report to. The
// parent reads only its own rows (the delegations and its tasks); the
// refusal says which tasks and what to do.
func refuseRelinkWhileOpen(ctx context.Context, tx *sqlx.Tx, orgID int64, u Unit, child Org) error {
	var open []int64
	if err := tx.SelectContext(ctx, &open, `
		SELECT t.id FROM task_delegations d
		JOIN tasks t ON t.org_id = d.org_id AND t.id = d.task_id
		JOIN task_units tu ON tu.org_id = d.org_id AND tu.task_id = d.task_id AND tu.unit_id = d.unit_id
		WHERE d.org_id = $1 AND d.unit_id = $2 AND d.child_org_id = $3 AND t.state = ANY($4) AND tu.state <> 'removed'
		ORDER BY t.id`, orgID, u.ID, *u.LinkedOrgID, pq.Array(activeStates())); err != nil {
		return fmt.Errorf("open tasks sent down: %w", err)
	}
	if len(open) == 0 {
		return nil
	}
	var old string
	if err := tx.GetContext(ctx, &old, `SELECT name FROM orgs WHERE id = $1`, *u.LinkedOrgID); err != nil {
		return fmt.Errorf("linked org: %w", err)
	}
	nums := ""
	for i, id := range open {
		if i > 0 {
			nums += ", "
		}
		nums += fmt.Sprintf("#%d", id)
	}
	return inputErrorf(msgRelinkOpen, u.Name, old, len(open), nums, old, child.Name)
}
