package bot

import "github.com/dondoc/dondoc/outbox"

// inlineKeyboard is the reply_markup of an inline keyboard, encoded by
// dondoc rather than the client library: the library's button type always
// carries an empty copy_text object, which Telegram reads as a second
// action on every button.
type inlineKeyboard struct {
	InlineKeyboard [][]inlineButton `json:"inline_keyboard"`
}

type inlineButton struct {
	Text         string      `json:"text"`
	CallbackData string      `json:"callback_data,omitempty"`
	URL          string      `json:"url,omitempty"`
	WebApp       *webAppInfo `json:"web_app,omitempty"`
}

type webAppInfo struct {
	URL string `json:"url"`
}

// keyboard converts outbox buttons into Telegram's inline keyboard; no
// rows gives an empty keyboard, which removes the buttons of a message.
func keyboard(rows [][]outbox.Button) *inlineKeyboard {
	kb := &inlineKeyboard{InlineKeyboard: [][]inlineButton{}}
	for _, row := range rows {
		r := make([]inlineButton, 0, len(row))
		for _, bt := range row {
			ib := inlineButton{Text: bt.Text}
			switch {
			case bt.WebApp != "": // private chats only: Telegram refuses them in groups
				ib.WebApp = &webAppInfo{URL: bt.WebApp}
			case bt.URL != "":
				ib.URL = bt.URL
			default:
				ib.CallbackData = bt.Data
			}
			r = append(r, ib)
		}
		kb.InlineKeyboard = append(kb.InlineKeyboard, r)
	}
	return kb
}
