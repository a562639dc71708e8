package tgfake

import (
	"net/http"
	"strconv"
	"strings"
)

// getFile returns the download path of a file Telegram has: one a user
// sent or one the bot uploaded.
func (s *Server) getFile(c *call) (any, *apiError) {
	id := strings.TrimSpace(c.str("file_id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.files[id]
	if f == nil {
		return nil, errBadRequest("invalid file_id")
	}
	if len(f.data) > maxDownloadSize {
		return nil, errBadRequest("file is too big")
	}
	return WireFile{FileID: f.id, FileUniqueID: f.uniqueID, FileSize: len(f.data), FilePath: f.path}, nil
}

// serveFile serves /file/bot<token>/<file_path>.
func (s *Server) serveFile(w http.ResponseWriter, _ *http.Request, rest string) {
	token, filePath, _ := strings.Cut(rest, "/")
	if token != s.token {
		writeError(w, errUnauthorized())
		return
	}
	s.mu.Lock()
	f := s.filePaths[filePath]
	s.mu.Unlock()
	if f == nil {
		writeError(w, errNotFound())
		return
	}
	w.Header().Set("Content-Type", f.mime)
	w.Header().Set("Content-Length", strconv.Itoa(len(f.data)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(f.data)
}
