package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Which bot speaks for an organisation. A deployment may run several bot
// tokens (a bot per province). An organisation, with its parent and its
// children (issue 11's levels), is served by one bot: its outbox rows are
// sent by that bot, and its members talk to that bot. An organisation is
// bound when it is created under a parent (it takes the parent's bot), by
// `dondoc org create --bot` or `dondoc org bot`, by the first start of a
// deployment with a single bot (every unbound organisation), or else by
// the bot through which its first member registers.

// BindOrgBot makes botID speak for the organisation and its descendants,
// and moves their messages not yet sent to that bot. A top organisation
// (one without a parent) may move to another bot; an organisation under a
// parent takes its family's bot: binding it binds the whole family when
// none of it is bound yet, and is refused when the family is served by
// another bot (a commune is served by its province's bot). It returns the
// ids of the organisations bound.
func (s *Store) BindOrgBot(ctx context.Context, orgID, botID int64) ([]int64, error) {
	var ids []int64
	// The top organisation is locked first, as BindOrgIfUnbound and
	// bindTree do: locking the commune before its province would deadlock
	// with them.
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		top, err := topOrg(ctx, tx, orgID)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		root, err := lockOrg(ctx, tx, top)
		if err != nil {
			return err
		}
		if top != orgID {
			org, err := lockOrg(ctx, tx, orgID)
			if err != nil {
				return err
			}
			if root.BotID != nil && *root.BotID != botID {
				return inputErrorf(msgBotNotFamilys, org.Name, root.Name)
			}
		}
		ids, err = bindTree(ctx, tx, root.ID, botID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("bind org bot: %w", err)
	}
	return ids, nil
}

// BindOrgIfUnbound binds the organisation's family (its top organisation
// and every descendant) to botID when none of it is bound yet, as when its
// first member registers through that bot. It returns the bot that serves
// the organisation afterwards: botID, or the one that already did.
func (s *Store) BindOrgIfUnbound(ctx context.Context, orgID, botID int64) (int64, error) {
	var serving int64
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		top, err := topOrg(ctx, tx, orgID)
		if err != nil {
			return err
		}
		org, err := lockOrg(ctx, tx, top)
		if err != nil {
			return err
		}
		if org.BotID != nil {
			serving = *org.BotID
			// The family is served already: an organisation of it still
			// unbound (made before the family was bound) joins it.
			var own *int64
			if err := tx.GetContext(ctx, &own, `SELECT bot_id FROM orgs WHERE id = $1`, orgID); err != nil {
				return fmt.Errorf("org bot: %w", err)
			}
			if own == nil {
				_, err = bindTree(ctx, tx, orgID, serving)
			}
			return err
		}
		serving = botID
		_, err = bindTree(ctx, tx, top, botID)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("bind org if unbound: %w", err)
	}
	return serving, nil
}

