package tgfake

import (
	"strings"
	"time"
)

// errNotModified is Telegram's answer to an edit that changes nothing.
func errNotModified() *apiError {
	return errBadRequest("message is not modified: specified new message content and reply markup are " +
		"exactly the same as a current content and reply markup of the message")
}

// messageRef reads chat_id and message_id of an edit. Inline messages are
// not supported.
func (c *call) messageRef() (int64, int64, *apiError) {
	if c.str("inline_message_id") != "" {
		return 0, 0, errBadRequest("MESSAGE_ID_INVALID")
	}
	if strings.TrimSpace(c.str("chat_id")) == "" {
		return 0, 0, errBadRequest("message identifier is not specified")
	}
	chatID, e := c.chatID()
	if e != nil {
		return 0, 0, e
	}
	msgID := c.num("message_id", 0)
	if msgID <= 0 {
		return 0, 0, errBadRequest("message identifier is not specified")
	}
	return chatID, msgID, nil
}

// editParams reads the keyboard and the message of an edit.
func (c *call) editParams() (mk *markup, chatID, msgID int64, e *apiError) {
	if mk, e = parseMarkup(c.str("reply_markup")); e != nil {
		return nil, 0, 0, e
	}
	if chatID, msgID, e = c.messageRef(); e != nil {
		return nil, 0, 0, e
	}
	return mk, chatID, msgID, nil
}

// editableLocked returns the bot message an edit changes.
func (s *Server) editableLocked(chatID, msgID int64) (*storedMessage, *apiError) {
	sm := s.messageLocked(chatID, msgID)
	if sm == nil {
		return nil, errBadRequest("message to edit not found")
	}
	if !sm.fromBot {
		return nil, errBadRequest("message can't be edited")
	}
	return sm, nil
}

// editMessageText replaces the text of a bot message. As in Telegram, the
// inline keyboard is replaced by reply_markup, so an edit without it
// removes the keyboard.
func (s *Server) editMessageText(c *call) (any, *apiError) {
	text, plain, e := c.textParam()
	if e != nil {
		return nil, e
	}
	mk, chatID, msgID, e := c.editParams()
	if e != nil {
		return nil, e
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	sm, e := s.editableLocked(chatID, msgID)
	if e != nil {
		return nil, e
	}
	if sm.msg.Text == "" {
		return nil, errBadRequest("there is no text in the message to edit")
	}
	if e := checkShown(plain, maxMessageLength, "message is too long", mk); e != nil {
		return nil, e
	}
	if sm.raw == text && strings.EqualFold(sm.parseMode, c.str("parse_mode")) && sm.markup.key() == mk.key() {
		return nil, errNotModified()
	}

	sm.raw, sm.parseMode, sm.markup = text, c.str("parse_mode"), mk
	sm.msg.Text = plain
	sm.msg.ReplyMarkup = mk.inline
	sm.msg.EditDate = int(time.Now().Unix())
	sm.msg = deepCopy(sm.msg)
	s.recordSentLocked(SentMessage{
		Method:                c.method,
		ChatID:                chatID,
		MessageID:             msgID,
		Text:                  text,
		ParseMode:             sm.parseMode,
		PlainText:             plain,
		Buttons:               mk.buttons,
		DisableWebPagePreview: c.flag("disable_web_page_preview"),
		At:                    time.Now(),
	})
	return deepCopy(sm.msg), nil
}

// editMessageReplyMarkup replaces the inline keyboard of a bot message;
// no reply_markup removes it.
func (s *Server) editMessageReplyMarkup(c *call) (any, *apiError) {
	mk, chatID, msgID, e := c.editParams()
	if e != nil {
		return nil, e
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	sm, e := s.editableLocked(chatID, msgID)
	if e != nil {
		return nil, e
	}
	if mk.late != nil {
		return nil, mk.late
	}
	if sm.markup.key() == mk.key() {
		return nil, errNotModified()
	}

	sm.markup = mk
	sm.msg.ReplyMarkup = mk.inline
	sm.msg.EditDate = int(time.Now().Unix())
	sm.msg = deepCopy(sm.msg)
	rec := SentMessage{
		Method:    c.method,
		ChatID:    chatID,
		MessageID: msgID,
		Text:      sm.raw,
		ParseMode: sm.parseMode,
		PlainText: sm.msg.Text,
		Buttons:   mk.buttons,
		Caption:   sm.msg.Caption,
		At:        time.Now(),
	}
	s.recordSentLocked(rec)
	return deepCopy(sm.msg), nil
}
