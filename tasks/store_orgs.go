package tasks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/vntext"
)

// Org is an organisation: a district or commune office.
type Org struct {
	ID        int64           `db:"id"`
	Slug      string          `db:"slug"`
	Name      string          `db:"name"`
	Timezone  string          `db:"timezone"`
	Settings  json.RawMessage `db:"settings"`
	CreatedAt time.Time       `db:"created_at"`
	Level     Level           `db:"level"`     // tinh, xa, or huyen for the districts of before
	ParentID  *int64          `db:"parent_id"` // the province of a commune, if linked
	BotID     *int64          `db:"bot_id"`    // the bot that speaks for it; nil until bound (store_bots.go)
}

// Location returns the organisation's time zone.
func (o Org) Location() (*time.Location, error) {
	loc, err := time.LoadLocation(o.Timezone)
	if err != nil {
		return nil, fmt.Errorf("org %d time zone %q: %w", o.ID, o.Timezone, err)
	}
	return loc, nil
}

// Setting decodes the settings section key into v, leaving v as it is when
// the section is absent.
func (o Org) Setting(key string, v any) error {
	if len(o.Settings) == 0 {
		return nil
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(o.Settings, &all); err != nil {
		return fmt.Errorf("org %d settings: %w", o.ID, err)
	}
	raw, ok := all[key]
	if !ok {
		return nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("org %d setting %s: %w", o.ID, key, err)
	}
	return nil
}

const orgColumns = `id, slug, name, timezone, settings, created_at, level, parent_id, bot_id`

// CreateOrg creates an organisation in time zone tz. Its slug is made from
// the name ("UBND huyện Đầm Hà" → "ubnd-huyen-dam-ha"), with a number added
// when taken.
func (s *Store) CreateOrg(ctx context.Context, name, tz string, now time.Time) (Org, error) {
	return createOrg(ctx, s.db, name, tz, now)
}

func createOrg(ctx context.Context, q sqlx.QueryerContext, name, tz string, now time.Time) (Org, error) {
	name = vntext.Clean(name)
	if name == "" {
		return Org{}, errors.New("create org: empty name")
	}
	if _, err := time.LoadLocation(tz); err != nil {
		return Org{}, fmt.Errorf("create org: time zone: %w", err)
	}
	base := slugify(name)
	var org Org
	for i := 1; ; i++ {
		slug := base
		if i > 1 {
			slug = fmt.Sprintf("%s-%d", base, i)
		}
		err := sqlx.GetContext(ctx, q, &org, `
			INSERT INTO orgs (slug, name, timezone, created_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (slug) DO NOTHING
			RETURNING `+orgColumns, slug, name, tz, now)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return Org{}, fmt.Errorf("create org: %w", err)
		}
		return org, nil
	}
}

// Org returns the organisation with the id.
func (s *Store) Org(ctx context.Context, id int64) (Org, error) {
	return loadOrg(ctx, s.db, id)
}

func loadOrg(ctx context.Context, q sqlx.QueryerContext, id int64) (Org, error) {
	var org Org
	err := sqlx.GetContext(ctx, q, &org, `SELECT `+orgColumns+` FROM orgs WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return Org{}, ErrNotFound
	}
	if err != nil {
		return Org{}, fmt.Errorf("org: %w", err)
	}
	return org, nil
}

// OrgByRef finds an organisation by id or slug, as operators name it on the
// command line.
func (s *Store) OrgByRef(ctx context.Context, ref string) (Org, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return s.Org(ctx, id)
	}
	var org Org
	err := s.db.GetContext(ctx, &org, `SELECT `+orgColumns+` FROM orgs WHERE slug = $1`, strings.ToLower(ref))
	if errors.Is(err, sql.ErrNoRows) {
		return Org{}, ErrNotFound
	}
	if err != nil {
		return Org{}, fmt.Errorf("org by ref: %w", err)
	}
	return org, nil
}

// Orgs returns every organisation.
func (s *Store) Orgs(ctx context.Context) ([]Org, error) {
	var orgs []Org
	if err := s.db.SelectContext(ctx, &orgs, `SELECT `+orgColumns+` FROM orgs ORDER BY id`); err != nil {
		return nil, fmt.Errorf("orgs: %w", err)
	}
	return orgs, nil
}

// SetOrgSetting stores v as the settings section key of an organisation.
func (s *Store) SetOrgSetting(ctx context.Context, orgID int64, key string, v any) error {
	return SetOrgSettingTx(ctx, s.db, orgID, key, v)
}

func slugify(name string) string {
	f := vntext.Fold(name)
	var b strings.Builder
	dash := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "org"
	}
	return s
}
