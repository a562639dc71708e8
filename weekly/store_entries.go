package weekly

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// NewEntry is an entry to record.
type NewEntry struct {
	Kind   EntryKind
	Week   Week
	UnitID int64
	Text   string
	Details
	// RegSeq, for a result, is the number of the unit's registration for the
	// same week that the result answers.
	RegSeq int
	// Origin makes recording idempotent: a second call with the same origin
	// returns the entry the first one made. The bot uses the Telegram update.
	Origin string
}

// maxEntryText caps the text of one entry, in runes.
const maxEntryText = 2000

const entryColumns = `e.org_id, e.id, e.kind, e.week, e.unit_id, e.seq, e.text, e.day, e.place, e.people,
	e.registration_id, r.seq AS registration_seq, e.member_id, coalesce(m.full_name, '') AS member_name, e.updated_at,
	(e.updated_at > e.created_at) AS edited,
	(SELECT count(*) FROM weekly_attachments a WHERE a.org_id = e.org_id AND a.entry_id = e.id AND a.kind = 'photo') AS photos,
	(SELECT count(*) FROM weekly_attachments a WHERE a.org_id = e.org_id AND a.entry_id = e.id AND a.kind = 'document') AS files`

const entryFrom = ` FROM weekly_entries e
	LEFT JOIN weekly_entries r ON r.org_id = e.org_id AND r.id = e.registration_id
	LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id `

func checkEntryText(text string) (string, error) {
	text = vntext.Clean(text)
	if text == "" {
		return "", &tasks.InputError{Msg: msgEntryEmpty}
	}
	if n := len([]rune(text)); n > maxEntryText {
		return "", &tasks.InputError{Msg: fmtMsg(msgEntryTooLong, n, maxEntryText)}
	}
	return text, nil
}

// AddEntry records an entry of a unit the member acts for (tasks.Member.
// ActsFor: in a unit's group chat, only that unit), with its first version. It returns the entry and whether it was made now.
func (s *Service) AddEntry(ctx context.Context, m tasks.Member, ne NewEntry, now time.Time) (Entry, bool, error) {
	if !m.ActsFor(ne.UnitID) {
		return Entry{}, false, tasks.ErrForbidden
	}
	text, err := checkEntryText(ne.Text)
	if err != nil {
		return Entry{}, false, err
	}
	var id int64
	created := false
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		if ne.Origin != "" {
			err := tx.GetContext(ctx, &id, `SELECT id FROM weekly_entries WHERE org_id = $1 AND origin = $2`, m.OrgID, ne.Origin)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("store: unable to read the entry's origin: %w", err)
			}
		}
		var regID *int64
		if ne.RegSeq > 0 {
			var rid int64
			err := tx.GetContext(ctx, &rid, `
				SELECT id FROM weekly_entries WHERE org_id = $1 AND kind = 'registration' AND week = $2 AND unit_id = $3 AND seq = $4 AND deleted_at IS NULL`,
				m.OrgID, ne.Week.String(), ne.UnitID, ne.RegSeq)
			if errors.Is(err, sql.ErrNoRows) {
				return &tasks.InputError{Msg: fmtMsg(msgNoSuchRegistration, ne.RegSeq, WeekTitle(ne.Week))}
			}
			if err != nil {
				return fmt.Errorf("store: unable to read the registration: %w", err)
			}
			regID = &rid
		}
		// The unit's row serialises the numbering of its entries.
		if _, err := tx.ExecContext(ctx, `SELECT 1 FROM units WHERE org_id = $1 AND id = $2 FOR UPDATE`, m.OrgID, ne.UnitID); err != nil {
			return fmt.Errorf("store: unable to lock the unit: %w", err)
		}
		var origin *string
		if ne.Origin != "" {
			origin = &ne.Origin
		}
		err := tx.GetContext(ctx, &id, `
			INSERT INTO weekly_entries (org_id, kind, week, unit_id, seq, text, day, place, people, registration_id, member_id, origin, created_at, updated_at)
			SELECT $1, $2, $3, $4, coalesce(max(seq), 0) + 1, $5, $6, $7, $8, $9, $10, $11, $12, $12
			FROM weekly_entries WHERE org_id = $1 AND kind = $2 AND week = $3 AND unit_id = $4
			RETURNING id`,
			m.OrgID, ne.Kind, ne.Week.String(), ne.UnitID, text, dateArg(ne.Day), ne.Place, ne.People, regID, m.ID, origin, now)
		if err != nil {
			return fmt.Errorf("store: unable to insert the entry: %w", err)
		}
		created = true
		return addVersion(ctx, tx, m.OrgID, id, m.ID, now)
	})
	if err != nil {
		return Entry{}, false, fmt.Errorf("add entry: %w", err)
	}
	e, err := s.Entry(ctx, m.OrgID, id)
	return e, created, err
}

