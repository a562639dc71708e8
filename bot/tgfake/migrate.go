package tgfake

// UpgradeGroup simulates from upgrading group oldID to supergroup newID:
// the old group gets the service message Telegram posts then
// (migrate_to_chat_id, no text), and the group migrates as MigrateGroup
// does. It returns that update.
func (s *Server) UpgradeGroup(from User, oldID, newID int64) Update {
	u := s.userMessage(from, oldID, func(m *Message) { m.MigrateToChatID = newID })
	s.MigrateGroup(oldID, newID)
	return u
}
