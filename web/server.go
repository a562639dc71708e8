// Package web is dondoc's dashboard for leaders: a Telegram Mini App (and a
// page for desktop browsers) with server-rendered views, a JSON API under
// /api/, authentication by Telegram initData or a signed session cookie,
// and CSRF protection on every change. It reads through the tasks and
// weekly stores and acts through the same domain calls as the chat, with
// the same permission rules (tasks.Member).
package web

import (
	"context"
	"embed"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

//go:embed templates/*.html static/*
var assets embed.FS

// Config tunes the dashboard.
type Config struct {
	// Token is the bot token: initData is signed with it, and the session
	// and CSRF keys are derived from it.
	Token string
	// OtherTokens are the other bots of the deployment (a bot per
	// province): the Mini App opened from any of them is accepted.
	OtherTokens []string
	// PublicURL is the https address Telegram opens (DONDOC_PUBLIC_URL).
	PublicURL string
	// InitDataMaxAge is the oldest initData accepted; 0 is 24 hours.
	InitDataMaxAge time.Duration
	// SessionTTL is how long a session cookie lasts; 0 is 8 hours.
	SessionTTL time.Duration
	// Files fetches the evidence people sent to the bot; nil lists the
	// files without opening them.
	Files FileSource
}

// FileSource fetches a file sent to the bot by its Telegram file id.
type FileSource interface {
	OpenFile(ctx context.Context, fileID string) (io.ReadCloser, error)
}

// Server serves the dashboard.
type Server struct {
	store *tasks.Store
	db    *sqlx.DB
	cfg   Config
	keys  keys
	kick  func()
	clock func() time.Time
	log   *slog.Logger
	pages *pages
}

// New returns the dashboard. kick wakes the outbox sender after an action
// queued messages; clock is time.Now outside tests.
func New(store *tasks.Store, cfg Config, kick func(), clock func() time.Time, log *slog.Logger) (*Server, error) {
	if cfg.InitDataMaxAge <= 0 {
		cfg.InitDataMaxAge = DefaultInitDataMaxAge
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.Token == "" {
		return nil, errors.New("web: no bot token")
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	if kick == nil {
		kick = func() {}
	}
	return &Server{store: store, db: store.DB(), cfg: cfg, keys: deriveKeys(cfg.Token), kick: kick, clock: clock, log: log, pages: p}, nil
}

// Handler returns the dashboard's routes: / (the page), /login, /static/,
// /p/ (views as HTML fragments) and /api/ (JSON).
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.handleShell)
	mux.HandleFunc("GET /login", s.handleLoginPage)
	mux.HandleFunc("POST /login", s.handleLogin)
	mux.HandleFunc("POST /logout", s.authed(s.handleLogout))
	mux.HandleFunc("GET /api/me", s.authed(s.apiMe))
	mux.HandleFunc("GET /api/overview", s.authed(s.apiOverview))
	mux.HandleFunc("GET /api/tasks", s.authed(s.apiTasks))
	mux.HandleFunc("GET /api/tasks/{id}", s.authed(s.apiTask))
	mux.HandleFunc("GET /api/meetings", s.authed(s.apiMeetings))
	mux.HandleFunc("GET /api/meetings/{id}", s.authed(s.apiMeeting))
	mux.HandleFunc("GET /api/reports/{kind}", s.authed(s.apiReport))
	mux.HandleFunc("GET /api/reports/{kind}/chart.png", s.authed(s.apiReportChart))
	mux.HandleFunc("GET /api/reports/{kind}/report.xlsx", s.authed(s.apiReportXLSX))
	mux.HandleFunc("GET /api/reports/{kind}/link", s.authed(s.apiReportLink))
	mux.HandleFunc("GET /dl/{token}", s.handleDownload)
	mux.HandleFunc("GET /api/tasks/{id}/files/{n}", s.authed(s.apiFile))
	mux.HandleFunc("POST /api/tasks/{id}/{action}", s.authed(s.apiAction))
	mux.HandleFunc("POST /api/tasks/{id}/extensions/{ext}/{decision}", s.authed(s.apiExtension))
	mux.HandleFunc("GET /p/{view}", s.authed(s.handleView))
	return securityHeaders(mux)
}

// securityHeaders adds the headers every answer carries. Telegram shows
// the page in a frame on its web and desktop clients, so framing is
// allowed to Telegram's origins only.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "same-origin")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' https://telegram.org; img-src 'self' blob: data:; style-src 'self'; frame-ancestors 'self' https://web.telegram.org https://*.telegram.org")
		if strings.HasPrefix(r.URL.Path, "/api/") || strings.HasPrefix(r.URL.Path, "/p/") {
			w.Header().Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

// viewer is the person behind a request: their membership (with the
// permission rules of tasks.Member) and the CSRF token of their session.
type viewer struct {
	tasks.Member
	csrf  string
	nonce string
	org   tasks.Org
	loc   *time.Location
}

// errUnauthenticated is a request without valid credentials.
var errUnauthenticated = errors.New("web: unauthenticated")

// errStranger is a Telegram user who belongs to no organisation.
var errStranger = errors.New("web: not a member")

// authenticate finds who sent the request: Mini App initData in the
// "Authorization: tma <initData>" header, or the session cookie.
func (s *Server) authenticate(r *http.Request) (viewer, error) {
	now := s.clock()
	var (
		tgUserID, orgID int64
		nonce           string
	)
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, raw, _ := strings.Cut(h, " ")
		if !strings.EqualFold(scheme, "tma") {
			return viewer{}, errUnauthenticated
		}
		d, err := VerifyInitData(strings.TrimSpace(raw), s.cfg.Token, s.cfg.InitDataMaxAge, now)
		for _, tok := range s.cfg.OtherTokens {
			if err == nil {
				break
			}
			d, err = VerifyInitData(strings.TrimSpace(raw), tok, s.cfg.InitDataMaxAge, now)
		}
		if err != nil {
			return viewer{}, errUnauthenticated
		}
		tgUserID, nonce = d.UserID, "tma:"+d.Hash
	} else if c, err := r.Cookie(SessionCookie); err == nil {
		sess, err := s.keys.open(c.Value, now)
		if err != nil {
			return viewer{}, errUnauthenticated
		}
		tgUserID, orgID, nonce = sess.TgUserID, sess.OrgID, "cookie:"+sess.Nonce
	} else {
		return viewer{}, errUnauthenticated
	}
	ms, err := s.store.Memberships(r.Context(), tgUserID)
	if err != nil {
		return viewer{}, err
	}
	for _, m := range ms {
		if orgID == 0 || m.OrgID == orgID {
			return s.viewerOf(r.Context(), m, nonce)
		}
	}
	return viewer{}, errStranger
}

func (s *Server) viewerOf(ctx context.Context, m tasks.Member, nonce string) (viewer, error) {
	org, err := s.store.Org(ctx, m.OrgID)
	if err != nil {
		return viewer{}, err
	}
	loc, err := org.Location()
	if err != nil {
		return viewer{}, err
	}
	return viewer{Member: m, nonce: nonce, csrf: s.keys.csrfToken(nonce), org: org, loc: loc}, nil
}

// authed runs h for an authenticated member; a state-changing request must
// also carry the session's CSRF token and, when the browser says where it
// comes from, come from this site.
func (s *Server) authed(h func(w http.ResponseWriter, r *http.Request, v viewer)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := s.authenticate(r)
		switch {
		case errors.Is(err, errUnauthenticated):
			s.fail(w, r, http.StatusUnauthorized, msgUnauthenticated)
			return
		case errors.Is(err, errStranger):
			s.fail(w, r, http.StatusForbidden, msgStranger)
			return
		case err != nil:
			s.log.Error("web: authenticate", "err", err)
			s.fail(w, r, http.StatusInternalServerError, msgInternal)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if !s.keys.csrfOK(v.nonce, r.Header.Get("X-CSRF-Token")) || !sameOrigin(r) {
				s.fail(w, r, http.StatusForbidden, msgCSRF)
				return
			}
		}
		h(w, r, v)
	}
}

// sameOrigin reports whether a request's Origin header, when present,
// names the host it was sent to.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	_, host, ok := strings.Cut(o, "://")
	return ok && strings.EqualFold(host, r.Host)
}