// addVersion copies the entry as it now stands into its history.
func addVersion(ctx context.Context, tx *sqlx.Tx, orgID, entryID, memberID int64, now time.Time) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO weekly_entry_versions (org_id, entry_id, version, text, day, place, people, deleted, member_id, at)
		SELECT e.org_id, e.id, coalesce((SELECT max(version) FROM weekly_entry_versions v WHERE v.org_id = e.org_id AND v.entry_id = e.id), 0) + 1,
			e.text, e.day, e.place, e.people, e.deleted_at IS NOT NULL, $3, $4
		FROM weekly_entries e WHERE e.org_id = $1 AND e.id = $2`, orgID, entryID, memberID, now)
	if err != nil {
		return fmt.Errorf("store: unable to record the entry's version: %w", err)
	}
	return nil
}

// Entry returns one entry.
func (s *Service) Entry(ctx context.Context, orgID, id int64) (Entry, error) {
	var e Entry
	err := s.db.GetContext(ctx, &e, `SELECT `+entryColumns+entryFrom+`WHERE e.org_id = $1 AND e.id = $2`, orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, tasks.ErrNotFound
	}
	if err != nil {
		return Entry{}, fmt.Errorf("store: unable to read the entry: %w", err)
	}
	return e, nil
}

// EntryBySeq returns a unit's entry of a week by its number.
func (s *Service) EntryBySeq(ctx context.Context, orgID int64, kind EntryKind, w Week, unitID int64, seq int) (Entry, error) {
	var e Entry
	err := s.db.GetContext(ctx, &e, `SELECT `+entryColumns+entryFrom+`
		WHERE e.org_id = $1 AND e.kind = $2 AND e.week = $3 AND e.unit_id = $4 AND e.seq = $5 AND e.deleted_at IS NULL`,
		orgID, kind, w.String(), unitID, seq)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, tasks.ErrNotFound
	}
	if err != nil {
		return Entry{}, fmt.Errorf("store: unable to read the entry: %w", err)
	}
	return e, nil
}

// EditEntry replaces the text (and details) of an entry of the member's
// unit; the previous version stays in the history.
func (s *Service) EditEntry(ctx context.Context, m tasks.Member, id int64, text string, d Details, now time.Time) (Entry, error) {
	text, err := checkEntryText(text)
	if err != nil {
		return Entry{}, err
	}
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		if err := s.lockOwnEntry(ctx, tx, m, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE weekly_entries SET text = $3, day = $4, place = $5, people = $6, member_id = $7, updated_at = $8
			WHERE org_id = $1 AND id = $2`, m.OrgID, id, text, dateArg(d.Day), d.Place, d.People, m.ID, now); err != nil {
			return fmt.Errorf("store: unable to update the entry: %w", err)
		}
		return addVersion(ctx, tx, m.OrgID, id, m.ID, now)
	})
	if err != nil {
		return Entry{}, fmt.Errorf("edit entry: %w", err)
	}
	return s.Entry(ctx, m.OrgID, id)
}

