package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
)

// console turns the lines typed at the terminal into updates from a
// simulated user to one of the bots, and prints what the bots send.
type console struct {
	bots []*fakeBot
	cur  *fakeBot // the bot the user writes to
	mu   sync.Mutex
	out  io.Writer
	me   tgfake.User
	// names keeps the name given to each user, so that switching back
	// to someone keeps it.
	names map[int64]string
}

func newConsole(bots []*fakeBot, out io.Writer, user int64) *console {
	c := &console{bots: bots, cur: bots[0], out: out, names: map[int64]string{}}
	c.me = c.user(user, "")
	return c
}

// user is the user id, named name, or as last named, or "Người dùng <id>".
func (c *console) user(id int64, name string) tgfake.User {
	if name != "" {
		c.names[id] = name
	}
	if c.names[id] == "" {
		c.names[id] = fmt.Sprintf(msgUserName, id)
	}
	return tgfake.User{ID: id, FirstName: c.names[id]}
}

func (c *console) printf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(c.out, format, args...)
}

// handle acts on one typed line and reports whether to quit.
func (c *console) handle(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	if !strings.HasPrefix(line, ":") {
		c.cur.srv.SendText(c.me, line)
		return false
	}
	cmd, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	switch cmd {
	case ":thoat", ":quit":
		return true
	case ":giup", ":help":
		c.printf("%s", msgHelp)
	case ":nguoi":
		c.switchUser(rest)
	case ":nhom":
		c.groupText(rest)
	case ":traloi":
		c.reply(rest)
	case ":bam":
		c.press(rest)
	case ":bot":
		c.switchBot(rest)
	default:
		c.printf(msgUnknown, line)
	}
	return false
}

func (c *console) switchUser(rest string) {
	idText, name, _ := strings.Cut(rest, " ")
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || id <= 0 {
		c.printf("%s", msgBadUser)
		return
	}
	c.me = c.user(id, strings.TrimSpace(name))
	c.printf(msgYouAre, id, c.me.FirstName)
}

func (c *console) groupText(rest string) {
	idText, text, _ := strings.Cut(rest, " ")
	id, err := strconv.ParseInt(idText, 10, 64)
	text = strings.TrimSpace(text)
	if err != nil || id >= 0 || text == "" {
		c.printf("%s", msgBadGroup)
		return
	}
	c.cur.srv.SendGroupText(c.me, tgfake.Chat{ID: id, Title: fmt.Sprintf(msgGroupTitle, -id)}, text)
}

func (c *console) reply(rest string) {
	idText, text, _ := strings.Cut(rest, " ")
	id, err := strconv.ParseInt(idText, 10, 64)
	text = strings.TrimSpace(text)
	if err != nil || id <= 0 || text == "" {
		c.printf("%s", msgBadReply)
		return
	}
	if _, ok := c.cur.srv.Message(c.me.ID, id); !ok {
		c.printf(msgNoMessage, id, fmt.Sprintf(msgChatPrivate, c.me.ID))
		return
	}
	c.cur.srv.Reply(c.me, c.me.ID, id, text)
}

func (c *console) press(rest string) {
	ref, data, _ := strings.Cut(rest, " ")
	data = strings.TrimSpace(data)
	chat, msg, err := parseMessageRef(ref, c.me.ID)
	if err != nil || data == "" {
		c.printf("%s", msgBadPress)
		return
	}
	if _, ok := c.cur.srv.Message(chat, msg); !ok {
		c.printf(msgNoMessage, msg, chatName(chat))
		return
	}
	c.cur.srv.PressButton(c.me, tgfake.SentMessage{ChatID: chat, MessageID: msg}, data)
}

// parseMessageRef reads "<message>" (in the private chat of me) or
// "<chat>/<message>".
func parseMessageRef(ref string, me int64) (chat, msg int64, err error) {
	chat = me
	msgText := ref
	if chatText, m, ok := strings.Cut(ref, "/"); ok {
		if chat, err = strconv.ParseInt(chatText, 10, 64); err != nil {
			return 0, 0, err
		}
		msgText = m
	}
	if msg, err = strconv.ParseInt(msgText, 10, 64); err != nil {
		return 0, 0, err
	}
	if msg <= 0 || chat == 0 {
		return 0, 0, errors.New("tgfake: no such message")
	}
	return chat, msg, nil
}

