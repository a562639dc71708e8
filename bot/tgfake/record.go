package tgfake

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// Button is an inline keyboard button as the bot sent it.
type Button struct {
	Text         string
	CallbackData string
	URL          string
	WebApp       string // the web_app button's address
}

// File is a file's name and contents.
type File struct {
	Name string
	Data []byte
}

// SentMessage records one successful send or edit by the bot.
type SentMessage struct {
	// Method is the API method: sendMessage, sendDocument, sendPhoto,
	// editMessageText or editMessageReplyMarkup.
	Method    string
	ChatID    int64
	MessageID int64
	// Text is the text as the bot sent it, markup included; for
	// editMessageReplyMarkup it is the message's current text.
	Text      string
	ParseMode string
	// PlainText is Text as Telegram shows it: markup removed, entities
	// decoded, white space trimmed.
	PlainText string
	// Buttons is the inline keyboard after the call; nil when there is none.
	Buttons          [][]Button
	ReplyToMessageID int64
	Document         *File
	Photo            *File
	Caption          string
	// DisableWebPagePreview is the disable_web_page_preview parameter, or
	// link_preview_options' is_disabled (Bot API 7.0).
	DisableWebPagePreview bool
	// ThreadID is message_thread_id: the forum topic sent to, 0 for none.
	ThreadID int64
	At       time.Time
}

// Button returns the button with callback data data, false if the message
// has none.
func (m SentMessage) Button(data string) (Button, bool) {
	for _, row := range m.Buttons {
		for _, b := range row {
			if b.CallbackData == data {
				return b, true
			}
		}
	}
	return Button{}, false
}

// HasButton reports whether the message has a button with callback data
// data.
func (m SentMessage) HasButton(data string) bool {
	_, ok := m.Button(data)
	return ok
}

// String formats the message for failure messages.
func (m SentMessage) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s chat=%d msg=%d", m.Method, m.ChatID, m.MessageID)
	if m.ParseMode != "" {
		fmt.Fprintf(&b, " parse_mode=%s", m.ParseMode)
	}
	if m.ReplyToMessageID != 0 {
		fmt.Fprintf(&b, " reply_to=%d", m.ReplyToMessageID)
	}
	if m.Text != "" {
		fmt.Fprintf(&b, " text=%q", m.Text)
	}
	if m.Document != nil {
		fmt.Fprintf(&b, " document=%q (%d bytes)", m.Document.Name, len(m.Document.Data))
	}
	if m.Photo != nil {
		fmt.Fprintf(&b, " photo=%q (%d bytes)", m.Photo.Name, len(m.Photo.Data))
	}
	if m.Caption != "" {
		fmt.Fprintf(&b, " caption=%q", m.Caption)
	}
	for _, row := range m.Buttons {
		b.WriteString(" [")
		for i, btn := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%q", btn.Text)
			if btn.CallbackData != "" {
				fmt.Fprintf(&b, "->%q", btn.CallbackData)
			}
			if btn.URL != "" {
				fmt.Fprintf(&b, "->%s", btn.URL)
			}
		}
		b.WriteString("]")
	}
	return b.String()
}

// Request records one HTTP request to the API with its outcome.
type Request struct {
	// Method is the method name, canonically spelled when it is known.
	Method string
	// At is when the request arrived.
	At time.Time
	// ChatID is the chat_id parameter, 0 when absent.
	ChatID int64
	// Status is the HTTP status answered.
	Status int
}

// CallbackAnswer records an answerCallbackQuery call that succeeded.
type CallbackAnswer struct {
	ID        string
	Text      string
	ShowAlert bool
}

// CommandSet records a setMyCommands call that succeeded.
type CommandSet struct {
	Commands     []BotCommand
	Scope        *BotCommandScope
	LanguageCode string
}

// recordSentLocked appends m to the record and wakes WaitSent callers.
func (s *Server) recordSentLocked(m SentMessage) {
	if m.ThreadID == 0 {
		m.ThreadID = s.lastThread
	}
	s.lastThread = 0
	s.sent = append(s.sent, m)
	close(s.sentSignal)
	s.sentSignal = make(chan struct{})
}

// Sent returns every successful send and edit, oldest first.
func (s *Server) Sent() []SentMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.sent)
}

// SentTo returns the successful sends and edits in one chat, oldest first.
func (s *Server) SentTo(chatID int64) []SentMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []SentMessage
	for _, m := range s.sent {
		if m.ChatID == chatID {
			out = append(out, m)
		}
	}
	return out
}

// WaitSent waits until a recorded send or edit (including earlier ones)
// matches pred, and returns the first that does. A nil pred matches any. On
// timeout it fails the test with everything that was sent. Call it from the
// test's goroutine.
func (s *Server) WaitSent(t testing.TB, timeout time.Duration, pred func(SentMessage) bool) SentMessage {
	t.Helper()
	got := s.WaitCount(t, timeout, 1, pred)
	if len(got) == 0 {
		return SentMessage{} // only when t.Fatalf returned
	}
	return got[0]
}

// WaitCount waits until at least n recorded sends and edits match pred, and
// returns all that match. A nil pred matches any. On timeout it fails the
// test with everything that was sent. Call it from the test's goroutine.
func (s *Server) WaitCount(t testing.TB, timeout time.Duration, n int, pred func(SentMessage) bool) []SentMessage {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		signal := s.sentSignal
		all := slices.Clone(s.sent)
		s.mu.Unlock()
		var matched []SentMessage
		for _, m := range all {
			if pred == nil || pred(m) {
				matched = append(matched, m)
			}
		}
		if len(matched) >= n {
			return matched
		}
		select {
		case <-signal:
		case <-deadline.C:
			t.Fatalf("tgfake: after %v, %d of %d expected messages were sent; all %d sent:\n%s",
				timeout, len(matched), n, len(all), dumpSent(all))
			return nil
		}
	}
}

func dumpSent(all []SentMessage) string {
	if len(all) == 0 {
		return "  (nothing)"
	}
	var b strings.Builder
	for i, m := range all {
		fmt.Fprintf(&b, "  #%d %s\n", i, m)
	}
	return b.String()
}

// Commands returns the commands of the last successful setMyCommands call,
// whatever its scope.
func (s *Server) Commands() []BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.commandSets) == 0 {
		return nil
	}
	return slices.Clone(s.commandSets[len(s.commandSets)-1].Commands)
}

// CommandSets returns every successful setMyCommands call, oldest first.
func (s *Server) CommandSets() []CommandSet {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.commandSets)
}

// CallbackAnswers returns the successful answerCallbackQuery calls.
func (s *Server) CallbackAnswers() []CallbackAnswer {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.answers)
}

// Calls returns how many requests for method arrived, whatever their
// outcome. Use the canonical spelling, e.g. "sendMessage".
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// Requests returns every request answered so far with its HTTP status, in
// the order they were answered.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// UnknownMethods returns the names of the methods called that the fake
// does not implement (they were answered 404), in call order.
func (s *Server) UnknownMethods() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.unknown)
}
