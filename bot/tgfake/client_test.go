package tgfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// The tests talk to the fake through this minimal Bot API client, written
// against Telegram's documentation rather than any client library, so
// that what the fake accepts and answers is checked at the HTTP boundary.
// Requests with a file go as multipart/form-data, others as
// application/x-www-form-urlencoded.

// BotAPI is the test client.
type BotAPI struct {
	endpoint string
	token    string
	client   *http.Client
	Self     WireUser
}

// Error is an error answer of the Bot API.
type Error struct {
	Code    int
	Message string
	ResponseParameters
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Message) }

// APIResponse is the envelope of every answer.
type APIResponse struct {
	Ok          bool                `json:"ok"`
	Result      json.RawMessage     `json:"result"`
	ErrorCode   int                 `json:"error_code"`
	Description string              `json:"description"`
	Parameters  *ResponseParameters `json:"parameters"`
}

// Params are raw request parameters.
type Params map[string]string

// Parse modes.
const (
	ModeHTML       = "HTML"
	ModeMarkdown   = "Markdown"
	ModeMarkdownV2 = "MarkdownV2"
)

// NewBotAPIWithClient connects to endpoint (in the "/bot%s/%s" form) and
// checks the token with getMe.
func NewBotAPIWithClient(token, endpoint string, c *http.Client) (*BotAPI, error) {
	b := &BotAPI{endpoint: endpoint, token: token, client: c}
	me, err := b.GetMe()
	if err != nil {
		return nil, err
	}
	b.Self = me
	return b, nil
}

type chattable interface {
	method() string
	values() (url.Values, map[string]FileBytes)
}

