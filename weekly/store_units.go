package weekly

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/tasks"
)

type unitRow struct {
	ID   int64  `db:"id"`
	Code string `db:"code"`
	Name string `db:"name"`
	Kind string `db:"kind"`
	// RetiredAt is when the unit was merged into another (see liveFrom).
	RetiredAt *time.Time `db:"retired_at"`
}

// orgUnits lists the organisation's units, retired ones included, in the
// order of their kinds (tasks.KindCodes) and then by name.
func orgUnits(ctx context.Context, q sqlx.QueryerContext, orgID int64) ([]unitRow, error) {
	var us []unitRow
	err := sqlx.SelectContext(ctx, q, &us, `
		SELECT id, code, name, kind, retired_at FROM units WHERE org_id = $1
		ORDER BY array_position($2::text[], kind), name`, orgID, pq.Array(tasks.KindCodes()))
	if err != nil {
		return nil, fmt.Errorf("store: unable to list the units: %w", err)
	}
	return us, nil
}
