// Package senderr says in Vietnamese why Telegram did not take a message,
// from the error it gave in English (an outbox row's last_error), for the
// bot's /admin outbox and the operator's `dondoc outbox` alike.
package senderr

import "strings"

// Explain says what err, as Telegram or the network gave it, means; ""
// when there is no error.
func Explain(err string) string {
	if strings.TrimSpace(err) == "" {
		return ""
	}
	low := strings.ToLower(err)
	for _, r := range reasons {
		if strings.Contains(low, r.match) {
			return r.meaning
		}
	}
	return Unknown
}
