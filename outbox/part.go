package outbox

import (
	"context"
	"encoding/json"
	"time"
)

// Part is one Telegram message that an outbox row becomes.
type Part struct {
	// Text is HTML; every user-supplied string in it must be escaped.
	Text    string
	Buttons [][]Button
	// File, when set, is sent as a document (or photo) with Text as caption.
	File *File
	// OrgID is the organisation of the row the part belongs to, set by the
	// sender before the transport sees it (renderers leave it 0); the
	// transport reads per-organisation settings (a chat's forum topic) by it.
	OrgID int64
}

// Button is an inline button: a callback (Data), a link (URL) or a Mini
// App (WebApp, its https address; Telegram allows these in private chats
// only).
type Button struct {
	Text   string `json:"text"`
	Data   string `json:"data,omitempty"`
	URL    string `json:"url,omitempty"`
	WebApp string `json:"web_app,omitempty"`
}

// File is a document or photo to send.
type File struct {
	Name  string
	Data  []byte
	Photo bool
}

// Row is a claimed outbox row.
type Row struct {
	OrgID     int64           `db:"org_id"`
	ID        int64           `db:"id"`
	IdemKey   string          `db:"idem_key"`
	ChatID    int64           `db:"chat_id"`
	Kind      string          `db:"kind"`
	Payload   json.RawMessage `db:"payload"`
	TaskID    *int64          `db:"task_id"`
	MemberID  *int64          `db:"member_id"`
	Attempts  int             `db:"attempts"`
	PartsSent int             `db:"parts_sent"`
	CreatedAt time.Time       `db:"created_at"`
	DueAt     time.Time       `db:"next_attempt_at"`
	// LeaseUntil is when another sender may take the row back.
	LeaseUntil time.Time `db:"lease_until"`
	// ClaimedBy names the sender (and its run) that claimed the row.
	ClaimedBy string `db:"claimed_by"`
}

// Renderer turns a row into the messages to send, at the moment of sending.
// It returns ErrObsolete for a message that is no longer needed.
type Renderer interface {
	Render(ctx context.Context, r Row, now time.Time) ([]Part, error)
}

// Transport sends one part to a chat and returns Telegram's message id. With
// plain set it sends Text without markup. Failures should be *SendError.
type Transport interface {
	Send(ctx context.Context, chatID int64, p Part, plain bool) (int64, error)
}

// Hooks are told about deliveries that change what the domain knows.
type Hooks interface {
	// Unreachable is called when Telegram refuses a chat for good.
	Unreachable(ctx context.Context, r Row, cause error, now time.Time) error
	// Migrated is called when a group chat moved to a new id.
	Migrated(ctx context.Context, orgID, from, to int64) error
}
