package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/vntext"
)

// NewOrg is an organisation to create at a level, under an optional parent.
type NewOrg struct {
	Name     string
	Timezone string
	Level    Level
	ParentID *int64
}

// CreateOrgAt creates an organisation at a level of local government, as
// CreateOrg does, under a parent of a higher level when ParentID is set.
func (s *Store) CreateOrgAt(ctx context.Context, no NewOrg, now time.Time) (Org, error) {
	if vntext.Clean(no.Name) == "" {
		return Org{}, &InputError{Msg: msgOrgEmptyName}
	}
	if no.Level.rank() == 0 {
		return Org{}, fmt.Errorf("create org: unknown level %q", no.Level)
	}
	var org Org
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if no.ParentID != nil {
			parent, err := lockOrg(ctx, tx, *no.ParentID)
			if err != nil {
				return err
			}
			if parent.Level.rank() <= no.Level.rank() {
				return inputErrorf(msgParentLevel, parent.Level.Label(), no.Level.Label())
			}
		}
		if err := refuseSameName(ctx, tx, no); err != nil {
			return err
		}
		var err error
		org, err = createOrg(ctx, tx, no.Name, no.Timezone, now)
		if err != nil {
			return err
		}
		// A child is served by its parent's bot (store_bots.go).
		return tx.GetContext(ctx, &org, `UPDATE orgs SET level = $2, parent_id = $3, bot_id = (SELECT bot_id FROM orgs WHERE id = $3) WHERE id = $1 RETURNING `+orgColumns,
			org.ID, no.Level, no.ParentID)
	})
	if err != nil {
		return Org{}, fmt.Errorf("create org: %w", err)
	}
	return org, nil
}

// refuseSameName refuses a second organisation of the same name under the
// same parent (or at the top): an operator who runs `org create` twice
// would otherwise get two, the second with a "-2" code, and members would
// join either. Two communes of one name under different provinces are
// fine.
func refuseSameName(ctx context.Context, tx *sqlx.Tx, no NewOrg) error {
	var same []struct {
		Slug string `db:"slug"`
		Name string `db:"name"`
	}
	if err := tx.SelectContext(ctx, &same, `SELECT slug, name FROM orgs WHERE parent_id IS NOT DISTINCT FROM $1`, no.ParentID); err != nil {
		return fmt.Errorf("same name: %w", err)
	}
	name := vntext.Clean(no.Name)
	for _, o := range same {
		if strings.EqualFold(vntext.Clean(o.Name), name) {
			return inputErrorf(msgOrgSameName, o.Name, o.Slug)
		}
	}
	return nil
}

func lockOrg(ctx context.Context, tx *sqlx.Tx, id int64) (Org, error) {
	var org Org
	err := tx.GetContext(ctx, &org, `SELECT `+orgColumns+` FROM orgs WHERE id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Org{}, ErrNotFound
	}
	if err != nil {
		return Org{}, fmt.Errorf("lock org: %w", err)
	}
	return org, nil
}

// ChildOrgs returns the organisations whose parent is parentID.
func (s *Store) ChildOrgs(ctx context.Context, parentID int64) ([]Org, error) {
	var orgs []Org
	if err := s.db.SelectContext(ctx, &orgs, `SELECT `+orgColumns+` FROM orgs WHERE parent_id = $1 ORDER BY name`, parentID); err != nil {
		return nil, fmt.Errorf("child orgs: %w", err)
	}
	return orgs, nil
}

// LinkUnit makes the unit with the code, in organisation orgID, stand for
// the organisation childID, which must be a direct child of orgID: tasks
// given to the unit then arrive in the child organisation, and so do the
// open tasks it already has.
func (s *Store) LinkUnit(ctx context.Context, orgID int64, code string, childID int64, now time.Time) (Unit, error) {
	var u Unit
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		parent, err := lockOrg(ctx, tx, orgID)
		if err != nil {
			return err
		}
		child, err := loadOrg(ctx, tx, childID)
		if err != nil {
			return err
		}
		if child.ParentID == nil || *child.ParentID != orgID {
			return inputErrorf(msgLinkNotChild, child.Name, parent.Name, parent.Slug)
		}
		err = tx.GetContext(ctx, &u, `SELECT org_id, id, code, name, kind, linked_org_id FROM units WHERE org_id = $1 AND lower(code) = $2 FOR UPDATE`,
			orgID, strings.ToLower(code))
		if errors.Is(err, sql.ErrNoRows) {
			return inputErrorf(msgLinkNoUnit, code)
		}
		if err != nil {
			return fmt.Errorf("unit: %w", err)
		}
		var taken string
		err = tx.GetContext(ctx, &taken, `SELECT name FROM units WHERE org_id = $1 AND linked_org_id = $2 AND id <> $3`, orgID, childID, u.ID)
		if err == nil {
			return inputErrorf(msgLinkTaken, child.Name, taken)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("linked unit: %w", err)
		}
		if u.LinkedOrgID != nil && *u.LinkedOrgID != childID {
			if err := refuseRelinkWhileOpen(ctx, tx, orgID, u, child); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE units SET linked_org_id = $3 WHERE org_id = $1 AND id = $2`, orgID, u.ID, childID); err != nil {
			return fmt.Errorf("link: %w", err)
		}
		u.LinkedOrgID = &childID
		return s.deliverOpen(ctx, tx, orgID, u.ID, now)
	})
	if err != nil {
		return Unit{}, fmt.Errorf("link unit: %w", err)
	}
	return u, nil
}

// deliverOpen gives the unit's open tasks to the organisation it was just
// linked to.
func (s *Store) deliverOpen(ctx context.Context, tx *sqlx.Tx, orgID, unitID int64, now time.Time) error {
	var ids []int64
	if err := tx.SelectContext(ctx, &ids, `
		SELECT t.id FROM task_units tu JOIN tasks t ON t.org_id = tu.org_id AND t.id = tu.task_id
		WHERE tu.org_id = $1 AND tu.unit_id = $2 AND tu.state NOT IN ('removed', 'reported', 'closed') AND t.state = ANY($3)
		ORDER BY t.id FOR UPDATE OF t`, orgID, unitID, pq.Array(OpenStates())); err != nil {
		return fmt.Errorf("open tasks of the unit: %w", err)
	}
	for _, id := range ids {
		t, err := loadTask(ctx, tx, orgID, id)
		if err != nil {
			return err
		}
		if err := s.cascadeDown(ctx, tx, t, now); err != nil {
			return err
		}
	}
	return nil
}
