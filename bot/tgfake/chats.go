package tgfake

import (
	"fmt"
)

// userState is what the fake knows about a user.
type userState struct {
	user    WireUser
	started bool // the user opened the private chat with the bot
	blocked bool // the user blocked the bot
}

// groupState is a group, supergroup or channel the bot is in.
type groupState struct {
	chat       WireChat
	migratedTo int64
	kicked     bool           // the bot was removed from the group (RemoveBot)
	muted      bool           // the bot may not post in the group (MuteBot)
	topics     map[int64]bool // forum topics opened by SendTopicText
}

// userLocked returns the state of a user, creating it.
func (s *Server) userLocked(id int64) *userState {
	u := s.users[id]
	if u == nil {
		u = &userState{user: WireUser{ID: id, FirstName: fmt.Sprintf("User %d", id)}}
		s.users[id] = u
	}
	return u
}

// knowUserLocked records a user's names.
func (s *Server) knowUserLocked(from User) *userState {
	u := s.userLocked(from.ID)
	u.user = from.tg()
	return u
}

// chatLocked returns the chat object for an id the fake knows.
func (s *Server) chatLocked(chatID int64) WireChat {
	if g := s.groups[chatID]; g != nil {
		return g.chat
	}
	if u := s.users[chatID]; u != nil {
		return privateChat(u.user)
	}
	return WireChat{ID: chatID, Type: "private"}
}

// privateChat is the private chat between the bot and u.
func privateChat(u WireUser) WireChat {
	return WireChat{
		ID:        u.ID,
		Type:      "private",
		FirstName: u.FirstName,
		LastName:  u.LastName,
		UserName:  u.UserName,
	}
}

// checkWritableLocked returns the error Telegram gives when the bot sends
// to chatID, nil when it may.
func (s *Server) checkWritableLocked(chatID int64) *apiError {
	if chatID == s.bot.ID {
		return errForbidden("bot can't send messages to bots")
	}
	if chatID > 0 {
		u := s.users[chatID]
		switch {
		case u == nil:
			return errChatNotFound()
		case u.blocked:
			return errForbidden("bot was blocked by the user")
		case !u.started:
			return errForbidden("bot can't initiate conversation with a user")
		}
		return nil
	}
	g := s.groups[chatID]
	switch {
	case g == nil:
		return errChatNotFound()
	case g.migratedTo != 0:
		return errMigrated(g.migratedTo)
	case g.kicked:
		return errForbidden("bot was kicked from the " + groupWord(g.chat.Type) + " chat")
	case g.muted:
		return errBadRequest("not enough rights to send text messages to the chat")
	}
	return nil
}

func errMigrated(to int64) *apiError {
	e := errBadRequest("group chat was upgraded to a supergroup chat")
	e.params = &ResponseParameters{MigrateToChatID: to}
	return e
}

// StartChat marks the user as having opened the private chat with the bot
// (pressed Start), which also undoes Block. No update is queued.
func (s *Server) StartChat(userID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.userLocked(userID)
	u.started = true
	u.blocked = false
}

// Block makes the user block the bot: sends to them answer 403 "bot was
// blocked by the user" until Unblock or StartChat.
func (s *Server) Block(userID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.userLocked(userID).blocked = true
}

// Unblock makes the user unblock the bot and restart it, as StartChat does.
func (s *Server) Unblock(userID int64) { s.StartChat(userID) }

// NeverStarted makes chatID a chat the bot cannot write to. For a user,
// the fake knows them but they never opened the private chat: sends answer
// 403 "bot can't initiate conversation with a user". For a group, the bot is
// not in it: sends answer 400 "chat not found".
func (s *Server) NeverStarted(chatID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if chatID < 0 {
		delete(s.groups, chatID)
		return
	}
	u := s.userLocked(chatID)
	u.started = false
	u.blocked = false
}

// AddGroup makes the bot a member of a group so that it can send there.
// An empty Type means "group"; use "supergroup" or "channel" as needed.
func (s *Server) AddGroup(chat Chat) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.addGroupLocked(chat)
}

func (s *Server) addGroupLocked(chat Chat) *groupState {
	if chat.ID >= 0 {
		panic(fmt.Sprintf("tgfake: group chat ids are negative, got %d", chat.ID))
	}
	g := s.groups[chat.ID]
	if g == nil {
		g = &groupState{}
		s.groups[chat.ID] = g
	}
	g.chat = chat.tg()
	g.kicked, g.muted = false, false
	return g
}

// RemoveBot removes the bot from group chatID, as an admin of the group
// does: sends there answer 403 "Forbidden: bot was kicked from the group
// chat" until the bot is added again (AddGroup, or someone writing there
// with SendGroupText).
func (s *Server) RemoveBot(chatID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.groupLocked(chatID).kicked = true
}

// MuteBot takes from the bot the right to post in group chatID, as an
// admin of a group with restricted members does: sends there answer 400
// "Bad Request: not enough rights to send text messages to the chat"
// until the bot is added again (AddGroup, or someone writing there).
func (s *Server) MuteBot(chatID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.groupLocked(chatID).muted = true
}

// groupLocked returns the state of group chatID, adding the group if the
// fake does not know it yet.
func (s *Server) groupLocked(chatID int64) *groupState {
	if g := s.groups[chatID]; g != nil {
		return g
	}
	return s.addGroupLocked(Chat{ID: chatID})
}

// groupWord is how Telegram names a kind of group in its refusals.
func groupWord(chatType string) string {
	if chatType == "supergroup" || chatType == "channel" {
		return "supergroup"
	}
	return "group"
}

// MigrateGroup upgrades group oldID to supergroup newID: sends to oldID
// answer 400 "group chat was upgraded to a supergroup chat" with
// parameters.migrate_to_chat_id = newID, and newID becomes writable.
func (s *Server) MigrateGroup(oldID, newID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.groups[oldID]
	title := ""
	if old != nil {
		title = old.chat.Title
	}
	s.addGroupLocked(Chat{ID: newID, Title: title, Type: "supergroup"})
	if old == nil {
		old = s.addGroupLocked(Chat{ID: oldID, Title: title})
	}
	old.migratedTo = newID
}
