package tgfake

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	// Token is the only bot token the fake accepts.
	Token = "123456:TEST-TOKEN"
	// BotID is the bot's user id; like Telegram, it is the token's prefix.
	BotID int64 = 123456
	// BotUsername is the bot's username, without the @.
	BotUsername = "dondoc_test_bot"
	// BotFirstName is the bot's display name.
	BotFirstName = "Dondoc Test Bot"
)

// Server is a fake Telegram Bot API server. Create it with New and stop it
// with Close. All methods are safe for concurrent use.
type Server struct {
	ts   *httptest.Server
	done chan struct{}
	// token is the one bot token the fake accepts and bot the bot it
	// is (New: Token; NewBot: another).
	token     string
	bot       WireUser
	closeOnce sync.Once

	mu sync.Mutex

	// Updates.
	queue        []queued
	nextUpdateID int
	updateSignal chan struct{}
	poller       *poller
	allowed      map[string]bool // nil: Telegram's default set
	originOnly   bool            // Forward leaves out the deprecated forward_* fields
	hook         *webhookState   // set by setWebhook
	lastThread   int64           // the topic of the send being checked

	// Chats, messages and files.
	users          map[int64]*userState
	groups         map[int64]*groupState
	nextMessageID  map[int64]int64
	messageIDBase  int64 // the id before the first message of a new chat (IDsAfter)
	messages       map[msgKey]*storedMessage
	files          map[string]*storedFile
	filePaths      map[string]*storedFile
	nextFileID     int
	callbacks      map[string]bool // callback query id -> already answered
	nextCallbackID int64

	// Faults.
	faults Faults
	rng    *rand.Rand

	// Records.
	sent        []SentMessage
	requests    []Request
	calls       map[string]int
	answers     []CallbackAnswer
	commandSets []CommandSet
	menuButton  *MenuButton // the last setChatMenuButton (menu.go)
	unknown     []string
	sentSignal  chan struct{}
}

// handler serves one Bot API method. It returns the result to send with
// "ok": true, or an error. Handlers lock s.mu themselves.
type handler func(s *Server, c *call) (any, *apiError)

// methods maps lower-case method names (Telegram ignores the case of method
// names) to their canonical spelling and handler.
var methods = map[string]struct {
	name string
	fn   handler
}{}

func register(name string, fn handler) {
	methods[strings.ToLower(name)] = struct {
		name string
		fn   handler
	}{name, fn}
}

func init() {
	register("getMe", (*Server).getMe)
	register("getUpdates", (*Server).getUpdates)
	register("sendMessage", (*Server).sendMessage)
	register("sendDocument", (*Server).sendDocument)
	register("sendPhoto", (*Server).sendPhoto)
	register("editMessageText", (*Server).editMessageText)
	register("editMessageReplyMarkup", (*Server).editMessageReplyMarkup)
	register("answerCallbackQuery", (*Server).answerCallbackQuery)
	register("setMyCommands", (*Server).setMyCommands)
	register("getFile", (*Server).getFile)
	register("setWebhook", (*Server).setWebhook)
	register("deleteWebhook", (*Server).deleteWebhook)
	register("getWebhookInfo", (*Server).getWebhookInfo)
}

// New starts a fake server on a local port, for the bot of Token.
func New() *Server {
	return NewBot(Token, BotUsername)
}

// NewBot starts a fake server for another bot: the one whose token is
// token ("<bot id>:<secret>") and whose username is username. A deployment
// of several bots is tested with one fake per token, as each token is its
// own bot to Telegram.
func NewBot(token, username string) *Server {
	id, _ := strconv.ParseInt(strings.SplitN(token, ":", 2)[0], 10, 64)
	s := &Server{
		token:         token,
		bot:           WireUser{ID: id, IsBot: true, FirstName: BotFirstName, UserName: username},
		done:          make(chan struct{}),
		nextUpdateID:  1,
		updateSignal:  make(chan struct{}),
		users:         map[int64]*userState{},
		groups:        map[int64]*groupState{},
		nextMessageID: map[int64]int64{},
		messages:      map[msgKey]*storedMessage{},
		files:         map[string]*storedFile{},
		filePaths:     map[string]*storedFile{},
		callbacks:     map[string]bool{},
		calls:         map[string]int{},
		sentSignal:    make(chan struct{}),
	}
	s.rng = newFaultRand(0)
	s.ts = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	return s
}

// Close makes pending long polls and hanging requests return, then shuts
// the server down and waits for its handlers to finish.
func (s *Server) Close() {
	s.closeOnce.Do(func() {
		close(s.done)
		s.ts.Close()
	})
}

