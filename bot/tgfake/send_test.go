package tgfake

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

func TestSendWithInlineKeyboardIsRecorded(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "/start")

	msg := NewMessage(alice.ID, "<b>Report</b> ready")
	msg.ParseMode = ModeHTML
	msg.ReplyMarkup = NewInlineKeyboardMarkup(
		NewInlineKeyboardRow(
			NewInlineKeyboardButtonData("Approve", "approve:42"),
			NewInlineKeyboardButtonData("Reject", "reject:42"),
		),
		NewInlineKeyboardRow(NewInlineKeyboardButtonURL("Open", "https://example.com/r/42")),
	)
	got, err := bot.Send(msg)
	if err != nil {
		t.Fatal(err)
	}
	if got.MessageID != 2 || got.Text != "Report ready" || got.Chat.ID != alice.ID || got.ReplyMarkup == nil {
		t.Fatalf("result = %+v", got)
	}

	sent := srv.WaitSent(t, 0, func(m SentMessage) bool { return m.ChatID == alice.ID })
	want := [][]Button{
		{{Text: "Approve", CallbackData: "approve:42"}, {Text: "Reject", CallbackData: "reject:42"}},
		{{Text: "Open", URL: "https://example.com/r/42"}},
	}
	if sent.Method != "sendMessage" || sent.Text != "<b>Report</b> ready" || sent.PlainText != "Report ready" ||
		sent.ParseMode != "HTML" || sent.MessageID != 2 {
		t.Fatalf("recorded %+v", sent)
	}
	if len(sent.Buttons) != 2 || len(sent.Buttons[0]) != 2 || sent.Buttons[0][1] != want[0][1] || sent.Buttons[1][0] != want[1][0] {
		t.Fatalf("buttons = %+v, want %+v", sent.Buttons, want)
	}
	if !sent.HasButton("approve:42") || sent.HasButton("approve:43") {
		t.Fatal("HasButton is wrong")
	}
	if b, ok := sent.Button("reject:42"); !ok || b.Text != "Reject" {
		t.Fatalf("Button(reject:42) = %+v, %v", b, ok)
	}
	if _, ok := sent.Button("reject:43"); ok {
		t.Fatal("Button found a button that is not there")
	}
}

func TestSendValidation(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "hi")

	keyboard := func(data string) InlineKeyboardMarkup {
		return NewInlineKeyboardMarkup(NewInlineKeyboardRow(NewInlineKeyboardButtonData("b", data)))
	}
	tests := []struct {
		name    string
		text    string
		mode    string
		markup  any
		replyTo int
		want    string // "" means accepted
	}{
		{"4096 ASCII", strings.Repeat("a", 4096), "", nil, 0, ""},
		{"4097 ASCII", strings.Repeat("a", 4097), "", nil, 0, "message is too long"},
		{"4096 units of astral digits", strings.Repeat("𝟘", 2048), "", nil, 0, ""},
		{"4096 astral digits are 8192 units", strings.Repeat("𝟘", 4096), "", nil, 0, "message is too long"},
		{"4096 Vietnamese letters", strings.Repeat("ệ", 4096), "", nil, 0, ""},
		{"markup does not count", "<b>" + strings.Repeat("a", 4096) + "</b>", "HTML", nil, 0, ""},
		{"entities count once", strings.Repeat("&amp;", 4097), "HTML", nil, 0, "message is too long"},
		{"empty", "", "", nil, 0, "message text is empty"},
		{"white space only", " \n ", "", nil, 0, "message text is empty"},
		{"empty after markup", "<b></b>", "HTML", nil, 0, "message text is empty"},
		{"invalid UTF-8", "caf\xc3", "", nil, 0, "text must be encoded in UTF-8"},
		{"unknown parse mode", "x", "Html5", nil, 0, "unsupported parse_mode"},
		{"HTML accepted", "<b>a &amp; b</b>", "HTML", nil, 0, ""},
		{"HTML raw ampersand", "<b>a & b", "HTML", nil, 0, "can't parse entities: "},
		{"HTML raw less-than", "a < b", "HTML", nil, 0, `can't parse entities: Unsupported start tag "" at byte offset 2`},
		{"HTML unknown tag", "<x>", "HTML", nil, 0, `can't parse entities: Unsupported start tag "x" at byte offset 0`},
		{"HTML not parsed without parse mode", "a < b & <x>", "", nil, 0, ""},
		{"callback data 64 bytes", "k", "", keyboard(strings.Repeat("d", 64)), 0, ""},
		{"callback data 65 bytes", "k", "", keyboard(strings.Repeat("d", 65)), 0, "BUTTON_DATA_INVALID"},
		{"callback data 22 Vietnamese letters are 66 bytes", "k", "", keyboard(strings.Repeat("ệ", 22)), 0, "BUTTON_DATA_INVALID"},
		{"empty callback data", "k", "", keyboard(""), 0, "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"},
		{"localhost URL button", "k", "", NewInlineKeyboardMarkup(NewInlineKeyboardRow(
			NewInlineKeyboardButtonURL("b", "http://localhost:8080/x"))), 0, "BUTTON_URL_INVALID"},
		{"reply keyboard", "k", "", NewReplyKeyboard(NewKeyboardButtonRow(NewKeyboardButton("Yes"))), 0, ""},
		{"reply to missing message", "k", "", nil, 99, "message to be replied not found"},
		{"reply to existing message", "k", "", nil, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Sent())
			msg := NewMessage(alice.ID, tt.text)
			msg.ParseMode = tt.mode
			msg.ReplyMarkup = tt.markup
			msg.ReplyToMessageID = tt.replyTo
			_, err := bot.Send(msg)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				if len(srv.Sent()) != before+1 {
					t.Fatal("accepted but not recorded")
				}
				return
			}
			e := apiErr(t, err)
			if e.Code != 400 || !strings.HasPrefix(e.Message, "Bad Request: "+tt.want) {
				t.Fatalf("error = %d %q, want 400 %q", e.Code, e.Message, "Bad Request: "+tt.want)
			}
			if len(srv.Sent()) != before {
				t.Fatal("rejected but recorded")
			}
		})
	}
}

