package tgfake

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"
)

// User is a simulated Telegram user.
type User struct {
	ID        int64
	FirstName string
	LastName  string
	Username  string
}

func (u User) tg() WireUser {
	first := u.FirstName
	if first == "" {
		first = fmt.Sprintf("User %d", u.ID)
	}
	return WireUser{ID: u.ID, FirstName: first, LastName: u.LastName, UserName: u.Username}
}

// Chat is a simulated group, supergroup or channel. Its ID is negative.
type Chat struct {
	ID    int64
	Title string
	// Type is "group" (the default when empty), "supergroup" or "channel".
	Type string
	// Forum makes a supergroup a forum, with topics.
	Forum bool
}

func (c Chat) tg() WireChat {
	t := c.Type
	if t == "" {
		t = "group"
	}
	if c.Forum {
		t = "supergroup"
	}
	return WireChat{ID: c.ID, Type: t, Title: c.Title, IsForum: c.Forum}
}

// SendText simulates from writing text to the bot in their private chat,
// which starts the chat. A leading /command gets a bot_command entity, as
// do commands elsewhere in the text, following Telegram's rules.
func (s *Server) SendText(from User, text string) Update {
	return s.userMessage(from, from.ID, func(m *Message) {
		m.Text = text
		m.Entities = commandEntities(text)
	})
}

// SendGroupText simulates from writing text in a group, which makes the
// bot a member of it. It does not start from's private chat.
func (s *Server) SendGroupText(from User, chat Chat, text string) Update {
	s.AddGroup(chat)
	return s.userMessage(from, chat.ID, func(m *Message) {
		m.Text = text
		m.Entities = commandEntities(text)
	})
}

// Reply simulates from replying with text to message replyTo in chat
// chatID (their private chat or a group). reply_to_message is the stored
// message, which may be one the bot sent. It panics if replyTo never
// existed.
func (s *Server) Reply(from User, chatID, replyTo int64, text string) Update {
	return s.userMessage(from, chatID, func(m *Message) {
		if replyTo <= 0 || replyTo >= int64(m.MessageID) {
			panic(fmt.Sprintf("tgfake: Reply: message %d never existed in chat %d", replyTo, chatID))
		}
		if sm := s.messageLocked(chatID, replyTo); sm != nil {
			m.ReplyToMessage = replySnapshot(sm.msg)
		}
		m.Text = text
		m.Entities = commandEntities(text)
	})
}

// SendDocument simulates from sending a file to chatID. The file is stored
// so that getFile and the download URL serve it.
func (s *Server) SendDocument(from User, chatID int64, name, mimeType string, data []byte, caption string) Update {
	return s.userMessage(from, chatID, func(m *Message) {
		f := s.addFileLocked(kindDocument, name, mimeType, data)
		m.Document = f.document()
		m.Caption = caption
	})
}

// SendPhoto simulates from sending a photo to chatID. The photo is stored
// so that getFile and the download URL serve it.
func (s *Server) SendPhoto(from User, chatID int64, data []byte, caption string) Update {
	return s.userMessage(from, chatID, func(m *Message) {
		f := s.addFileLocked(kindPhoto, "photo.jpg", "image/jpeg", data)
		m.Photo = f.photo()
		m.Caption = caption
	})
}

// Forward simulates from forwarding a message the bot sent (original) into
// chatID: the content is the original's current content, and
// forward_origin (Bot API 7.0) names the bot. The deprecated forward_from
// and forward_date are there too, unless ForwardOriginOnly was called.
func (s *Server) Forward(from User, chatID int64, original SentMessage) Update {
	return s.userMessageWire(from, chatID, func(m *Message) {
		m.ForwardFrom = s.botUser()
		m.ForwardDate = int(original.At.Unix())
		if sm := s.messageLocked(original.ChatID, original.MessageID); sm != nil {
			c := deepCopy(sm.msg)
			m.Text, m.Entities = c.Text, c.Entities
			m.Document, m.Photo, m.Caption = c.Document, c.Photo, c.Caption
			return
		}
		m.Text = original.PlainText
		m.Caption = original.Caption
		if original.Document != nil {
			m.Document = s.addFileLocked(kindDocument, original.Document.Name, "", original.Document.Data).document()
		}
		if original.Photo != nil {
			m.Photo = s.addFileLocked(kindPhoto, original.Photo.Name, "image/jpeg", original.Photo.Data).photo()
		}
	}, func(m *Message, _ Update) json.RawMessage { s.forwardLocked(m); return nil })
}

// ForwardOriginOnly makes Forward describe forwarded messages by
// forward_origin alone, as Bot API 7.0 documents them, without the
// deprecated forward_* fields.
func (s *Server) ForwardOriginOnly() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.originOnly = true
}

// forwardLocked adds forward_origin to a forwarded message and, after
// ForwardOriginOnly, takes the deprecated fields out of it.
func (s *Server) forwardLocked(m *Message) {
	m.ForwardOrigin = &MessageOrigin{Type: "user", SenderUser: s.botUser(), Date: m.ForwardDate}
	if s.originOnly {
		m.ForwardFrom, m.ForwardDate = nil, 0
	}
}

