package tgfake

// IDsAfter makes the update ids, and the message ids of chats not used
// yet, start after base. Telegram never uses an id twice, and a bot drops
// an update id it has seen; an emulator run by hand (cmd/tgfake) against a
// bot whose database outlives it calls this with a base later runs have
// not reached, such as the Unix time, so that a restarted emulator is not
// ignored. Call it before any update is made.
func (s *Server) IDsAfter(base int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextUpdateID = int(base) + 1
	s.messageIDBase = base
}
