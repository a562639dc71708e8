package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// pages are the parsed templates.
type pages struct {
	t *template.Template
}

func loadPages() (*pages, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"pct": func(f float64) string { return strings.Replace(fmt.Sprintf("%.1f", f), ".", ",", 1) },
		"width": func(f float64) string {
			return fmt.Sprintf("%.1f", min(100, max(0, f)))
		},
		"add": func(a, b int) int { return a + b },
		"share": func(part, whole int) string {
			if whole == 0 {
				return "0"
			}
			return fmt.Sprintf("%.1f", 100*float64(part)/float64(whole))
		},
	}).ParseFS(assets, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	return &pages{t: t}, nil
}

// render writes a template; a failure midway is logged by the caller's
// writer error only, the page having started.
func (p *pages) render(w io.Writer, name string, data any) error {
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("web: render %s: %w", name, err)
	}
	_, err := buf.WriteTo(w)
	return err
}

func (s *Server) html(w http.ResponseWriter, r *http.Request, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.t.ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("web: render", "template", name, "err", err)
		s.fail(w, r, http.StatusInternalServerError, msgInternal)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	buf.WriteTo(w)
}

// handleShell serves the page: a frame whose views are loaded by app.js
// once it knows who is there (initData or the session cookie).
func (s *Server) handleShell(w http.ResponseWriter, r *http.Request) {
	s.html(w, r, "shell", newScriptText())
}

// viewData is what a view's template gets: the data and the viewer.
type viewData struct {
	Data any
	Me   Me
}

// handleView renders one view as an HTML fragment for app.js.
func (s *Server) handleView(w http.ResponseWriter, r *http.Request, v viewer) {
	q := r.URL.Query()
	var (
		data any
		err  error
	)
	name := r.PathValue("view")
	switch name {
	case "overview":
		data, err = s.overview(r.Context(), v, q)
	case "tasks":
		data, err = s.taskList(r.Context(), v, q)
	case "task", "meeting":
		var id int64
		if id, err = int64Param(q, "id"); err == nil {
			if name == "task" {
				data, err = s.taskDetail(r.Context(), v, id)
			} else {
				data, err = s.meeting(r.Context(), v, id)
			}
		}
	case "meetings":
		data, err = s.meetings(r.Context(), v)
	case "report":
		data, err = s.report(r.Context(), v, q.Get("kind"), q, true)
	default:
		err = inputError(msgBadView, name)
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.html(w, r, name, viewData{Data: data, Me: Me{Name: v.FullName, Org: v.OrgName, SeesAll: v.SeesAll()}})
}

// loginPage is what the login page shows.
type loginPage struct {
	Code  string
	Error string
}

// handleLoginPage shows the button that spends a one-time login code. The
// code is spent only by the POST, so that a link preview fetching the
// address does not use it up.
func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	s.html(w, r, "login", loginPage{Code: r.URL.Query().Get("c")})
}

// handleLogin spends a login code and starts a session.
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		w.WriteHeader(http.StatusForbidden)
		s.html(w, r, "login", loginPage{Error: msgCSRF})
		return
	}
	orgID, tgUserID, err := useLogin(r.Context(), s.db, r.PostFormValue("c"), s.clock())
	if err != nil {
		if err != ErrBadLogin {
			s.log.Error("web: login", "err", err)
		}
		w.WriteHeader(http.StatusForbidden)
		s.html(w, r, "login", loginPage{Error: msgLoginBad})
		return
	}
	now := s.clock()
	exp := now.Add(s.cfg.SessionTTL)
	http.SetCookie(w, &http.Cookie{
		Name: SessionCookie, Value: s.keys.seal(session{TgUserID: tgUserID, OrgID: orgID, Expires: exp.Unix(), Nonce: newNonce()}),
		Path: "/", Expires: exp, HttpOnly: true, Secure: strings.HasPrefix(s.cfg.PublicURL, "https://") || r.TLS != nil,
		SameSite: http.SameSiteLaxMode,
	})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// handleLogout ends a cookie session.
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request, v viewer) {
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", Expires: time.Unix(1, 0), MaxAge: -1, HttpOnly: true})
	writeJSON(w, http.StatusOK, Problem{})
}

// roleLabel names a viewer's role.
func roleLabel(v viewer) string {
	if v.Role == tasks.RoleMember && v.IsUnitHead() {
		return msgRoleHead
	}
	return v.Role.Label()
}
