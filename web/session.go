package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// SessionCookie is the name of the cookie that carries a signed session.
const SessionCookie = "dondoc_session"

// DefaultSessionTTL is how long a session cookie is good for unless the
// configuration says otherwise.
const DefaultSessionTTL = 8 * time.Hour

// ErrBadSession is a session cookie that is malformed, forged or expired.
var ErrBadSession = errors.New("session: invalid or expired")

// session is what a signed cookie says: who, in which organisation, until
// when; Nonce ties the CSRF token to this one session.
type session struct {
	TgUserID int64  `json:"u"`
	OrgID    int64  `json:"o"`
	Expires  int64  `json:"e"`
	Nonce    string `json:"n"`
}

// keys are the server's secrets, derived from the bot token so that
// nothing else needs configuring: one signs sessions, one CSRF tokens.
type keys struct {
	session, csrf, download []byte
}

func deriveKeys(token string) keys {
	derive := func(label string) []byte {
		m := hmac.New(sha256.New, []byte(token))
		m.Write([]byte("dondoc web " + label))
		return m.Sum(nil)
	}
	return keys{session: derive("session"), csrf: derive("csrf"), download: derive("download")}
}

func newNonce() string {
	b := make([]byte, 18)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// seal signs a session into a cookie value.
func (k keys) seal(s session) string {
	body, _ := json.Marshal(s)
	return sign(k.session, body)
}

// open checks a cookie value's signature and expiry at now.
func (k keys) open(v string, now time.Time) (session, error) {
	body, err := verify(k.session, v)
	if err != nil {
		return session{}, err
	}
	var s session
	if err := json.Unmarshal(body, &s); err != nil || s.TgUserID == 0 || s.Nonce == "" {
		return session{}, ErrBadSession
	}
	if now.Unix() >= s.Expires {
		return session{}, ErrBadSession
	}
	return s, nil
}

// sign returns body, base64url, a dot and its HMAC-SHA256 under key.
func sign(key, body []byte) string {
	enc := base64.RawURLEncoding.EncodeToString(body)
	m := hmac.New(sha256.New, key)
	m.Write([]byte(enc))
	return enc + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// verify checks a value made by sign and returns its body.
func verify(key []byte, v string) ([]byte, error) {
	enc, sig, ok := strings.Cut(v, ".")
	if !ok {
		return nil, ErrBadSession
	}
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil {
		return nil, ErrBadSession
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(enc))
	if !hmac.Equal(got, m.Sum(nil)) {
		return nil, ErrBadSession
	}
	body, err := base64.RawURLEncoding.DecodeString(enc)
	if err != nil {
		return nil, ErrBadSession
	}
	return body, nil
}

// csrfToken is the token a state-changing request must carry in the
// X-CSRF-Token header: a MAC of the session's nonce (or of the initData's
// hash), which a page of another site can neither read nor compute.
func (k keys) csrfToken(nonce string) string {
	m := hmac.New(sha256.New, k.csrf)
	m.Write([]byte(nonce))
	return hex.EncodeToString(m.Sum(nil))[:40]
}

// csrfOK compares a request's token with the one of its session.
func (k keys) csrfOK(nonce, got string) bool {
	return got != "" && hmac.Equal([]byte(got), []byte(k.csrfToken(nonce)))
}
