package tgfake

import (
	"fmt"
	"time"
)

// EditText simulates from editing the text of a message they sent to
// chatID earlier (upd, as returned by SendText, SendGroupText or Reply):
// the stored message takes the new text, its entities and an edit_date,
// and an edited_message update carries it, as Telegram delivers an edit
// (when allowed_updates lets edited_message through). It panics if the
// message does not exist or is not from.
func (s *Server) EditText(from User, upd Update, text string) Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	if upd.Message == nil || upd.Message.Chat == nil {
		panic("tgfake: EditText: the update carries no message")
	}
	sm := s.messageLocked(upd.Message.Chat.ID, int64(upd.Message.MessageID))
	if sm == nil || sm.fromBot || sm.msg.From == nil || sm.msg.From.ID != from.ID {
		panic(fmt.Sprintf("tgfake: EditText: user %d sent no message %d in chat %d", from.ID, upd.Message.MessageID, upd.Message.Chat.ID))
	}
	sm.msg.Text = text
	sm.msg.Entities = commandEntities(text)
	sm.msg.EditDate = int(time.Now().Unix())
	edited := deepCopy(sm.msg)
	u := Update{UpdateID: s.nextUpdateIDLocked(), EditedMessage: &edited}
	s.enqueueLocked(u, false)
	return deepCopy(u)
}
