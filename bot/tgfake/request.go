package tgfake

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// maxRequestBody is the largest request the fake reads: Telegram accepts
// uploads of up to 50 MB.
const maxRequestBody = 50<<20 + 1<<20

// call is one parsed API request.
type call struct {
	method string
	form   url.Values
	files  map[string]*upload
	ctx    context.Context
}

// upload is a file part of a multipart request.
type upload struct {
	name string
	mime string
	data []byte
}

// apiError is an error answer of the Bot API.
type apiError struct {
	code   int
	desc   string
	params *ResponseParameters
}

// Error returns the code and description Telegram would answer with.
func (e *apiError) Error() string { return fmt.Sprintf("%d %s", e.code, e.desc) }

func errBadRequest(desc string) *apiError {
	return &apiError{code: 400, desc: "Bad Request: " + desc}
}

func errForbidden(desc string) *apiError {
	return &apiError{code: 403, desc: "Forbidden: " + desc}
}

func errUnauthorized() *apiError { return &apiError{code: 401, desc: "Unauthorized"} }

func errNotFound() *apiError { return &apiError{code: 404, desc: "Not Found"} }

func errClosed() *apiError {
	return &apiError{code: 500, desc: "Internal Server Error: tgfake is shutting down"}
}

func errTooManyRequests(retryAfter int) *apiError {
	return &apiError{
		code:   429,
		desc:   fmt.Sprintf("Too Many Requests: retry after %d", retryAfter),
		params: &ResponseParameters{RetryAfter: retryAfter},
	}
}

func errChatNotFound() *apiError { return errBadRequest("chat not found") }

// parseCall reads the parameters of r the way the Bot API does: query
// string, application/x-www-form-urlencoded or multipart/form-data.
func parseCall(w http.ResponseWriter, r *http.Request, method string) (*call, *apiError) {
	c := &call{method: method, form: url.Values{}, files: map[string]*upload{}, ctx: r.Context()}
	r.Body = http.MaxBytesReader(w, r.Body, maxRequestBody)
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType == "multipart/form-data" {
		err := r.ParseMultipartForm(32 << 20)
		if err != nil && strings.Contains(err.Error(), "NextPart: EOF") {
			// A multipart body with no part at all (no parameters), as
			// some clients send for getMe: Telegram reads no parameters.
			return c, nil
		}
		if err != nil {
			return c, bodyError(err)
		}
		defer func() { _ = r.MultipartForm.RemoveAll() }()
		for k, vs := range r.URL.Query() {
			c.form[k] = vs
		}
		for k, vs := range r.MultipartForm.Value {
			c.form[k] = append(c.form[k], vs...)
		}
		for field, headers := range r.MultipartForm.File {
			if len(headers) == 0 {
				continue
			}
			h := headers[0]
			f, err := h.Open()
			if err != nil {
				return c, bodyError(err)
			}
			data, err := io.ReadAll(f)
			_ = f.Close()
			if err != nil {
				return c, bodyError(err)
			}
			c.files[field] = &upload{name: h.Filename, mime: h.Header.Get("Content-Type"), data: data}
		}
		return c, nil
	}
	if err := r.ParseForm(); err != nil {
		return c, bodyError(err)
	}
	c.form = r.Form
	return c, nil
}

func bodyError(err error) *apiError {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return &apiError{code: 413, desc: "Request Entity Too Large"}
	}
	return errBadRequest("can't parse request: " + err.Error())
}

// str returns a parameter, "" when absent.
func (c *call) str(name string) string { return c.form.Get(name) }

// has reports whether a parameter is present.
func (c *call) has(name string) bool { _, ok := c.form[name]; return ok }

// num returns an integer parameter, def when absent or malformed, as the
// Bot API treats malformed numbers.
func (c *call) num(name string, def int64) int64 {
	v := strings.TrimSpace(c.form.Get(name))
	if v == "" {
		return def
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return def
	}
	return n
}

// flag returns a boolean parameter as the Bot API reads it.
func (c *call) flag(name string) bool {
	switch strings.ToLower(strings.TrimSpace(c.form.Get(name))) {
	case "true", "1":
		return true
	}
	return false
}

// chatID returns the chat_id parameter. A missing one is an error; a
// @username the fake does not know is "chat not found".
func (c *call) chatID() (int64, *apiError) {
	v := strings.TrimSpace(c.form.Get("chat_id"))
	if v == "" {
		return 0, errBadRequest("chat_id is empty")
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id == 0 {
		return 0, errChatNotFound()
	}
	return id, nil
}

// chatIDOrZero returns chat_id for the request log.
func (c *call) chatIDOrZero() int64 {
	if c == nil {
		return 0
	}
	id, _ := strconv.ParseInt(strings.TrimSpace(c.form.Get("chat_id")), 10, 64)
	return id
}
