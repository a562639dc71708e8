package bot

import "strings"

// refusalPhrases are the words, lower-cased, of Telegram's answers that
// refuse a chat for good (blocked, deactivated, never started, no right to
// send), besides any 403 (tg.ErrorForbidden, which classify tells by the
// error itself). Migration 00081 repeats them in SQL to tell refused rows;
// a test checks that the two lists agree.
func refusalPhrases() []string {
	return []string{
		"chat not found",
		"bot was blocked",
		"user is deactivated",
		"can't initiate conversation",
		"not enough rights to send",
		"have no rights to send",
	}
}

// isRefusal reports whether msg, lower-cased, names a refusal.
func isRefusal(msg string) bool {
	for _, p := range refusalPhrases() {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
