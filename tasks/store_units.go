package tasks

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// ImportUnits adds or updates (by code) an organisation's units in one
// transaction: either every unit is written or none is.
func (s *Store) ImportUnits(ctx context.Context, orgID int64, units []Unit) (added, updated int, err error) {
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		for _, u := range units {
			var inserted bool
			err := tx.GetContext(ctx, &inserted, `
				INSERT INTO units (org_id, code, name, aliases, kind) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT (org_id, code) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, kind = EXCLUDED.kind
				RETURNING (xmax = 0)`, orgID, u.Code, u.Name, pq.StringArray(append([]string{}, u.Aliases...)), u.Kind)
			if err != nil {
				return fmt.Errorf("unit %s: %w", u.Code, err)
			}
			if inserted {
				added++
			} else {
				updated++
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("import units: %w", err)
	}
	return added, updated, nil
}

type unitRow struct {
	Unit
	Aliases pq.StringArray `db:"aliases"`
}

// Units returns an organisation's units ordered by kind and name.
func (s *Store) Units(ctx context.Context, orgID int64) ([]Unit, error) {
	var rows []unitRow
	err := s.db.SelectContext(ctx, &rows, `
		SELECT org_id, id, code, name, aliases, kind, linked_org_id, retired_at, successor_id FROM units WHERE org_id = $1
		ORDER BY array_position($2::text[], kind), name`, orgID, pq.Array(KindCodes()))
	if err != nil {
		return nil, fmt.Errorf("units: %w", err)
	}
	units := make([]Unit, len(rows))
	for i, r := range rows {
		units[i] = r.Unit
		units[i].Aliases = r.Aliases
	}
	return units, nil
}

// Directory returns the unit directory of an organisation.
func (s *Store) Directory(ctx context.Context, orgID int64) (*Directory, error) {
	units, err := s.Units(ctx, orgID)
	if err != nil {
		return nil, err
	}
	return NewDirectory(units), nil
}
