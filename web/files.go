package web

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/dondoc/dondoc/tasks"
)

// apiFile sends the n-th file of a task's evidence (tasks.Store.TaskFiles
// order), fetched through the bot, to someone who may see the task.
func (s *Server) apiFile(w http.ResponseWriter, r *http.Request, v viewer) {
	id, ok := pathID(r)
	n, err := strconv.Atoi(r.PathValue("n"))
	if !ok || err != nil || n < 0 || s.cfg.Files == nil {
		s.fail(w, r, http.StatusNotFound, msgNotFound)
		return
	}
	t, err := s.visibleTask(r.Context(), v, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	files, err := s.store.TaskFiles(r.Context(), v.OrgID, t.ID)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if n >= len(files) {
		s.fail(w, r, http.StatusNotFound, msgNotFound)
		return
	}
	f := files[n]
	body, err := s.cfg.Files.OpenFile(r.Context(), f.FileID)
	if err != nil {
		s.log.Warn("web: evidence file", "task_id", t.ID, "err", err)
		s.fail(w, r, http.StatusBadGateway, msgFileUnavailable)
		return
	}
	defer body.Close()
	ctype, name := f.MIME, f.Name
	if f.Kind == tasks.FilePhoto {
		ctype, name = "image/jpeg", fmt.Sprintf("anh-nhiem-vu-%d-%d.jpg", t.ID, n+1)
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	io.Copy(w, body)
}