// DeleteEntry withdraws an entry of the member's unit; it stays in the
// history, marked deleted.
func (s *Service) DeleteEntry(ctx context.Context, m tasks.Member, id int64, now time.Time) error {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if err := s.lockOwnEntry(ctx, tx, m, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE weekly_entries SET deleted_at = $3, updated_at = $3, member_id = $4 WHERE org_id = $1 AND id = $2`, m.OrgID, id, now, m.ID); err != nil {
			return fmt.Errorf("store: unable to delete the entry: %w", err)
		}
		return addVersion(ctx, tx, m.OrgID, id, m.ID, now)
	})
	if err != nil {
		return fmt.Errorf("delete entry: %w", err)
	}
	return nil
}

func (s *Service) lockOwnEntry(ctx context.Context, tx *sqlx.Tx, m tasks.Member, id int64) error {
	var unit int64
	err := tx.GetContext(ctx, &unit, `SELECT unit_id FROM weekly_entries WHERE org_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`, m.OrgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return tasks.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("store: unable to lock the entry: %w", err)
	}
	if !m.ActsFor(unit) {
		return tasks.ErrForbidden
	}
	return nil
}

// Entries returns the current entries of a kind for a week, of the given
// units or, when units is nil, of every unit, by unit and number.
func (s *Service) Entries(ctx context.Context, orgID int64, kind EntryKind, w Week, units []int64) ([]Entry, error) {
	return entries(ctx, s.db, orgID, kind, w, units)
}

func entries(ctx context.Context, q sqlx.QueryerContext, orgID int64, kind EntryKind, w Week, units []int64) ([]Entry, error) {
	where := `WHERE e.org_id = $1 AND e.kind = $2 AND e.week = $3 AND e.deleted_at IS NULL`
	args := []any{orgID, kind, w.String()}
	if units != nil {
		where += ` AND e.unit_id = ANY($4)`
		args = append(args, pq.Array(units))
	}
	var es []Entry
	if err := sqlx.SelectContext(ctx, q, &es, `SELECT `+entryColumns+entryFrom+where+` ORDER BY e.unit_id, e.seq`, args...); err != nil {
		return nil, fmt.Errorf("store: unable to list the entries: %w", err)
	}
	return es, nil
}

// Version is one version of an entry in its history.
type Version struct {
	Version int        `db:"version"`
	Text    string     `db:"text"`
	Day     *time.Time `db:"day"`
	Place   string     `db:"place"`
	People  *int       `db:"people"`
	Deleted bool       `db:"deleted"`
	Member  string     `db:"member_name"`
	At      time.Time  `db:"at"`
}

// History returns every version of an entry, oldest first.
func (s *Service) History(ctx context.Context, orgID, entryID int64) ([]Version, error) {
	var vs []Version
	err := s.db.SelectContext(ctx, &vs, `
		SELECT v.version, v.text, v.day, v.place, v.people, v.deleted, coalesce(m.full_name, '') AS member_name, v.at
		FROM weekly_entry_versions v LEFT JOIN members m ON m.org_id = v.org_id AND m.id = v.member_id
		WHERE v.org_id = $1 AND v.entry_id = $2 ORDER BY v.version`, orgID, entryID)
	if err != nil {
		return nil, fmt.Errorf("store: unable to read the entry's history: %w", err)
	}
	return vs, nil
}

// Attachment is a photo or document attached to a result as evidence,
// kept as its Telegram file id.
type Attachment struct {
	Kind         string    `db:"kind"`
	FileID       string    `db:"file_id"`
	FileUniqueID string    `db:"file_unique_id"`
	FileName     string    `db:"file_name"`
	AddedAt      time.Time `db:"added_at"`
}

// Attachment kinds.
const (
	AttachPhoto    = "photo"
	AttachDocument = "document"
)

// Attach adds evidence to a result of the member's unit. A file already
// attached (same unique id) is not added twice; added says whether it was.
func (s *Service) Attach(ctx context.Context, m tasks.Member, entryID int64, a Attachment, now time.Time) (added bool, err error) {
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		if err := s.lockOwnEntry(ctx, tx, m, entryID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO weekly_attachments (org_id, entry_id, kind, file_id, file_unique_id, file_name, member_id, added_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (org_id, entry_id, file_unique_id) DO NOTHING`,
			m.OrgID, entryID, a.Kind, a.FileID, a.FileUniqueID, a.FileName, m.ID, now)
		if err != nil {
			return fmt.Errorf("store: unable to insert the attachment: %w", err)
		}
		n, _ := res.RowsAffected()
		added = n > 0
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("attach: %w", err)
	}
	return added, nil
}

// Attachments returns the evidence of an entry, in the order it was added.
func (s *Service) Attachments(ctx context.Context, orgID, entryID int64) ([]Attachment, error) {
	var as []Attachment
	err := s.db.SelectContext(ctx, &as, `
		SELECT kind, file_id, file_unique_id, file_name, added_at FROM weekly_attachments
		WHERE org_id = $1 AND entry_id = $2 ORDER BY id`, orgID, entryID)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list the attachments: %w", err)
	}
	return as, nil
}

// dateArg passes a calendar day to a date column as text, so that the
// session's time zone cannot shift it.
func dateArg(d *time.Time) any {
	if d == nil {
		return nil
	}
	return d.Format("2006-01-02")
}