func TestChatAccess(t *testing.T) {
	carol := User{ID: 1003, FirstName: "Carol"}
	dave := User{ID: 1004, FirstName: "Dave"}
	tests := []struct {
		name   string
		setup  func(srv *Server)
		chatID int64
		code   int
		want   string
	}{
		{"user who wrote to the bot", func(srv *Server) { srv.SendText(alice, "hi") }, alice.ID, 0, ""},
		{"user who pressed Start", func(srv *Server) { srv.StartChat(bob.ID) }, bob.ID, 0, ""},
		{"user never seen", func(*Server) {}, 4242, 400, "Bad Request: chat not found"},
		{"group member who never started the bot", func(srv *Server) { srv.SendGroupText(carol, team, "hello") },
			carol.ID, 403, "Forbidden: bot can't initiate conversation with a user"},
		{"NeverStarted", func(srv *Server) { srv.SendText(dave, "hi"); srv.NeverStarted(dave.ID) },
			dave.ID, 403, "Forbidden: bot can't initiate conversation with a user"},
		{"blocked", func(srv *Server) { srv.SendText(alice, "hi"); srv.Block(alice.ID) },
			alice.ID, 403, "Forbidden: bot was blocked by the user"},
		{"blocked before starting", func(srv *Server) { srv.Block(bob.ID) },
			bob.ID, 403, "Forbidden: bot was blocked by the user"},
		{"unblocked", func(srv *Server) { srv.Block(alice.ID); srv.Unblock(alice.ID) }, alice.ID, 0, ""},
		{"known group", func(srv *Server) { srv.AddGroup(team) }, team.ID, 0, ""},
		{"group where a user wrote", func(srv *Server) { srv.SendGroupText(carol, team, "hello") }, team.ID, 0, ""},
		{"unknown group", func(*Server) {}, -5005, 400, "Bad Request: chat not found"},
		{"bot left the group", func(srv *Server) { srv.AddGroup(team); srv.NeverStarted(team.ID) }, team.ID, 400, "Bad Request: chat not found"},
		{"migrated group", func(srv *Server) { srv.AddGroup(team); srv.MigrateGroup(team.ID, -1009000) },
			team.ID, 400, "Bad Request: group chat was upgraded to a supergroup chat"},
		{"supergroup after migration", func(srv *Server) { srv.AddGroup(team); srv.MigrateGroup(team.ID, -1009000) }, -1009000, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t)
			bot := newBot(t, srv)
			tt.setup(srv)
			_, err := bot.Send(NewMessage(tt.chatID, "news"))
			if tt.code == 0 {
				if err != nil {
					t.Fatalf("Send: %v", err)
				}
				return
			}
			wantAPIError(t, err, tt.code, tt.want)
			if tt.name == "migrated group" && apiErr(t, err).MigrateToChatID != -1009000 {
				t.Fatalf("MigrateToChatID = %d", apiErr(t, err).MigrateToChatID)
			}
			if len(srv.Sent()) != 0 {
				t.Fatalf("failed send recorded: %v", srv.Sent())
			}
		})
	}
}

