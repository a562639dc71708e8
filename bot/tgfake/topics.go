package tgfake

// DeleteTopic removes a forum topic of a group: a later send into it is
// answered 400 "message thread not found", as Telegram does.
func (s *Server) DeleteTopic(chatID, thread int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if g := s.groups[chatID]; g != nil {
		delete(g.topics, thread)
	}
}