func chatName(chat int64) string {
	if chat < 0 {
		return fmt.Sprintf(msgChatGroup, chat)
	}
	return fmt.Sprintf(msgChatPrivate, chat)
}

func (c *console) switchBot(rest string) {
	name := strings.TrimPrefix(rest, "@")
	for i, b := range c.bots {
		if name == b.username || name == strconv.Itoa(i+1) {
			c.cur = b
			c.printf(msgBotNow, b.username)
			return
		}
	}
	names := make([]string, len(c.bots))
	for i, b := range c.bots {
		names[i] = fmt.Sprintf("%d: @%s", i+1, b.username)
	}
	c.printf(msgBadBot, strings.Join(names, ", "))
}

// printSent prints every send, edit and callback answer of the bots as it
// happens, until ctx ends.
func (c *console) printSent(ctx context.Context) {
	sent := make([]int, len(c.bots))
	answers := make([]int, len(c.bots))
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		for i, b := range c.bots {
			all := b.srv.Sent()
			for _, m := range all[sent[i]:] {
				c.printf("%s", formatSent(b.username, m))
			}
			sent[i] = len(all)
			ans := b.srv.CallbackAnswers()
			for _, a := range ans[answers[i]:] {
				if a.Text == "" {
					continue
				}
				alert := ""
				if a.ShowAlert {
					alert = msgAlert
				}
				c.printf(msgAnswer, b.username, alert, a.Text)
			}
			answers[i] = len(ans)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// formatSent writes one message of the bot username as Telegram would show
// it, with the console command that presses each of its buttons.
func formatSent(username string, m tgfake.SentMessage) string {
	var b strings.Builder
	edited := ""
	if strings.HasPrefix(m.Method, "edit") {
		edited = msgEdited
	}
	text := m.PlainText
	if text == "" {
		text = m.Caption
	}
	fmt.Fprintf(&b, msgSent, username, chatName(m.ChatID), m.MessageID, edited, text)
	for _, f := range []*tgfake.File{m.Document, m.Photo} {
		if f != nil {
			fmt.Fprintf(&b, msgFile, f.Name, len(f.Data))
		}
	}
	ref := strconv.FormatInt(m.MessageID, 10)
	if m.ChatID < 0 {
		ref = fmt.Sprintf("%d/%d", m.ChatID, m.MessageID)
	}
	for _, row := range m.Buttons {
		for _, btn := range row {
			switch {
			case btn.CallbackData != "":
				fmt.Fprintf(&b, msgButton, btn.Text, ref, btn.CallbackData)
			case btn.URL != "":
				fmt.Fprintf(&b, msgButtonURL, btn.Text, btn.URL)
			case btn.WebApp != "":
				fmt.Fprintf(&b, msgButtonURL, btn.Text, btn.WebApp)
			}
		}
	}
	return b.String()
}

// readLines sends each line of in to lines and closes it at the end.
func readLines(in io.Reader, lines chan<- string) {
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		lines <- sc.Text()
	}
	close(lines)
}

// parseTokens reads the comma-separated tokens, refusing one the bot
// could not be served under, or the same bot twice.
func parseTokens(list string) ([]string, error) {
	var tokens []string
	seen := map[string]bool{}
	for _, token := range strings.Split(list, ",") {
		token = strings.TrimSpace(token)
		if token == "" {
			continue
		}
		id, secret, ok := strings.Cut(token, ":")
		if n, err := strconv.ParseInt(id, 10, 64); !ok || err != nil || n <= 0 || secret == "" {
			return nil, fmt.Errorf(msgBadToken, token)
		}
		if seen[id] {
			return nil, fmt.Errorf(msgSameBot, id)
		}
		seen[id] = true
		tokens = append(tokens, token)
	}
	if len(tokens) == 0 {
		return nil, fmt.Errorf(msgBadToken, list)
	}
	return tokens, nil
}