func TestDocumentUpload(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "/report")
	data := []byte("PK\x03\x04 fake xlsx bytes")

	doc := NewDocument(alice.ID, FileBytes{Name: "report-2024.xlsx", Bytes: data})
	doc.Caption = "<b>Weekly</b> report"
	doc.ParseMode = ModeHTML
	got, err := bot.Send(doc)
	if err != nil {
		t.Fatal(err)
	}
	if got.Document == nil || got.Document.FileName != "report-2024.xlsx" || got.Document.FileSize != len(data) ||
		got.Caption != "Weekly report" {
		t.Fatalf("result = %+v (document %+v)", got, got.Document)
	}
	sent := srv.WaitSent(t, 0, func(m SentMessage) bool { return m.Method == "sendDocument" })
	if sent.Document == nil || sent.Document.Name != "report-2024.xlsx" || !bytes.Equal(sent.Document.Data, data) ||
		sent.Caption != "<b>Weekly</b> report" {
		t.Fatalf("recorded %+v", sent)
	}

	// Sending again by file_id reuses the stored file.
	if _, err := bot.Send(NewDocument(alice.ID, FileID(got.Document.FileID))); err != nil {
		t.Fatal(err)
	}
	again := srv.Sent()[1]
	if again.Document == nil || !bytes.Equal(again.Document.Data, data) {
		t.Fatalf("resent = %+v", again)
	}

	// Errors of uploads carry their code like any other.
	srv.Block(alice.ID)
	_, err = bot.Send(NewDocument(alice.ID, FileBytes{Name: "a.txt", Bytes: []byte("x")}))
	if e := apiErr(t, err); e.Code != 403 || e.Message != "Forbidden: bot was blocked by the user" {
		t.Fatalf("upload error = %d %q", e.Code, e.Message)
	}
}

func TestPhotoUpload(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	srv.SendText(alice, "chart please")
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	img.Set(1, 1, color.Black)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}

	got, err := bot.Send(NewPhoto(alice.ID, FileBytes{Name: "chart.png", Bytes: buf.Bytes()}))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Photo) != 1 || got.Photo[0].Width != 40 || got.Photo[0].Height != 30 {
		t.Fatalf("photo = %+v", got.Photo)
	}
	sent := srv.Sent()[0]
	if sent.Method != "sendPhoto" || sent.Photo == nil || sent.Photo.Name != "chart.png" || !bytes.Equal(sent.Photo.Data, buf.Bytes()) {
		t.Fatalf("recorded %+v", sent)
	}

	_, err = bot.Send(NewPhoto(alice.ID, FileBytes{Name: "report.pdf", Bytes: []byte("%PDF-1.4")}))
	if e := apiErr(t, err); e.Message != "Bad Request: IMAGE_PROCESS_FAILED" {
		t.Fatalf("non-image photo: %q", e.Message)
	}
	_, err = bot.Send(NewDocument(alice.ID, FileID(got.Photo[0].FileID)))
	wantAPIError(t, err, 400, "Bad Request: can't use file of type Photo as Document")
}

func TestEdits(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	user := srv.SendText(alice, "hi")
	kb := NewInlineKeyboardMarkup(NewInlineKeyboardRow(NewInlineKeyboardButtonData("OK", "ok")))
	msg := NewMessage(alice.ID, "Pick one")
	msg.ReplyMarkup = kb
	orig, err := bot.Send(msg)
	if err != nil {
		t.Fatal(err)
	}

	// The same text and keyboard change nothing.
	_, err = bot.Send(NewEditMessageTextAndMarkup(alice.ID, orig.MessageID, "Pick one", kb))
	wantAPIError(t, err, 400, "Bad Request: message is not modified: specified new message content and reply markup "+
		"are exactly the same as a current content and reply markup of the message")

	// editMessageText without reply_markup removes the keyboard.
	edited, err := bot.Send(NewEditMessageText(alice.ID, orig.MessageID, "Done"))
	if err != nil {
		t.Fatal(err)
	}
	if edited.Text != "Done" || edited.ReplyMarkup != nil || edited.EditDate == 0 {
		t.Fatalf("edited = %+v", edited)
	}
	rec := srv.Sent()[1]
	if rec.Method != "editMessageText" || rec.MessageID != int64(orig.MessageID) || rec.Text != "Done" || rec.Buttons != nil {
		t.Fatalf("recorded edit %+v", rec)
	}
	if m, ok := srv.Message(alice.ID, int64(orig.MessageID)); !ok || m.Text != "Done" || m.ReplyMarkup != nil {
		t.Fatalf("stored = %+v", m)
	}

	// Put a keyboard back, then remove it with an empty one.
	if _, err := bot.Send(NewEditMessageReplyMarkup(alice.ID, orig.MessageID, kb)); err != nil {
		t.Fatal(err)
	}
	if rec := srv.Sent()[2]; rec.Method != "editMessageReplyMarkup" || rec.Text != "Done" || len(rec.Buttons) != 1 {
		t.Fatalf("recorded markup edit %+v", rec)
	}
	if _, err := bot.Send(NewEditMessageReplyMarkup(alice.ID, orig.MessageID, InlineKeyboardMarkup{})); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		msg  int
		want string
	}{
		{"user message", user.Message.MessageID, "Bad Request: message can't be edited"},
		{"missing message", 99, "Bad Request: message to edit not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.Send(NewEditMessageText(alice.ID, tt.msg, "x"))
			wantAPIError(t, err, 400, tt.want)
		})
	}
}
