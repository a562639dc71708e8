package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/outbox"
)

// The Bot API client in use predates Mini Apps: web_app buttons and the
// menu button are sent as the Bot API's own JSON.

// webAppInfo is the Bot API's WebAppInfo.
type webAppInfo struct {
	URL string `json:"url"`
}

// inlineButton is the Bot API's InlineKeyboardButton with web_app.
type inlineButton struct {
	Text         string      `json:"text"`
	CallbackData string      `json:"callback_data,omitempty"`
	URL          string      `json:"url,omitempty"`
	WebApp       *webAppInfo `json:"web_app,omitempty"`
}

// inlineMarkup is the Bot API's InlineKeyboardMarkup with web_app buttons.
type inlineMarkup struct {
	InlineKeyboard [][]inlineButton `json:"inline_keyboard"`
}

// markup is the reply_markup of a new message to chatID: keyboard's, or
// with web_app buttons when there are some. Telegram refuses web_app
// buttons outside private chats, so in a group they become links.
func markup(chatID int64, rows [][]outbox.Button) any {
	hasWebApp := false
	for _, row := range rows {
		for _, bt := range row {
			hasWebApp = hasWebApp || bt.WebApp != ""
		}
	}
	if !hasWebApp || chatID < 0 {
		return keyboard(rows)
	}
	var m inlineMarkup
	for _, row := range rows {
		var r []inlineButton
		for _, bt := range row {
			switch {
			case bt.WebApp != "":
				r = append(r, inlineButton{Text: bt.Text, WebApp: &webAppInfo{URL: bt.WebApp}})
			case bt.URL != "":
				r = append(r, inlineButton{Text: bt.Text, URL: bt.URL})
			default:
				r = append(r, inlineButton{Text: bt.Text, CallbackData: bt.Data})
			}
		}
		m.InlineKeyboard = append(m.InlineKeyboard, r)
	}
	return m
}

// SetMenuButton makes the bot's menu button (in every private chat) open
// the Mini App at url with the label text.
func (t *Telegram) SetMenuButton(text, url string) error {
	mb, err := json.Marshal(map[string]any{"type": "web_app", "text": text, "web_app": webAppInfo{URL: url}})
	if err != nil {
		return err
	}
	if _, err := t.send.MakeRequest("setChatMenuButton", tgbotapi.Params{"menu_button": string(mb)}); err != nil {
		return fmt.Errorf("setChatMenuButton: %w", redact(err, t.token))
	}
	return nil
}

// OpenFile downloads a file sent to the bot, by its file id (getFile,
// then the file endpoint), for the dashboard. The caller closes it.
func (t *Telegram) OpenFile(ctx context.Context, fileID string) (io.ReadCloser, error) {
	f, err := t.send.GetFile(tgbotapi.FileConfig{FileID: fileID})
	if err != nil {
		return nil, fmt.Errorf("getFile: %w", redact(err, t.token))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf(t.fileURL, t.token, f.FilePath), nil)
	if err != nil {
		return nil, fmt.Errorf("download: %w", redact(err, t.token))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download: %w", redact(err, t.token))
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("download: status %d", resp.StatusCode)
	}
	return resp.Body, nil
}