// BindUnboundOrgs binds every organisation that no bot serves yet to
// botID, with their messages not yet sent: what the first start of a
// deployment with one bot does, so that an existing database keeps
// working unchanged. It returns how many organisations it bound.
func (s *Store) BindUnboundOrgs(ctx context.Context, botID int64) (int, error) {
	var n int
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var ids []int64
		if err := tx.SelectContext(ctx, &ids, `UPDATE orgs SET bot_id = $1 WHERE bot_id IS NULL RETURNING id`, botID); err != nil {
			return err
		}
		n = len(ids)
		if n == 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET bot_id = $2
			WHERE org_id = ANY($1) AND bot_id IS NULL AND status IN ('pending', 'sending', 'failed')`, pq.Array(ids), botID); err != nil {
			return err
		}
		// A group the bot has linked already keeps that link; the
		// unbound organisation's link of it is left unused.
		_, err := tx.ExecContext(ctx, `UPDATE group_links g SET bot_id = $2
			WHERE g.org_id = ANY($1) AND NOT EXISTS (SELECT 1 FROM group_links n WHERE n.chat_id = g.chat_id AND n.bot_id = $2)`,
			pq.Array(ids), botID)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("bind unbound orgs: %w", err)
	}
	return n, nil
}

// topOrg returns the id of the organisation at the top of orgID's family.
func topOrg(ctx context.Context, tx *sqlx.Tx, orgID int64) (int64, error) {
	var top int64
	err := tx.GetContext(ctx, &top, `
		WITH RECURSIVE up AS (
			SELECT id, parent_id, 0 AS depth FROM orgs WHERE id = $1
			UNION ALL
			SELECT o.id, o.parent_id, up.depth + 1 FROM orgs o JOIN up ON o.id = up.parent_id WHERE up.depth < 16
		)
		SELECT id FROM up ORDER BY depth DESC LIMIT 1`, orgID)
	if err != nil {
		return 0, fmt.Errorf("top org: %w", err)
	}
	return top, nil
}

// bindTree binds an organisation and all its descendants to botID, with
// their messages that are not sent yet and their group links. A row
// another bot is sending stays with the sender that holds it until that
// sender sends it or hands it back (to the organisation's bot, then), or
// its lease runs out and botID's sender takes it (outbox claim); one left
// "sending" with no bot (by a process from before the organisation was
// bound) takes botID, so that its lease expires and it is sent under that
// bot.
func bindTree(ctx context.Context, tx *sqlx.Tx, orgID, botID int64) ([]int64, error) {
	var ids []int64
	// The family is locked for update first, in id order: a transaction
	// queuing a message in it (outbox.Enqueue reads the organisation's bot
	// with a share lock) has committed its row before the rows are moved
	// below, or waits and reads the new bot.
	err := tx.SelectContext(ctx, &ids, `
		WITH RECURSIVE tree AS (
			SELECT id, 0 AS depth FROM orgs WHERE id = $1
			UNION ALL
			SELECT o.id, tree.depth + 1 FROM orgs o JOIN tree ON o.parent_id = tree.id WHERE tree.depth < 16
		)
		SELECT id FROM orgs WHERE id IN (SELECT id FROM tree) ORDER BY id FOR UPDATE`, orgID)
	if err != nil {
		return nil, fmt.Errorf("lock orgs: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE orgs SET bot_id = $2 WHERE id = ANY($1)`, pq.Array(ids), botID); err != nil {
		return nil, fmt.Errorf("bind orgs: %w", err)
	}
	if err := bindGroupLinks(ctx, tx, ids, botID); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE outbox SET bot_id = $2
		WHERE org_id = ANY($1) AND bot_id IS DISTINCT FROM $2
			AND (status IN ('pending', 'failed') OR status = 'sending' AND bot_id IS NULL)`, pq.Array(ids), botID); err != nil {
		return nil, fmt.Errorf("bind outbox: %w", err)
	}
	return ids, nil
}

// InviteOrg returns the organisation of a join code that may still be used
// (not expired, not revoked) at now, without using it; false when there is
// none.
func (s *Store) InviteOrg(ctx context.Context, code string, now time.Time) (Org, bool, error) {
	orgPart, _, ok := strings.Cut(code, "-")
	orgID, err := strconv.ParseInt(orgPart, 10, 64)
	if !ok || err != nil {
		return Org{}, false, nil
	}
	var org Org
	err = s.db.GetContext(ctx, &org, `SELECT `+orgColumns+` FROM orgs WHERE id = $1 AND EXISTS (
		SELECT 1 FROM invites WHERE org_id = $1 AND code = $2 AND revoked_at IS NULL AND expires_at > $3)`, orgID, code, now)
	if errors.Is(err, sql.ErrNoRows) {
		return Org{}, false, nil
	}
	if err != nil {
		return Org{}, false, fmt.Errorf("invite org: %w", err)
	}
	return org, true, nil
}

// BotOrg is an organisation with the bot that serves it.
type BotOrg struct {
	ID    int64  `db:"id"`
	Slug  string `db:"slug"`
	BotID int64  `db:"bot_id"`
}

// OrgsOnOtherBots returns the organisations served by a bot that is not
// among botIDs, by bot then id. Like CascadeSteps, it takes a bare pool,
// for monitoring.
func OrgsOnOtherBots(ctx context.Context, q sqlx.QueryerContext, botIDs []int64) ([]BotOrg, error) {
	var orgs []BotOrg
	if err := sqlx.SelectContext(ctx, q, &orgs, `
		SELECT id, slug, bot_id FROM orgs WHERE bot_id IS NOT NULL AND NOT (bot_id = ANY($1)) ORDER BY bot_id, id`,
		pq.Array(botIDs)); err != nil {
		return nil, fmt.Errorf("store: unable to list organisations on other bots: %w", err)
	}
	return orgs, nil
}

// CountUnboundOrgs counts the organisations no bot serves yet.
func (s *Store) CountUnboundOrgs(ctx context.Context) (int, error) {
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT count(*) FROM orgs WHERE bot_id IS NULL`); err != nil {
		return 0, fmt.Errorf("store: unable to count unbound organisations: %w", err)
	}
	return n, nil
}

// bindGroupLinks moves the group links of the organisations ids to botID
// (a group is linked to one unit per bot). A group that botID serves
// another organisation in already must be unlinked in one of them first.
func bindGroupLinks(ctx context.Context, tx *sqlx.Tx, ids []int64, botID int64) error {
	var taken []string
	if err := tx.SelectContext(ctx, &taken, `
		SELECT coalesce(nullif(g.title, ''), g.chat_id::text) FROM group_links g JOIN group_links n ON n.chat_id = g.chat_id AND n.bot_id = $2 AND NOT (n.org_id = ANY($1))
		WHERE g.org_id = ANY($1) ORDER BY 1 LIMIT 1`, pq.Array(ids), botID); err != nil {
		return fmt.Errorf("bind group links: %w", err)
	}
	if len(taken) > 0 {
		return inputErrorf(msgBotGroupTaken, taken[0])
	}
	if _, err := tx.ExecContext(ctx, `UPDATE group_links SET bot_id = $2 WHERE org_id = ANY($1) AND bot_id IS DISTINCT FROM $2`,
		pq.Array(ids), botID); err != nil {
		return fmt.Errorf("bind group links: %w", err)
	}
	return nil
}
