package bot

// ForBot makes the book record and find the messages of the bot botID: in
// a private chat the chat id is the person's id for every bot, but each
// bot numbers its messages there on its own. A book of no bot (0) finds
// every bot's.
func (s *Book) ForBot(botID int64) *Book {
	s.botID = botID
	return s
}
