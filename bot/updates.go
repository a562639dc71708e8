package bot

import (
	"encoding/json"
	"fmt"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// rawForward is the part of a raw update that tgbotapi v5 does not decode:
// Bot API 7.0 describes a forwarded message by forward_origin (a
// MessageOrigin, which always has a date) instead of forward_from,
// forward_from_chat, forward_sender_name and forward_date.
type rawForward struct {
	Message *struct {
		ForwardOrigin *struct {
			Type string `json:"type"`
			Date int    `json:"date"`
		} `json:"forward_origin"`
	} `json:"message"`
}

// getUpdates is tgbotapi's GetUpdates that also reads forward_origin: a
// message that has it is marked forwarded (ForwardDate is set from it) even
// when Telegram leaves out the deprecated forward_* fields.
func (b *Bot) getUpdates(cfg tgbotapi.UpdateConfig) ([]tgbotapi.Update, error) {
	resp, err := b.tg.poll.Request(cfg)
	if err != nil {
		return nil, err
	}
	return decodeUpdates(resp.Result)
}

// decodeUpdates decodes the result of getUpdates, forward_origin included.
func decodeUpdates(result json.RawMessage) ([]tgbotapi.Update, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(result, &raws); err != nil {
		return nil, fmt.Errorf("getUpdates: %w", err)
	}
	updates := make([]tgbotapi.Update, 0, len(raws))
	for _, raw := range raws {
		var u tgbotapi.Update
		if err := json.Unmarshal(raw, &u); err != nil {
			return nil, fmt.Errorf("getUpdates: %w", err)
		}
		var f rawForward
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("getUpdates: %w", err)
		}
		if u.Message != nil && f.Message != nil && f.Message.ForwardOrigin != nil && u.Message.ForwardDate == 0 {
			u.Message.ForwardDate = max(f.Message.ForwardOrigin.Date, 1)
		}
		updates = append(updates, u)
	}
	return updates, nil
}
