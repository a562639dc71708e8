package tasks

import (
	"context"
	"fmt"

	"github.com/lib/pq"
)

// membershipsQuery reads a person's memberships, their units and their
// organisations in one statement: it runs for every update.
const membershipsQuery = `
	SELECT ` + memberColumns + `,
		coalesce((SELECT array_agg(mu.unit_id ORDER BY mu.unit_id) FROM member_units mu
			WHERE mu.org_id = m.org_id AND mu.member_id = m.id), '{}') AS unit_ids,
		coalesce((SELECT array_agg(mu.unit_id ORDER BY mu.unit_id) FROM member_units mu
			WHERE mu.org_id = m.org_id AND mu.member_id = m.id AND mu.is_head), '{}') AS head_ids,
		o.id AS "org.id", o.slug AS "org.slug", o.name AS "org.name", o.timezone AS "org.timezone",
		o.settings AS "org.settings", o.created_at AS "org.created_at", o.level AS "org.level",
		o.parent_id AS "org.parent_id", o.bot_id AS "org.bot_id", member_fingerprint($1) AS fingerprint
	FROM members m JOIN orgs o ON o.id = m.org_id
	WHERE m.tg_user_id = $1 AND m.removed_at IS NULL
	ORDER BY m.selected_at DESC NULLS LAST, m.joined_at`

// fingerprintQuery is the fingerprint of a person with no membership left.
const fingerprintQuery = `SELECT member_fingerprint($1)`

// MembershipsWithOrgs returns what Memberships does, and with each
// membership its organisation (orgs[i] is the organisation of ms[i]), read
// in one round trip to the database, with their fingerprint: it changes
// whenever anything read here changes (member_fingerprint, migrations
// 00050 and 00080), so that what was read can be checked later without reading it
// again.
func (s *Store) MembershipsWithOrgs(ctx context.Context, tgUserID int64) (ms []Member, orgs []Org, fingerprint string, err error) {
	var rows []struct {
		Member
		UnitIDs     pq.Int64Array `db:"unit_ids"`
		HeadOf      pq.Int64Array `db:"head_ids"`
		Org         Org           `db:"org"`
		Fingerprint string        `db:"fingerprint"`
	}
	if err := s.hot.Select(ctx, &rows, membershipsQuery, tgUserID); err != nil {
		return nil, nil, "", fmt.Errorf("memberships: %w", err)
	}
	if len(rows) == 0 {
		// A stranger, or a former member: no membership, whose
		// fingerprint changes once they join.
		if err := s.hot.Get(ctx, &fingerprint, fingerprintQuery, tgUserID); err != nil {
			return nil, nil, "", fmt.Errorf("memberships: %w", err)
		}
		return nil, nil, fingerprint, nil
	}
	ms, orgs, fingerprint = make([]Member, len(rows)), make([]Org, len(rows)), rows[0].Fingerprint
	for i, r := range rows {
		ms[i], orgs[i] = r.Member, r.Org
		if len(r.UnitIDs) > 0 {
			ms[i].UnitIDs = []int64(r.UnitIDs)
		}
		if len(r.HeadOf) > 0 {
			ms[i].HeadOf = []int64(r.HeadOf)
		}
	}
	return ms, orgs, fingerprint, nil
}
