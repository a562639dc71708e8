package bot

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/go-telegram/bot/models"
	"golang.org/x/text/unicode/norm"
)

// Update is one update from Telegram as dondoc reads it, decoded once at
// the edge (by transform): handlers never see the client library's types.
// Every string a person typed is cleaned (see clean).
type Update struct {
	UpdateID      int64
	Message       *Message
	CallbackQuery *CallbackQuery
}

// Message is a message a person sent, or one of the bot's that they
// replied to or pressed a button under.
type Message struct {
	MessageID int
	// ThreadID is the forum topic the message is in; 0 outside topics.
	ThreadID int
	Chat     *Chat
	From     *User
	// Date is when it was sent, in Unix seconds.
	Date int64
	// Text is the message's text, or its caption for a file.
	Text           string
	Document       *Document
	Photo          []PhotoSize
	ReplyToMessage *Message
	// Forwarded is set for someone else's words: a forward (by
	// forward_origin or the deprecated forward_* fields) or a channel post
	// forwarded into its discussion group.
	Forwarded       bool
	MediaGroupID    string
	MigrateToChatID int64
	// Edited is set for a message the person edited after sending it
	// (Telegram's edited_message): it carries the new text, and is
	// answered, never acted on again (handlers_edits.go).
	Edited bool
}

// Chat is where a message was written.
type Chat struct {
	ID      int64
	Type    string
	Title   string
	IsForum bool
}

// IsPrivate reports whether the chat is a private chat with the bot.
func (c *Chat) IsPrivate() bool { return c != nil && c.Type == "private" }

// User is the person (or bot) who sent a message or pressed a button.
type User struct {
	ID        int64
	IsBot     bool
	FirstName string
	LastName  string
	UserName  string
}

// Document is a file sent as a document.
type Document struct {
	FileID       string
	FileUniqueID string
	FileName     string
	MimeType     string
	FileSize     int
}

// PhotoSize is one size of a photo.
type PhotoSize struct {
	FileID       string
	FileUniqueID string
	FileSize     int
}

// CallbackQuery is a press of an inline button.
type CallbackQuery struct {
	ID   string
	From *User
	Data string
	// Message is the message the button is under; nil when Telegram no
	// longer has it.
	Message *Message
}

// DecodeUpdate decodes one update as Telegram sends it. An update whose
// body cannot be decoded keeps its id and nothing else, so that it is
// recorded and passed over instead of blocking the ones after it.
func DecodeUpdate(raw []byte) (Update, error) {
	var u models.Update
	if err := json.Unmarshal(raw, &u); err != nil {
		var id struct {
			UpdateID int64 `json:"update_id"`
		}
		if err2 := json.Unmarshal(raw, &id); err2 != nil || id.UpdateID == 0 {
			return Update{}, fmt.Errorf("decode update: %w", err)
		}
		return Update{UpdateID: id.UpdateID}, nil
	}
	return transform(&u), nil
}

// transform turns the library's update into dondoc's. It is the one place
// where library types are read.
func transform(u *models.Update) Update {
	out := Update{UpdateID: u.ID}
	if u.Message != nil {
		out.Message = message(u.Message)
	}
	if u.EditedMessage != nil && out.Message == nil {
		out.Message = message(u.EditedMessage)
		out.Message.Edited = true
	}
	if q := u.CallbackQuery; q != nil {
		cq := &CallbackQuery{ID: q.ID, From: user(&q.From), Data: clean(q.Data)}
		switch {
		case q.Message.Message != nil:
			cq.Message = message(q.Message.Message)
		case q.Message.InaccessibleMessage != nil:
			im := q.Message.InaccessibleMessage
			cq.Message = &Message{MessageID: im.MessageID, Chat: chat(&im.Chat)}
		}
		out.CallbackQuery = cq
	}
	return out
}

func message(m *models.Message) *Message {
	out := &Message{
		MessageID:       m.ID,
		Chat:            chat(&m.Chat),
		From:            user(m.From),
		Date:            int64(m.Date),
		Text:            clean(m.Text),
		MediaGroupID:    m.MediaGroupID,
		MigrateToChatID: m.MigrateToChatID,
		Forwarded:       m.ForwardOrigin != nil || m.IsAutomaticForward,
	}
	if m.IsTopicMessage {
		out.ThreadID = m.MessageThreadID
	}
	if out.Text == "" {
		out.Text = clean(m.Caption)
	}
	if d := m.Document; d != nil {
		out.Document = &Document{FileID: d.FileID, FileUniqueID: d.FileUniqueID, FileName: clean(d.FileName), MimeType: d.MimeType, FileSize: int(d.FileSize)}
	}
	for _, p := range m.Photo {
		out.Photo = append(out.Photo, PhotoSize{FileID: p.FileID, FileUniqueID: p.FileUniqueID, FileSize: p.FileSize})
	}
	if m.ReplyToMessage != nil {
		out.ReplyToMessage = message(m.ReplyToMessage)
	}
	return out
}

func chat(c *models.Chat) *Chat {
	return &Chat{ID: c.ID, Type: string(c.Type), Title: clean(c.Title), IsForum: c.IsForum}
}

func user(u *models.User) *User {
	if u == nil {
		return nil
	}
	return &User{ID: u.ID, IsBot: u.IsBot, FirstName: clean(u.FirstName), LastName: clean(u.LastName), UserName: u.Username}
}

// clean is how every string a person typed enters dondoc: NFC-normalised,
// with NUL and the other control characters removed except newline and
// tab, so that no store ever sees them.
func clean(s string) string {
	if s == "" {
		return s
	}
	if strings.IndexFunc(s, isDropped) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isDropped(r) {
				return -1
			}
			return r
		}, s)
	}
	return norm.NFC.String(s)
}

// isDropped reports a control character (C0, DEL or C1) other than \n
// and \t.
func isDropped(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}
