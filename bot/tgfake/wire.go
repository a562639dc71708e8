package tgfake

import "encoding/json"

// The types below are Telegram's JSON as the fake writes and reads it,
// declared here rather than borrowed from a client library, so that a
// client decoding a field differently from the Bot API shows up in tests.

// Update is one incoming update (https://core.telegram.org/bots/api#update).
type Update struct {
	UpdateID           int              `json:"update_id"`
	Message            *Message         `json:"message,omitempty"`
	EditedMessage      *Message         `json:"edited_message,omitempty"`
	ChannelPost        *Message         `json:"channel_post,omitempty"`
	EditedChannelPost  *Message         `json:"edited_channel_post,omitempty"`
	InlineQuery        *json.RawMessage `json:"inline_query,omitempty"`
	ChosenInlineResult *json.RawMessage `json:"chosen_inline_result,omitempty"`
	CallbackQuery      *CallbackQuery   `json:"callback_query,omitempty"`
	ShippingQuery      *json.RawMessage `json:"shipping_query,omitempty"`
	PreCheckoutQuery   *json.RawMessage `json:"pre_checkout_query,omitempty"`
	Poll               *json.RawMessage `json:"poll,omitempty"`
	PollAnswer         *json.RawMessage `json:"poll_answer,omitempty"`
	MyChatMember       *json.RawMessage `json:"my_chat_member,omitempty"`
	ChatMember         *json.RawMessage `json:"chat_member,omitempty"`
	ChatJoinRequest    *json.RawMessage `json:"chat_join_request,omitempty"`
}

// WireUser is Telegram's User object.
type WireUser struct {
	ID           int64  `json:"id"`
	IsBot        bool   `json:"is_bot"`
	FirstName    string `json:"first_name"`
	LastName     string `json:"last_name,omitempty"`
	UserName     string `json:"username,omitempty"`
	LanguageCode string `json:"language_code,omitempty"`
}

// WireChat is Telegram's Chat object.
type WireChat struct {
	ID        int64  `json:"id"`
	Type      string `json:"type"`
	Title     string `json:"title,omitempty"`
	UserName  string `json:"username,omitempty"`
	FirstName string `json:"first_name,omitempty"`
	LastName  string `json:"last_name,omitempty"`
	IsForum   bool   `json:"is_forum,omitempty"`
}

// IsPrivate reports whether the chat is a private chat.
func (c *WireChat) IsPrivate() bool { return c != nil && c.Type == "private" }

// MessageOrigin is Telegram's MessageOrigin (Bot API 7.0).
type MessageOrigin struct {
	Type       string    `json:"type"`
	Date       int       `json:"date"`
	SenderUser *WireUser `json:"sender_user,omitempty"`
}

// Message is Telegram's Message object, with the fields the fake uses.
type Message struct {
	MessageID          int                   `json:"message_id"`
	MessageThreadID    int                   `json:"message_thread_id,omitempty"`
	IsTopicMessage     bool                  `json:"is_topic_message,omitempty"`
	From               *WireUser             `json:"from,omitempty"`
	SenderChat         *WireChat             `json:"sender_chat,omitempty"`
	Date               int                   `json:"date"`
	Chat               *WireChat             `json:"chat"`
	ForwardOrigin      *MessageOrigin        `json:"forward_origin,omitempty"`
	ForwardFrom        *WireUser             `json:"forward_from,omitempty"`
	ForwardFromChat    *WireChat             `json:"forward_from_chat,omitempty"`
	ForwardSenderName  string                `json:"forward_sender_name,omitempty"`
	ForwardDate        int                   `json:"forward_date,omitempty"`
	IsAutomaticForward bool                  `json:"is_automatic_forward,omitempty"`
	ReplyToMessage     *Message              `json:"reply_to_message,omitempty"`
	EditDate           int                   `json:"edit_date,omitempty"`
	MediaGroupID       string                `json:"media_group_id,omitempty"`
	Text               string                `json:"text,omitempty"`
	Entities           []MessageEntity       `json:"entities,omitempty"`
	Caption            string                `json:"caption,omitempty"`
	CaptionEntities    []MessageEntity       `json:"caption_entities,omitempty"`
	Document           *Document             `json:"document,omitempty"`
	Photo              []PhotoSize           `json:"photo,omitempty"`
	MigrateToChatID    int64                 `json:"migrate_to_chat_id,omitempty"`
	MigrateFromChatID  int64                 `json:"migrate_from_chat_id,omitempty"`
	ReplyMarkup        *InlineKeyboardMarkup `json:"reply_markup,omitempty"`
}

// MessageEntity is a special entity in a text.
type MessageEntity struct {
	Type     string `json:"type"`
	Offset   int    `json:"offset"`
	Length   int    `json:"length"`
	URL      string `json:"url,omitempty"`
	Language string `json:"language,omitempty"`
}

// Document is a general file.
type Document struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	FileName     string `json:"file_name,omitempty"`
	MimeType     string `json:"mime_type,omitempty"`
	FileSize     int    `json:"file_size,omitempty"`
}

// PhotoSize is one size of a photo.
type PhotoSize struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
	FileSize     int    `json:"file_size,omitempty"`
}

// WireFile is Telegram's File object, as getFile returns it.
type WireFile struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	FileSize     int    `json:"file_size,omitempty"`
	FilePath     string `json:"file_path,omitempty"`
}

// CallbackQuery is a press of an inline button.
type CallbackQuery struct {
	ID           string    `json:"id"`
	From         *WireUser `json:"from"`
	Message      *Message  `json:"message,omitempty"`
	ChatInstance string    `json:"chat_instance"`
	Data         string    `json:"data,omitempty"`
}

// InlineKeyboardMarkup is an inline keyboard.
type InlineKeyboardMarkup struct {
	InlineKeyboard [][]InlineKeyboardButton `json:"inline_keyboard"`
}

// WebAppInfo names a Mini App.
type WebAppInfo struct {
	URL string `json:"url"`
}

// InlineKeyboardButton is one inline button.
type InlineKeyboardButton struct {
	Text              string      `json:"text"`
	URL               *string     `json:"url,omitempty"`
	CallbackData      *string     `json:"callback_data,omitempty"`
	WebApp            *WebAppInfo `json:"web_app,omitempty"`
	SwitchInlineQuery *string     `json:"switch_inline_query,omitempty"`
	Pay               bool        `json:"pay,omitempty"`
}

// BotCommand is one entry of a command menu.
type BotCommand struct {
	Command     string `json:"command"`
	Description string `json:"description"`
}

// BotCommandScope is the scope of a command menu.
type BotCommandScope struct {
	Type   string `json:"type"`
	ChatID int64  `json:"chat_id,omitempty"`
	UserID int64  `json:"user_id,omitempty"`
}

// ResponseParameters tell a client how to retry a failed request.
type ResponseParameters struct {
	MigrateToChatID int64 `json:"migrate_to_chat_id,omitempty"`
	RetryAfter      int   `json:"retry_after,omitempty"`
}