// PressButton simulates from pressing an inline button with callback data
// data under msg: the callback_query carries the message's current state
// and a fresh id, which answerCallbackQuery accepts once. data is not
// checked against the keyboard, so stale or forged presses can be tested.
// Pressing a button in one's private chat starts it. It panics if the
// message was never sent.
func (s *Server) PressButton(from User, msg SentMessage, data string) Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	sm := s.messageLocked(msg.ChatID, msg.MessageID)
	if sm == nil {
		panic(fmt.Sprintf("tgfake: PressButton: message %d in chat %d does not exist", msg.MessageID, msg.ChatID))
	}
	u := s.knowUserLocked(from)
	if msg.ChatID == from.ID {
		u.started = true
	}
	s.nextCallbackID++
	id := strconv.FormatInt(4_000_000_000_000_000_000+s.nextCallbackID, 10)
	s.callbacks[id] = false
	snapshot := deepCopy(sm.msg)
	tgFrom := from.tg()
	upd := Update{
		UpdateID: s.nextUpdateIDLocked(),
		CallbackQuery: &CallbackQuery{
			ID:           id,
			From:         &tgFrom,
			Message:      &snapshot,
			ChatInstance: strconv.FormatInt(msg.ChatID, 10),
			Data:         data,
		},
	}
	s.enqueueLocked(upd, false)
	return deepCopy(upd)
}

// userMessage builds a message from from in chatID with fill, which runs
// under the lock, stores it and queues it as an update.
func (s *Server) userMessage(from User, chatID int64, fill func(m *Message)) Update {
	return s.userMessageWire(from, chatID, fill, nil)
}

// userMessageWire is userMessage with wire, when not nil, making the update
// as delivered (under the lock, before the message is stored; it may
// change the message).
func (s *Server) userMessageWire(from User, chatID int64, fill func(m *Message), wire func(m *Message, u Update) json.RawMessage) Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.knowUserLocked(from)
	var chat WireChat
	switch {
	case chatID == from.ID:
		u.started = true
		chat = privateChat(u.user)
	case chatID < 0:
		g := s.groupLocked(chatID)
		if g.migratedTo != 0 {
			panic(fmt.Sprintf("tgfake: chat %d was migrated to %d; post there", chatID, g.migratedTo))
		}
		chat = g.chat
	default:
		panic(fmt.Sprintf("tgfake: user %d cannot post in the private chat of user %d", from.ID, chatID))
	}
	tgFrom := u.user
	m := Message{
		MessageID: int(s.nextMessageIDLocked(chatID)),
		From:      &tgFrom,
		Date:      int(time.Now().Unix()),
		Chat:      &chat,
	}
	fill(&m)
	upd := Update{UpdateID: s.nextUpdateIDLocked(), Message: &m}
	var raw json.RawMessage
	if wire != nil {
		raw = wire(&m, upd)
	}
	s.storeLocked(m, &storedMessage{})
	s.enqueueWireLocked(upd, raw, false)
	return deepCopy(upd)
}

// commandEntities returns the bot_command entities of text, found as
// Telegram finds them: "/" not preceded by a word character, '/', '<' or
// '>', then 1 to 64 of [A-Za-z0-9_], optionally "@" and 3 to 32 of them,
// not followed by a word character, '/', '<' or '>'. Offsets and lengths
// are in UTF-16 code units.
func commandEntities(text string) []MessageEntity {
	var out []MessageEntity
	isCmd := func(c byte) bool { return isAlnum(c) || c == '_' }
	for i := 0; i < len(text); i++ {
		if text[i] != '/' {
			continue
		}
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if isWordRune(prev) || prev == '/' || prev == '<' || prev == '>' {
				continue
			}
		}
		j := i + 1
		for j < len(text) && isCmd(text[j]) {
			j++
		}
		if n := j - i - 1; n < 1 || n > 64 {
			continue
		}
		end := j
		if j < len(text) && text[j] == '@' {
			k := j + 1
			for k < len(text) && isCmd(text[k]) {
				k++
			}
			if n := k - j - 1; n < 3 || n > 32 {
				continue
			}
			end = k
		}
		if end < len(text) {
			next, _ := utf8.DecodeRuneInString(text[end:])
			if isWordRune(next) || next == '/' || next == '<' || next == '>' {
				continue
			}
		}
		out = append(out, MessageEntity{
			Type:   "bot_command",
			Offset: UTF16Len(text[:i]),
			Length: end - i,
		})
		i = end - 1
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// SendTopicText simulates from writing text in topic thread of a forum
// supergroup (the topic is created if new): the message carries
// message_thread_id and is_topic_message, as Telegram sends them.
func (s *Server) SendTopicText(from User, chat Chat, thread int64, text string) Update {
	chat.Forum = true
	s.AddGroup(chat)
	s.mu.Lock()
	g := s.groups[chat.ID]
	if g.topics == nil {
		g.topics = map[int64]bool{}
	}
	g.topics[thread] = true
	s.mu.Unlock()
	return s.userMessage(from, chat.ID, func(m *Message) {
		m.Text = text
		m.Entities = commandEntities(text)
		m.MessageThreadID, m.IsTopicMessage = int(thread), true
	})
}
