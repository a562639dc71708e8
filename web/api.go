package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

var (
	asErr = errors.As
	isErr = errors.Is
)

// Me is who is logged in, with the CSRF token their changes must carry.
type Me struct {
	Name    string `json:"name"`
	Org     string `json:"org"`
	Role    string `json:"role"`
	SeesAll bool   `json:"sees_all"`
	CSRF    string `json:"csrf"`
}

// Problem is the JSON answer to a refused request.
type Problem struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// fail answers a refused request: JSON under /api/, an HTML fragment for
// the views.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") || r.Method != http.MethodGet {
		writeJSON(w, status, Problem{Error: msg})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	s.pages.render(w, "problem", msg)
}

// failErr answers a request that failed with err.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	status, msg, known := errorStatus(err)
	if !known {
		s.log.Error("web: request failed", "path", r.URL.Path, "err", err)
	}
	s.fail(w, r, status, msg)
}

func (s *Server) apiMe(w http.ResponseWriter, r *http.Request, v viewer) {
	writeJSON(w, http.StatusOK, Me{Name: v.FullName, Org: v.OrgName, Role: roleLabel(v), SeesAll: v.SeesAll(), CSRF: v.csrf})
}

func (s *Server) apiOverview(w http.ResponseWriter, r *http.Request, v viewer) {
	start := time.Now()
	o, err := s.overview(r.Context(), v, r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Server-Timing", fmt.Sprintf("app;dur=%.1f", float64(time.Since(start).Microseconds())/1000))
	writeJSON(w, http.StatusOK, o)
}

func (s *Server) apiTasks(w http.ResponseWriter, r *http.Request, v viewer) {
	l, err := s.taskList(r.Context(), v, r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, l)
}

func pathID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

func (s *Server) apiTask(w http.ResponseWriter, r *http.Request, v viewer) {
	id, ok := pathID(r)
	if !ok {
		s.fail(w, r, http.StatusNotFound, msgNotFound)
		return
	}
	d, err := s.taskDetail(r.Context(), v, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) apiMeetings(w http.ResponseWriter, r *http.Request, v viewer) {
	ms, err := s.meetings(r.Context(), v)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ms)
}

func (s *Server) apiMeeting(w http.ResponseWriter, r *http.Request, v viewer) {
	id, ok := pathID(r)
	if !ok {
		s.fail(w, r, http.StatusNotFound, msgNotFound)
		return
	}
	m, err := s.meeting(r.Context(), v, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, m)
}

func (s *Server) apiReport(w http.ResponseWriter, r *http.Request, v viewer) {
	rep, err := s.report(r.Context(), v, r.PathValue("kind"), r.URL.Query(), false)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) apiReportChart(w http.ResponseWriter, r *http.Request, v viewer) {
	rep, err := s.buildReport(r.Context(), v, r.PathValue("kind"), r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	png, err := rep.Chart()
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Write(png)
}

func (s *Server) apiReportXLSX(w http.ResponseWriter, r *http.Request, v viewer) {
	rep, err := s.buildReport(r.Context(), v, r.PathValue("kind"), r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	data, err := rep.Workbook()
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="baocao-%s-%s.xlsx"`, r.PathValue("kind"), rep.Week))
	w.Write(data)
}