func (b *BotAPI) do(method string, v url.Values, files map[string]FileBytes) (*APIResponse, error) {
	u := fmt.Sprintf(b.endpoint, b.token, method)
	var (
		resp *http.Response
		err  error
	)
	if len(files) == 0 {
		resp, err = b.client.PostForm(u, v)
	} else {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		for k, vs := range v {
			for _, x := range vs {
				_ = w.WriteField(k, x)
			}
		}
		for field, f := range files {
			fw, err := w.CreateFormFile(field, f.Name)
			if err != nil {
				return nil, err
			}
			_, _ = fw.Write(f.Bytes)
		}
		_ = w.Close()
		resp, err = b.client.Post(u, w.FormDataContentType(), &body)
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r APIResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	if !r.Ok {
		e := &Error{Code: r.ErrorCode, Message: r.Description}
		if r.Parameters != nil {
			e.ResponseParameters = *r.Parameters
		}
		return &r, e
	}
	return &r, nil
}

// MakeRequest calls method with raw parameters.
func (b *BotAPI) MakeRequest(method string, p Params) (*APIResponse, error) {
	v := url.Values{}
	for k, x := range p {
		v.Set(k, x)
	}
	return b.do(method, v, nil)
}

// Request calls c's method and returns the raw answer.
func (b *BotAPI) Request(c chattable) (*APIResponse, error) {
	v, files := c.values()
	return b.do(c.method(), v, files)
}

// Send calls c's method and decodes the Message it returns.
func (b *BotAPI) Send(c chattable) (Message, error) {
	r, err := b.Request(c)
	if err != nil {
		return Message{}, err
	}
	var m Message
	err = json.Unmarshal(r.Result, &m)
	return m, err
}

// GetMe returns the bot.
func (b *BotAPI) GetMe() (WireUser, error) {
	r, err := b.do("getMe", url.Values{}, nil)
	if err != nil {
		return WireUser{}, err
	}
	var u WireUser
	err = json.Unmarshal(r.Result, &u)
	return u, err
}

// GetUpdates calls getUpdates.
func (b *BotAPI) GetUpdates(c UpdateConfig) ([]Update, error) {
	r, err := b.Request(c)
	if err != nil {
		return nil, err
	}
	var us []Update
	err = json.Unmarshal(r.Result, &us)
	return us, err
}

// GetFile calls getFile.
func (b *BotAPI) GetFile(c FileConfig) (WireFile, error) {
	r, err := b.do("getFile", url.Values{"file_id": {c.FileID}}, nil)
	if err != nil {
		return WireFile{}, err
	}
	var f WireFile
	err = json.Unmarshal(r.Result, &f)
	return f, err
}

func setJSON(v url.Values, key string, x any) {
	if x == nil {
		return
	}
	raw, _ := json.Marshal(x)
	v.Set(key, string(raw))
}

func chat(v url.Values, id int64) url.Values {
	v.Set("chat_id", strconv.FormatInt(id, 10))
	return v
}

// MessageConfig is sendMessage.
type MessageConfig struct {
	ChatID                int64
	Text                  string
	ParseMode             string
	ReplyMarkup           any
	ReplyToMessageID      int
	DisableWebPagePreview bool
}

// NewMessage returns a sendMessage request.
func NewMessage(chatID int64, text string) MessageConfig {
	return MessageConfig{ChatID: chatID, Text: text}
}

func (MessageConfig) method() string { return "sendMessage" }
func (c MessageConfig) values() (url.Values, map[string]FileBytes) {
	v := chat(url.Values{}, c.ChatID)
	v.Set("text", c.Text)
	if c.ParseMode != "" {
		v.Set("parse_mode", c.ParseMode)
	}
	if c.ReplyToMessageID != 0 {
		v.Set("reply_to_message_id", strconv.Itoa(c.ReplyToMessageID))
	}
	if c.ReplyMarkup != nil {
		setJSON(v, "reply_markup", c.ReplyMarkup)
	}
	return v, nil
}

// FileBytes is a file to upload.
type FileBytes struct {
	Name  string
	Bytes []byte
}

// FileID is a file Telegram has.
type FileID string

// DocumentConfig is sendDocument or sendPhoto.
type DocumentConfig struct {
	ChatID    int64
	File      any
	Caption   string
	ParseMode string
	photo     bool
}

// NewDocument returns a sendDocument request.
func NewDocument(chatID int64, f any) DocumentConfig { return DocumentConfig{ChatID: chatID, File: f} }

// NewPhoto returns a sendPhoto request.
func NewPhoto(chatID int64, f any) DocumentConfig {
	return DocumentConfig{ChatID: chatID, File: f, photo: true}
}

func (c DocumentConfig) field() string {
	if c.photo {
		return "photo"
	}
	return "document"
}

func (c DocumentConfig) method() string {
	if c.photo {
		return "sendPhoto"
	}
	return "sendDocument"
}

func (c DocumentConfig) values() (url.Values, map[string]FileBytes) {
	v := chat(url.Values{}, c.ChatID)
	if c.Caption != "" {
		v.Set("caption", c.Caption)
	}
	if c.ParseMode != "" {
		v.Set("parse_mode", c.ParseMode)
	}
	switch f := c.File.(type) {
	case FileID:
		v.Set(c.field(), string(f))
		return v, nil
	case FileBytes:
		return v, map[string]FileBytes{c.field(): f}
	}
	return v, nil
}

// EditMessageTextConfig is editMessageText.
type EditMessageTextConfig struct {
	ChatID      int64
	MessageID   int
	Text        string
	ReplyMarkup *InlineKeyboardMarkup
}

// NewEditMessageText returns an editMessageText request.
func NewEditMessageText(chatID int64, id int, text string) EditMessageTextConfig {
	return EditMessageTextConfig{ChatID: chatID, MessageID: id, Text: text}
}

// NewEditMessageTextAndMarkup returns an editMessageText request with buttons.
func NewEditMessageTextAndMarkup(chatID int64, id int, text string, kb InlineKeyboardMarkup) EditMessageTextConfig {
	return EditMessageTextConfig{ChatID: chatID, MessageID: id, Text: text, ReplyMarkup: &kb}
}

func (EditMessageTextConfig) method() string { return "editMessageText" }
func (c EditMessageTextConfig) values() (url.Values, map[string]FileBytes) {
	v := chat(url.Values{}, c.ChatID)
	v.Set("message_id", strconv.Itoa(c.MessageID))
	v.Set("text", c.Text)
	if c.ReplyMarkup != nil {
		setJSON(v, "reply_markup", c.ReplyMarkup)
	}
	return v, nil
}

// EditMessageReplyMarkupConfig is editMessageReplyMarkup.
type EditMessageReplyMarkupConfig struct {
	ChatID      int64
	MessageID   int
	ReplyMarkup InlineKeyboardMarkup
}

// NewEditMessageReplyMarkup returns an editMessageReplyMarkup request.
func NewEditMessageReplyMarkup(chatID int64, id int, kb InlineKeyboardMarkup) EditMessageReplyMarkupConfig {
	return EditMessageReplyMarkupConfig{ChatID: chatID, MessageID: id, ReplyMarkup: kb}
}

func (EditMessageReplyMarkupConfig) method() string { return "editMessageReplyMarkup" }
func (c EditMessageReplyMarkupConfig) values() (url.Values, map[string]FileBytes) {
	v := chat(url.Values{}, c.ChatID)
	v.Set("message_id", strconv.Itoa(c.MessageID))
	if c.ReplyMarkup.InlineKeyboard != nil {
		setJSON(v, "reply_markup", c.ReplyMarkup)
	}
	return v, nil
}

// CallbackConfig is answerCallbackQuery.
type CallbackConfig struct {
	ID        string
	Text      string
	ShowAlert bool
}

// NewCallback returns an answerCallbackQuery request.
func NewCallback(id, text string) CallbackConfig { return CallbackConfig{ID: id, Text: text} }

func (CallbackConfig) method() string { return "answerCallbackQuery" }
func (c CallbackConfig) values() (url.Values, map[string]FileBytes) {
	v := url.Values{"callback_query_id": {c.ID}}
	if c.Text != "" {
		v.Set("text", c.Text)
	}
	if c.ShowAlert {
		v.Set("show_alert", "true")
	}
	return v, nil
}

// SetMyCommandsConfig is setMyCommands.
type SetMyCommandsConfig struct {
	Commands []BotCommand
	Scope    *BotCommandScope
}

// NewSetMyCommands returns a setMyCommands request.
func NewSetMyCommands(cmds ...BotCommand) SetMyCommandsConfig {
	return SetMyCommandsConfig{Commands: cmds}
}

// NewSetMyCommandsWithScope returns a setMyCommands request for a scope.
func NewSetMyCommandsWithScope(scope BotCommandScope, cmds ...BotCommand) SetMyCommandsConfig {
	return SetMyCommandsConfig{Commands: cmds, Scope: &scope}
}

// NewBotCommandScopeAllPrivateChats is the all_private_chats scope.
func NewBotCommandScopeAllPrivateChats() BotCommandScope {
	return BotCommandScope{Type: "all_private_chats"}
}

func (SetMyCommandsConfig) method() string { return "setMyCommands" }
func (c SetMyCommandsConfig) values() (url.Values, map[string]FileBytes) {
	v := url.Values{}
	cmds := c.Commands
	if cmds == nil {
		cmds = []BotCommand{}
	}
	setJSON(v, "commands", cmds)
	if c.Scope != nil {
		setJSON(v, "scope", c.Scope)
	}
	return v, nil
}

// UpdateConfig is getUpdates.
type UpdateConfig struct {
	Offset         int
	Limit          int
	Timeout        int
	AllowedUpdates []string
}

func (UpdateConfig) method() string { return "getUpdates" }
func (c UpdateConfig) values() (url.Values, map[string]FileBytes) {
	v := url.Values{}
	if c.Offset != 0 {
		v.Set("offset", strconv.Itoa(c.Offset))
	}
	if c.Limit != 0 {
		v.Set("limit", strconv.Itoa(c.Limit))
	}
	if c.Timeout != 0 {
		v.Set("timeout", strconv.Itoa(c.Timeout))
	}
	if c.AllowedUpdates != nil {
		setJSON(v, "allowed_updates", c.AllowedUpdates)
	}
	return v, nil
}

// FileConfig is getFile.
type FileConfig struct{ FileID string }

// NewInlineKeyboardMarkup returns an inline keyboard.
func NewInlineKeyboardMarkup(rows ...[]InlineKeyboardButton) InlineKeyboardMarkup {
	return InlineKeyboardMarkup{InlineKeyboard: rows}
}

// NewInlineKeyboardRow returns a row of inline buttons.
func NewInlineKeyboardRow(bs ...InlineKeyboardButton) []InlineKeyboardButton { return bs }

// NewInlineKeyboardButtonData returns a callback button.
func NewInlineKeyboardButtonData(text, data string) InlineKeyboardButton {
	return InlineKeyboardButton{Text: text, CallbackData: &data}
}

// NewInlineKeyboardButtonURL returns a link button.
func NewInlineKeyboardButtonURL(text, u string) InlineKeyboardButton {
	return InlineKeyboardButton{Text: text, URL: &u}
}

// KeyboardButton is a reply keyboard button.
type KeyboardButton struct {
	Text string `json:"text"`
}

// ReplyKeyboardMarkup is a reply keyboard.
type ReplyKeyboardMarkup struct {
	Keyboard [][]KeyboardButton `json:"keyboard"`
}

// NewReplyKeyboard returns a reply keyboard.
func NewReplyKeyboard(rows ...[]KeyboardButton) ReplyKeyboardMarkup {
	return ReplyKeyboardMarkup{Keyboard: rows}
}

// NewKeyboardButtonRow returns a row of reply buttons.
func NewKeyboardButtonRow(bs ...KeyboardButton) []KeyboardButton { return bs }

// NewKeyboardButton returns a reply button.
func NewKeyboardButton(text string) KeyboardButton { return KeyboardButton{Text: text} }

// IsCommand reports whether the message starts with a bot_command entity.
func (m *Message) IsCommand() bool {
	return len(m.Entities) > 0 && m.Entities[0].Type == "bot_command" && m.Entities[0].Offset == 0
}

// Command is the message's leading command without "/" and "@bot".
func (m *Message) Command() string {
	if !m.IsCommand() {
		return ""
	}
	c := m.Text[1:m.Entities[0].Length]
	if i := strings.Index(c, "@"); i >= 0 {
		c = c[:i]
	}
	return c
}

// CommandArguments is what follows the leading command.
func (m *Message) CommandArguments() string {
	if !m.IsCommand() {
		return ""
	}
	return strings.TrimSpace(m.Text[m.Entities[0].Length:])
}
