package tgfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"strings"
	"time"
)

// sendMessage sends a text message. Checks run in Telegram's order:
// parameters (text, entities, keyboard), then the chat and the replied
// message, then the length and the buttons.
func (s *Server) sendMessage(c *call) (any, *apiError) {
	text, plain, e := c.textParam()
	if e != nil {
		return nil, e
	}
	mk, chatID, e := c.sendParams()
	if e != nil {
		return nil, e
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	reply, replyID, e := s.sendChecksLocked(c, chatID, plain, maxMessageLength, "message is too long", mk)
	if e != nil {
		return nil, e
	}

	m := s.newBotMessageLocked(chatID)
	if s.lastThread != 0 {
		m.MessageThreadID, m.IsTopicMessage = int(s.lastThread), true
	}
	m.Text = plain
	m.ReplyMarkup = mk.inline
	m.ReplyToMessage = reply
	s.storeLocked(m, &storedMessage{fromBot: true, raw: text, parseMode: c.str("parse_mode"), markup: mk})
	s.recordSentLocked(SentMessage{
		Method:                c.method,
		ChatID:                chatID,
		MessageID:             int64(m.MessageID),
		Text:                  text,
		ParseMode:             c.str("parse_mode"),
		PlainText:             plain,
		Buttons:               mk.buttons,
		ReplyToMessageID:      replyID,
		DisableWebPagePreview: c.flag("disable_web_page_preview") || c.previewDisabled(),
		At:                    time.Now(),
	})
	return m, nil
}

// textParam reads the text parameter of sendMessage and editMessageText
// and returns it with the text Telegram shows; neither may be empty.
func (c *call) textParam() (text, plain string, e *apiError) {
	text = c.str("text")
	if text == "" {
		return "", "", errBadRequest("message text is empty")
	}
	if plain, e = formatText(text, c.str("parse_mode")); e != nil {
		return "", "", e
	}
	if plain == "" {
		return "", "", errBadRequest("message text is empty")
	}
	return text, plain, nil
}

// sendParams reads the keyboard and the chat of a send.
func (c *call) sendParams() (*markup, int64, *apiError) {
	mk, e := parseMarkup(c.str("reply_markup"))
	if e != nil {
		return nil, 0, e
	}
	chatID, e := c.chatID()
	if e != nil {
		return nil, 0, e
	}
	return mk, chatID, nil
}

// sendChecksLocked runs the checks of a send that need the chats, in
// Telegram's order: the chat, the replied message, then the shown text's
// length and the buttons. It returns the replied message and its id.
func (s *Server) sendChecksLocked(c *call, chatID int64, shown string, limit int, tooLong string, mk *markup) (*Message, int64, *apiError) {
	if e := s.checkWritableLocked(chatID); e != nil {
		return nil, 0, e
	}
	s.lastThread = 0
	if thread := c.num("message_thread_id", 0); thread != 0 {
		g := s.groups[chatID]
		if g == nil || !g.chat.IsForum || !g.topics[thread] {
			return nil, 0, errBadRequest("message thread not found")
		}
		s.lastThread = thread
	}
	reply, replyID, e := s.replyLocked(c, chatID)
	if e != nil {
		return nil, 0, e
	}
	if e := checkShown(shown, limit, tooLong, mk); e != nil {
		return nil, 0, e
	}
	return reply, replyID, nil
}

// checkShown refuses a text longer than limit UTF-16 code units as shown,
// then a keyboard whose errors Telegram reports late (button data).
func checkShown(shown string, limit int, tooLong string, mk *markup) *apiError {
	if UTF16Len(shown) > limit {
		return errBadRequest(tooLong)
	}
	return mk.late
}

// replyLocked resolves reply_to_message_id in chatID.
func (s *Server) replyLocked(c *call, chatID int64) (*Message, int64, *apiError) {
	id := c.num("reply_to_message_id", 0)
	if id <= 0 {
		return nil, 0, nil
	}
	sm := s.messageLocked(chatID, id)
	if sm == nil {
		if c.flag("allow_sending_without_reply") {
			return nil, 0, nil
		}
		return nil, 0, errBadRequest("message to be replied not found")
	}
	return replySnapshot(sm.msg), id, nil
}

// sendDocument sends a file as a document.
func (s *Server) sendDocument(c *call) (any, *apiError) {
	return s.sendFile(c, "document", kindDocument)
}

// sendPhoto sends a photo.
func (s *Server) sendPhoto(c *call) (any, *apiError) {
	return s.sendFile(c, "photo", kindPhoto)
}

// sendFile implements sendDocument and sendPhoto: the file is a multipart
// upload in field, or the file_id of a file Telegram already has.
func (s *Server) sendFile(c *call, field, kind string) (any, *apiError) {
	caption := c.str("caption")
	plainCaption, e := formatText(caption, c.str("parse_mode"))
	if e != nil {
		return nil, e
	}
	up := c.files[field]
	ref := strings.TrimSpace(c.str(field))
	switch {
	case up != nil && len(up.data) == 0:
		return nil, errBadRequest("file must be non-empty")
	case up == nil && ref == "":
		return nil, errBadRequest(fmt.Sprintf("there is no %s in the request", field))
	case up == nil && (strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "https://")):
		// The fake cannot fetch URLs.
		return nil, errBadRequest("wrong file identifier/HTTP URL specified")
	}
	mk, chatID, e := c.sendParams()
	if e != nil {
		return nil, e
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	var existing *storedFile
	if up == nil {
		existing = s.files[ref]
		if existing == nil {
			return nil, errBadRequest("wrong file identifier/HTTP URL specified")
		}
		if existing.kind != kind {
			return nil, errBadRequest(fmt.Sprintf("can't use file of type %s as %s", existing.kind, kind))
		}
	}
	reply, replyID, e := s.sendChecksLocked(c, chatID, plainCaption, maxCaptionLength, "message caption is too long", mk)
	if e != nil {
		return nil, e
	}
	if up != nil && kind == kindPhoto {
		if _, _, err := image.DecodeConfig(bytes.NewReader(up.data)); err != nil {
			return nil, errBadRequest("IMAGE_PROCESS_FAILED")
		}
	}

	f := existing
	if f == nil {
		name := up.name
		if name == "" {
			name = field
		}
		f = s.addFileLocked(kind, name, up.mime, up.data)
	}
	m := s.newBotMessageLocked(chatID)
	m.Caption = plainCaption
	m.ReplyMarkup = mk.inline
	m.ReplyToMessage = reply
	rec := SentMessage{
		Method:           c.method,
		ChatID:           chatID,
		MessageID:        int64(m.MessageID),
		ParseMode:        c.str("parse_mode"),
		Buttons:          mk.buttons,
		ReplyToMessageID: replyID,
		Caption:          caption,
		At:               time.Now(),
	}
	if kind == kindPhoto {
		m.Photo = f.photo()
		rec.Photo = f.record()
	} else {
		m.Document = f.document()
		rec.Document = f.record()
	}
	s.storeLocked(m, &storedMessage{fromBot: true, parseMode: c.str("parse_mode"), markup: mk})
	s.recordSentLocked(rec)
	return m, nil
}

// previewDisabled reads link_preview_options' is_disabled.
func (c *call) previewDisabled() bool {
	raw := c.str("link_preview_options")
	if raw == "" {
		return false
	}
	var o struct {
		IsDisabled bool `json:"is_disabled"`
	}
	return json.Unmarshal([]byte(raw), &o) == nil && o.IsDisabled
}
