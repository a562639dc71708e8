package tgfake

import (
	"encoding/json"
	"slices"
	"unicode/utf8"
)

// getMe describes the bot.
func (s *Server) getMe(*call) (any, *apiError) {
	return struct {
		WireUser
		CanJoinGroups bool `json:"can_join_groups"`
	}{*s.botUser(), true}, nil
}

// answerCallbackQuery answers a button press; it answers true. Each
// callback query can be answered once.
func (s *Server) answerCallbackQuery(c *call) (any, *apiError) {
	id := c.str("callback_query_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	answered, ok := s.callbacks[id]
	if !ok || answered {
		return nil, errBadRequest("query is too old and response timeout expired or query ID is invalid")
	}
	s.callbacks[id] = true
	s.answers = append(s.answers, CallbackAnswer{ID: id, Text: c.str("text"), ShowAlert: c.flag("show_alert")})
	return true, nil
}

// commandScope reads the scope parameter of setMyCommands; nil means the
// default scope.
func commandScope(c *call) (*BotCommandScope, *apiError) {
	raw := c.str("scope")
	if raw == "" {
		return nil, nil
	}
	scope := &BotCommandScope{}
	if err := json.Unmarshal([]byte(raw), scope); err != nil {
		return nil, errBadRequest("can't parse BotCommandScope JSON object")
	}
	switch scope.Type {
	case "default", "all_private_chats", "all_group_chats", "all_chat_administrators",
		"chat", "chat_administrators", "chat_member":
		return scope, nil
	}
	return nil, errBadRequest("unsupported bot command scope type")
}

// setMyCommands records the command list of a scope; it answers true.
func (s *Server) setMyCommands(c *call) (any, *apiError) {
	var cmds []BotCommand
	if err := json.Unmarshal([]byte(c.str("commands")), &cmds); err != nil {
		return nil, errBadRequest("can't parse commands JSON array")
	}
	if len(cmds) > 100 {
		return nil, errBadRequest("BOT_COMMANDS_TOO_MUCH")
	}
	for _, cmd := range cmds {
		if !validCommand(cmd.Command) {
			return nil, errBadRequest("BOT_COMMAND_INVALID")
		}
		if n := utf8.RuneCountInString(cmd.Description); n < 1 || n > 256 {
			return nil, errBadRequest("BOT_COMMAND_DESCRIPTION_INVALID")
		}
	}
	scope, e := commandScope(c)
	if e != nil {
		return nil, e
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.commandSets = append(s.commandSets, CommandSet{Commands: slices.Clone(cmds), Scope: scope, LanguageCode: c.str("language_code")})
	return true, nil
}

// validCommand reports whether name is a valid command: 1 to 32 lower-case
// letters, digits and underscores.
func validCommand(name string) bool {
	if len(name) < 1 || len(name) > 32 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