// URL returns the server's base URL, http://127.0.0.1:PORT.
func (s *Server) URL() string { return s.ts.URL }

// Endpoint returns the API endpoint in the "/bot%s/%s" format,
// http://127.0.0.1:PORT/bot%s/%s, for NewBotAPIWithClient.
func (s *Server) Endpoint() string { return s.ts.URL + "/bot%s/%s" }

// FileEndpoint returns the file download endpoint in the same format,
// http://127.0.0.1:PORT/file/bot%s/%s: fmt.Sprintf(FileEndpoint(), Token,
// file.FilePath) is the download URL of a file returned by getFile.
func (s *Server) FileEndpoint() string { return s.ts.URL + "/file/bot%s/%s" }

// serveHTTP routes /bot<token>/<method> and /file/bot<token>/<path>.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	switch {
	case strings.HasPrefix(path, "/file/bot"):
		s.serveFile(w, r, strings.TrimPrefix(path, "/file/bot"))
	case strings.HasPrefix(path, "/bot"):
		rest := strings.TrimPrefix(path, "/bot")
		token, method, _ := strings.Cut(rest, "/")
		s.serveMethod(w, r, token, method)
	default:
		writeError(w, errNotFound())
	}
}

// serveMethod runs one API call, applying faults, and records
// its outcome.
func (s *Server) serveMethod(w http.ResponseWriter, r *http.Request, token, method string) {
	at := time.Now()
	name := method
	entry, known := methods[strings.ToLower(method)]
	if known {
		name = entry.name
	}
	c, perr := parseCall(w, r, name)
	status := s.runMethod(w, c, perr, token, known, entry.fn)

	s.mu.Lock()
	s.calls[name]++
	if !known && token == s.token {
		s.unknown = append(s.unknown, name)
	}
	s.requests = append(s.requests, Request{Method: name, At: at, ChatID: c.chatIDOrZero(), Status: status})
	s.mu.Unlock()
}

// runMethod writes the answer to one call and returns its HTTP status.
func (s *Server) runMethod(w http.ResponseWriter, c *call, perr *apiError, token string, known bool, fn handler) int {
	if token != s.token {
		return writeError(w, errUnauthorized())
	}
	if !known {
		return writeError(w, errNotFound())
	}
	if perr != nil {
		return writeError(w, perr)
	}

	plan := s.planFault(c)
	if plan.latency > 0 && !s.sleep(plan.latency) {
		return writeError(w, errClosed())
	}
	switch plan.kind {
	case fault429:
		return writeError(w, errTooManyRequests(plan.retryAfter))
	case fault500:
		return writeError(w, &apiError{code: 500, desc: "Internal Server Error"})
	case faultHTML502:
		return writeHTML502(w)
	case faultParse:
		return writeError(w, errBadRequest("can't parse entities: Can't find end tag corresponding to start tag b"))
	}

	result, e := fn(s, c)

	if plan.kind == faultTimeout && !s.sleep(plan.hang) {
		return writeError(w, errClosed())
	}
	if e != nil {
		return writeError(w, e)
	}
	return writeResult(w, result)
}

// sleep waits d, or less if the server closes; it reports whether the whole
// time passed. The client giving up does not cut it short: Telegram goes on
// processing a request whose client has gone.
func (s *Server) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-s.done:
		return false
	}
}

// writeResult writes {"ok":true,"result":...}.
func writeResult(w http.ResponseWriter, result any) int {
	raw, err := json.Marshal(result)
	if err != nil {
		return writeError(w, &apiError{code: 500, desc: "Internal Server Error: " + err.Error()})
	}
	body := make([]byte, 0, len(raw)+24)
	body = append(body, `{"ok":true,"result":`...)
	body = append(body, raw...)
	body = append(body, '}')
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
	return http.StatusOK
}

// writeError writes Telegram's error object with e's code as HTTP status.
func writeError(w http.ResponseWriter, e *apiError) int {
	body, _ := json.Marshal(struct {
		Ok          bool                `json:"ok"`
		ErrorCode   int                 `json:"error_code"`
		Description string              `json:"description"`
		Parameters  *ResponseParameters `json:"parameters,omitempty"`
	}{false, e.code, e.desc, e.params})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(e.code)
	_, _ = w.Write(body)
	return e.code
}

// html502 is what the proxy in front of the Bot API answers when the
// backend is down: HTML, not JSON.
const html502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
	"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n"

func writeHTML502(w http.ResponseWriter) int {
	w.Header().Set("Content-Type", "text/html")
	w.Header().Set("Content-Length", strconv.Itoa(len(html502)))
	w.WriteHeader(http.StatusBadGateway)
	_, _ = w.Write([]byte(html502))
	return http.StatusBadGateway
}
