package tgfake

import (
	"encoding/json"
	"net/url"
	"strings"
)

// maxCallbackData is Telegram's limit on callback_data, in bytes.
const maxCallbackData = 64

// markup is a parsed reply_markup parameter.
type markup struct {
	// inline is the inline keyboard, nil for other keyboards and none.
	inline *InlineKeyboardMarkup
	// buttons is inline in the form recorded for tests.
	buttons [][]Button
	// late is an error Telegram reports only after it checked the chat,
	// such as BUTTON_DATA_INVALID, which comes from the server rather than
	// from the Bot API's parameter parsing.
	late *apiError
}

// key identifies the keyboard for "message is not modified" checks.
func (m *markup) key() string {
	if m == nil || m.inline == nil {
		return ""
	}
	b, _ := json.Marshal(m.inline)
	return string(b)
}

// inlineActions are the fields of which an inline button must have one.
var inlineActions = []string{
	"url", "callback_data", "login_url", "switch_inline_query",
	"switch_inline_query_current_chat", "callback_game", "pay", "web_app",
}

// parseMarkup parses a reply_markup parameter; "" means none.
func parseMarkup(raw string) (*markup, *apiError) {
	m := &markup{}
	if strings.TrimSpace(raw) == "" {
		return m, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &obj); err != nil || obj == nil {
		return nil, errBadRequest("can't parse reply keyboard markup JSON object")
	}
	rowsRaw, ok := obj["inline_keyboard"]
	if !ok {
		for _, k := range []string{"keyboard", "remove_keyboard", "force_reply"} {
			if _, ok := obj[k]; ok {
				return m, nil
			}
		}
		return nil, errBadRequest("can't parse reply keyboard markup JSON object")
	}
	var rows []json.RawMessage
	if err := json.Unmarshal(rowsRaw, &rows); err != nil {
		return nil, errBadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array")
	}
	m.inline = &InlineKeyboardMarkup{InlineKeyboard: [][]InlineKeyboardButton{}}
	for _, rowRaw := range rows {
		var row []map[string]json.RawMessage
		if err := json.Unmarshal(rowRaw, &row); err != nil {
			return nil, errBadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
		}
		var tgRow []InlineKeyboardButton
		var recRow []Button
		for _, b := range row {
			btn, rec, e := parseInlineButton(b)
			if e != nil {
				return nil, e
			}
			if m.late == nil {
				m.late = lateButtonError(rec)
			}
			tgRow = append(tgRow, btn)
			recRow = append(recRow, rec)
		}
		if len(tgRow) == 0 {
			continue // Telegram drops empty rows
		}
		m.inline.InlineKeyboard = append(m.inline.InlineKeyboard, tgRow)
		m.buttons = append(m.buttons, recRow)
	}
	if len(m.buttons) == 0 {
		// An empty inline keyboard is no keyboard: it removes one in edits.
		m.inline = nil
	}
	return m, nil
}

// parseInlineButton checks one inline keyboard button.
func parseInlineButton(b map[string]json.RawMessage) (InlineKeyboardButton, Button, *apiError) {
	var btn InlineKeyboardButton
	textRaw, ok := b["text"]
	if !ok {
		return btn, Button{}, errBadRequest("can't parse inline keyboard button: Can't find field \"text\"")
	}
	if err := json.Unmarshal(textRaw, &btn.Text); err != nil {
		return btn, Button{}, errBadRequest("can't parse inline keyboard button: Field \"text\" must be of type String")
	}
	actions := 0
	for _, k := range inlineActions {
		v, ok := b[k]
		if !ok || string(v) == "null" {
			continue
		}
		if k == "callback_data" && string(v) == `""` {
			continue // Telegram treats empty callback data as absent
		}
		actions++
	}
	if actions == 0 {
		return btn, Button{}, errBadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
	}
	// Unmarshal the rest into the wire type for the stored message.
	full, _ := json.Marshal(b)
	if err := json.Unmarshal(full, &btn); err != nil {
		return btn, Button{}, errBadRequest("can't parse inline keyboard button: " + err.Error())
	}
	rec := Button{Text: btn.Text}
	if btn.CallbackData != nil {
		rec.CallbackData = *btn.CallbackData
	}
	if btn.URL != nil {
		rec.URL = *btn.URL
	}
	rec.WebApp = webAppURL(b["web_app"])
	return btn, rec, nil
}

// lateButtonError returns the error Telegram's server gives for a button
// the Bot API accepted.
func lateButtonError(b Button) *apiError {
	if len(b.CallbackData) > maxCallbackData {
		return errBadRequest("BUTTON_DATA_INVALID")
	}
	if b.URL != "" {
		u, err := url.Parse(strings.TrimSpace(b.URL))
		if err != nil {
			return errBadRequest("BUTTON_URL_INVALID")
		}
		switch strings.ToLower(u.Scheme) {
		case "", "http", "https", "tg":
		default:
			return errBadRequest("BUTTON_URL_INVALID")
		}
		// Telegram refuses links to the local machine.
		if host := strings.ToLower(u.Hostname()); host == "localhost" || strings.HasPrefix(host, "127.") {
			return errBadRequest("BUTTON_URL_INVALID")
		}
	}
	return nil
}
