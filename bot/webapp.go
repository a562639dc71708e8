package bot

import (
	"context"
	"fmt"
	"io"
	"net/http"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// SetMenuButton makes the bot's menu button (in every private chat) open
// the Mini App at url with the label text.
func (t *Telegram) SetMenuButton(ctx context.Context, text, url string) error {
	_, err := t.api.SetChatMenuButton(ctx, &tg.SetChatMenuButtonParams{MenuButton: models.MenuButtonWebApp{
		Type: models.MenuButtonTypeWebApp, Text: text, WebApp: models.WebAppInfo{URL: url}}})
	if err != nil {
		return fmt.Errorf("setChatMenuButton: %w", redact(err, t.token))
	}
	return nil
}

// OpenFile downloads a file sent to the bot, by its file id (getFile,
// then the file endpoint), for the dashboard and for Download. The caller
// closes it.
func (t *Telegram) OpenFile(ctx context.Context, fileID string) (io.ReadCloser, error) {
	f, err := t.api.GetFile(ctx, &tg.GetFileParams{FileID: fileID})
	if err != nil {
		return nil, fmt.Errorf("getFile: %w", redact(err, t.token))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.api.FileDownloadLink(f), nil)
	if err != nil {
		return nil, fmt.Errorf("download: %w", redact(err, t.token))
	}
	resp, err := t.send.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download: %w", redact(err, t.token))
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("download: status %d", resp.StatusCode)
	}
	return resp.Body, nil
}
