package tgfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	_ "image/gif"  // decode GIF sizes of photos
	_ "image/jpeg" // decode JPEG sizes of photos
	_ "image/png"  // decode PNG sizes of photos
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// msgKey identifies a message: ids are per chat.
type msgKey struct {
	chat int64
	id   int64
}

// storedMessage is the current state of a message in a chat.
type storedMessage struct {
	msg     Message
	fromBot bool
	// For bot messages: the text as sent, its parse mode and the keyboard,
	// to record edits and detect "message is not modified".
	raw       string
	parseMode string
	markup    *markup
}

// File kinds, for "can't use file of type X as Y".
const (
	kindDocument = "Document"
	kindPhoto    = "Photo"
)

// storedFile is a file known to the fake, sent by a user or by the bot.
type storedFile struct {
	id       string
	uniqueID string
	kind     string
	name     string
	mime     string
	data     []byte
	path     string
	width    int
	height   int
}

// maxDownloadSize is the largest file getFile serves.
const maxDownloadSize = 20 << 20

// nextMessageIDLocked returns the next message id in a chat. Bot and user
// messages share the sequence, as in Telegram.
func (s *Server) nextMessageIDLocked(chatID int64) int64 {
	if _, ok := s.nextMessageID[chatID]; !ok {
		s.nextMessageID[chatID] = s.messageIDBase
	}
	s.nextMessageID[chatID]++
	return s.nextMessageID[chatID]
}

// storeLocked keeps a copy of m as the current state of its message.
func (s *Server) storeLocked(m Message, sm *storedMessage) {
	sm.msg = deepCopy(m)
	s.messages[msgKey{m.Chat.ID, int64(m.MessageID)}] = sm
}

// messageLocked returns a stored message, nil if it never existed.
func (s *Server) messageLocked(chatID, messageID int64) *storedMessage {
	return s.messages[msgKey{chatID, messageID}]
}

// Message returns the current state of a message (after edits), false if
// it does not exist.
func (s *Server) Message(chatID, messageID int64) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sm := s.messageLocked(chatID, messageID)
	if sm == nil {
		return Message{}, false
	}
	return deepCopy(sm.msg), true
}

// replySnapshot returns a message as it appears in reply_to_message: a copy
// without its own reply.
func replySnapshot(m Message) *Message {
	c := deepCopy(m)
	c.ReplyToMessage = nil
	return &c
}

// deepCopy copies a message or an update through JSON, so that later edits
// of the stored message do not change updates already queued or answers
// already given.
func deepCopy[T any](v T) T {
	var c T
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil {
		panic(fmt.Sprintf("tgfake: cannot copy %T: %v", v, err))
	}
	return c
}

// botUser is the bot as it appears in messages.
func (s *Server) botUser() *WireUser {
	u := s.bot
	return &u
}

// newBotMessageLocked starts a message from the bot in a chat.
func (s *Server) newBotMessageLocked(chatID int64) Message {
	chat := s.chatLocked(chatID)
	return Message{
		MessageID: int(s.nextMessageIDLocked(chatID)),
		From:      s.botUser(),
		Date:      int(time.Now().Unix()),
		Chat:      &chat,
	}
}

// addFileLocked stores a file and returns it.
func (s *Server) addFileLocked(kind, name, mimeType string, data []byte) *storedFile {
	s.nextFileID++
	n := s.nextFileID
	f := &storedFile{
		id:       fmt.Sprintf("tgfake-%s-%d", strings.ToLower(kind), n),
		uniqueID: fmt.Sprintf("tgfake-unique-%d", n),
		kind:     kind,
		name:     name,
		mime:     mimeType,
		data:     data,
	}
	switch kind {
	case kindPhoto:
		f.path = fmt.Sprintf("photos/file_%d.jpg", n)
		f.mime = http.DetectContentType(data)
		if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil {
			f.width, f.height = cfg.Width, cfg.Height
		}
	default:
		ext := path.Ext(name)
		f.path = fmt.Sprintf("documents/file_%d%s", n, ext)
		if f.mime == "" || f.mime == "application/octet-stream" {
			if t := mime.TypeByExtension(ext); t != "" {
				f.mime = t
			} else {
				f.mime = "application/octet-stream"
			}
		}
	}
	s.files[f.id] = f
	s.filePaths[f.path] = f
	return f
}

// document returns f as a Document.
func (f *storedFile) document() *Document {
	return &Document{
		FileID:       f.id,
		FileUniqueID: f.uniqueID,
		FileName:     f.name,
		MimeType:     f.mime,
		FileSize:     len(f.data),
	}
}

// photo returns f as the photo sizes of a message.
func (f *storedFile) photo() []PhotoSize {
	return []PhotoSize{{
		FileID:       f.id,
		FileUniqueID: f.uniqueID,
		Width:        f.width,
		Height:       f.height,
		FileSize:     len(f.data),
	}}
}

// record returns f as recorded in SentMessage.
func (f *storedFile) record() *File {
	return &File{Name: f.name, Data: f.data}
}
