package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/dondoc/dondoc/outbox"
)

// Client is what the bot needs of Telegram's Bot API, with a context on
// every call. Telegram implements it; handlers never see the library's
// types, only dondoc's own (Update, OutMessage...).
type Client interface {
	// Username is the bot's @username, without the @.
	Username() string
	// ID is the bot's user id, the number before the token's colon.
	ID() int64
	// Send sends a text or file message and returns its id.
	Send(ctx context.Context, m OutMessage) (int, error)
	// EditText replaces a message's text and buttons.
	EditText(ctx context.Context, chatID int64, messageID int, html string, buttons [][]outbox.Button) error
	// EditButtons replaces the buttons under a message; nil removes them.
	EditButtons(ctx context.Context, chatID int64, messageID int, buttons [][]outbox.Button) error
	// AnswerCallback answers a button press.
	AnswerCallback(ctx context.Context, id, text string, alert bool) error
	// Download fetches a file a person sent, at most limit bytes (one more
	// tells the caller it is too big).
	Download(ctx context.Context, fileID string, limit int64) ([]byte, error)
	// SetCommands sets the command menu for a scope.
	SetCommands(ctx context.Context, scope CommandScope, cmds []MenuCommand) error
	// GetUpdates long-polls for updates from offset on.
	GetUpdates(ctx context.Context, offset int64, timeoutSec int, allowed []string) ([]Update, error)
	// SetWebhook asks Telegram to post updates to url with secret in
	// X-Telegram-Bot-Api-Secret-Token.
	SetWebhook(ctx context.Context, w WebhookConfig) error
	// DeleteWebhook goes back to getUpdates.
	DeleteWebhook(ctx context.Context) error
}

// OutMessage is a message to send: text, or a file with a caption.
type OutMessage struct {
	ChatID   int64
	ThreadID int
	// Text is HTML unless Plain.
	Text    string
	Plain   bool
	Buttons [][]outbox.Button
	// File, when set, is sent as a photo or document with Text as caption.
	File *OutFile
}

// OutFile is a file to send: uploaded bytes, or a file Telegram already has.
type OutFile struct {
	Name   string
	Data   []byte
	FileID string
	Photo  bool
}

// CommandScope is whom a command menu is for (Bot API BotCommandScope).
type CommandScope struct {
	// Type is "default", "all_private_chats", "all_group_chats", "chat"
	// or "chat_member".
	Type   string
	ChatID int64
	UserID int64
}

// MenuCommand is an entry of the command menu.
type MenuCommand struct {
	Command     string
	Description string
}

// WebhookConfig is what setWebhook is told.
type WebhookConfig struct {
	URL            string
	Secret         string
	AllowedUpdates []string
	MaxConnections int
}

// ID implements Client.
func (t *Telegram) ID() int64 { return t.api.ID() }

// Send implements Client.
func (t *Telegram) Send(ctx context.Context, m OutMessage) (int, error) {
	mode := models.ParseModeHTML
	if m.Plain {
		mode = ""
	}
	var markup models.ReplyMarkup
	if len(m.Buttons) > 0 {
		markup = keyboard(m.Buttons)
	}
	var (
		sent *models.Message
		err  error
	)
	switch {
	case m.File != nil && m.File.Photo:
		sent, err = t.api.SendPhoto(ctx, &tg.SendPhotoParams{ChatID: m.ChatID, MessageThreadID: m.ThreadID,
			Photo: inputFile(m.File), Caption: m.Text, ParseMode: mode, ReplyMarkup: markup})
	case m.File != nil:
		sent, err = t.api.SendDocument(ctx, &tg.SendDocumentParams{ChatID: m.ChatID, MessageThreadID: m.ThreadID,
			Document: inputFile(m.File), Caption: m.Text, ParseMode: mode, ReplyMarkup: markup})
	default:
		sent, err = t.api.SendMessage(ctx, &tg.SendMessageParams{ChatID: m.ChatID, MessageThreadID: m.ThreadID,
			Text: m.Text, ParseMode: mode, ReplyMarkup: markup,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tg.True()}})
	}
	if err != nil {
		return 0, redact(err, t.token)
	}
	return sent.ID, nil
}

func inputFile(f *OutFile) models.InputFile {
	if f.FileID != "" {
		return &models.InputFileString{Data: f.FileID}
	}
	return &models.InputFileUpload{Filename: f.Name, Data: bytes.NewReader(f.Data)}
}

// EditText implements Client.
func (t *Telegram) EditText(ctx context.Context, chatID int64, messageID int, html string, buttons [][]outbox.Button) error {
	p := &tg.EditMessageTextParams{ChatID: chatID, MessageID: messageID, Text: html, ParseMode: models.ParseModeHTML,
		LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tg.True()}}
	if len(buttons) > 0 {
		p.ReplyMarkup = keyboard(buttons)
	}
	_, err := t.api.EditMessageText(ctx, p)
	return redact(err, t.token)
}

// EditButtons implements Client.
func (t *Telegram) EditButtons(ctx context.Context, chatID int64, messageID int, buttons [][]outbox.Button) error {
	_, err := t.api.EditMessageReplyMarkup(ctx, &tg.EditMessageReplyMarkupParams{ChatID: chatID, MessageID: messageID, ReplyMarkup: keyboard(buttons)})
	return redact(err, t.token)
}

// AnswerCallback implements Client.
func (t *Telegram) AnswerCallback(ctx context.Context, id, text string, alert bool) error {
	_, err := t.api.AnswerCallbackQuery(ctx, &tg.AnswerCallbackQueryParams{CallbackQueryID: id, Text: text, ShowAlert: alert})
	return redact(err, t.token)
}

// Download implements Client: OpenFile, read up to limit+1 bytes so the
// caller can tell a file over its limit.
func (t *Telegram) Download(ctx context.Context, fileID string, limit int64) ([]byte, error) {
	body, err := t.OpenFile(ctx, fileID)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	data, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("download: %w", redact(err, t.token))
	}
	return data, nil
}

// SetCommands implements Client.
func (t *Telegram) SetCommands(ctx context.Context, scope CommandScope, cmds []MenuCommand) error {
	list := make([]models.BotCommand, len(cmds))
	for i, c := range cmds {
		list[i] = models.BotCommand{Command: c.Command, Description: c.Description}
	}
	var sc models.BotCommandScope
	switch scope.Type {
	case "all_private_chats":
		sc = &models.BotCommandScopeAllPrivateChats{}
	case "all_group_chats":
		sc = &models.BotCommandScopeAllGroupChats{}
	case "chat":
		sc = &models.BotCommandScopeChat{ChatID: scope.ChatID}
	case "chat_member":
		sc = &models.BotCommandScopeChatMember{ChatID: scope.ChatID, UserID: scope.UserID}
	}
	_, err := t.api.SetMyCommands(ctx, &tg.SetMyCommandsParams{Commands: list, Scope: sc})
	return redact(err, t.token)
}

// SetWebhook implements Client.
func (t *Telegram) SetWebhook(ctx context.Context, w WebhookConfig) error {
	_, err := t.api.SetWebhook(ctx, &tg.SetWebhookParams{URL: w.URL, SecretToken: w.Secret,
		AllowedUpdates: w.AllowedUpdates, MaxConnections: w.MaxConnections})
	return redact(err, t.token)
}

// DeleteWebhook implements Client.
func (t *Telegram) DeleteWebhook(ctx context.Context) error {
	_, err := t.api.DeleteWebhook(ctx, &tg.DeleteWebhookParams{})
	return redact(err, t.token)
}

// GetUpdates implements Client with the bot's own request: the library's
// poller confirms updates before they are handled (see the field notes),
// so dondoc keeps the offset itself.
func (t *Telegram) GetUpdates(ctx context.Context, offset int64, timeoutSec int, allowed []string) ([]Update, error) {
	form := url.Values{}
	form.Set("offset", strconv.FormatInt(offset, 10))
	form.Set("timeout", strconv.Itoa(timeoutSec))
	if len(allowed) > 0 {
		a, _ := json.Marshal(allowed)
		form.Set("allowed_updates", string(a))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.base+"/bot"+t.token+"/getUpdates", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %w", redact(err, t.token))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := t.poll.Do(req)
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %w", redact(err, t.token))
	}
	defer resp.Body.Close()
	var body struct {
		OK          bool              `json:"ok"`
		Result      []json.RawMessage `json:"result"`
		ErrorCode   int               `json:"error_code"`
		Description string            `json:"description"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("getUpdates: status %d: %w", resp.StatusCode, err)
	}
	if !body.OK {
		return nil, fmt.Errorf("getUpdates: %d %s", body.ErrorCode, body.Description)
	}
	out := make([]Update, 0, len(body.Result))
	for _, raw := range body.Result {
		u, err := DecodeUpdate(raw)
		if err != nil {
			return nil, fmt.Errorf("getUpdates: %w", err)
		}
		out = append(out, u)
	}
	return out, nil
}
