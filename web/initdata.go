package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DefaultInitDataMaxAge is how old a Mini App's initData may be unless the
// configuration says otherwise.
const DefaultInitDataMaxAge = 24 * time.Hour

// Errors of initData verification.
var (
	ErrInitDataMissing = errors.New("initdata: missing")
	ErrInitDataBadHash = errors.New("initdata: bad hash")
	ErrInitDataExpired = errors.New("initdata: expired")
	ErrInitDataNoUser  = errors.New("initdata: no user")
)

// InitData is what a verified Telegram Mini App initData says.
type InitData struct {
	UserID    int64
	FirstName string
	LastName  string
	Username  string
	AuthDate  time.Time
	// Hash is the signature of the data, unique to one opening of the app.
	Hash string
}

// webAppKey is the secret key of Mini App data: HMAC-SHA256 of the bot
// token keyed with "WebAppData".
func webAppKey(token string) []byte {
	m := hmac.New(sha256.New, []byte("WebAppData"))
	m.Write([]byte(token))
	return m.Sum(nil)
}

// VerifyInitData checks a Mini App's initData (the query string Telegram
// gives the page) against the bot token: the data-check-string is every
// field but hash, sorted by key, as key=value joined by "\n", signed with
// HMAC-SHA256 under webAppKey. The values are used as url.ParseQuery
// decodes them, once. Data older than maxAge at now is refused.
func VerifyInitData(raw, token string, maxAge time.Duration, now time.Time) (InitData, error) {
	if strings.TrimSpace(raw) == "" {
		return InitData{}, ErrInitDataMissing
	}
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return InitData{}, fmt.Errorf("initdata: %w", err)
	}
	hash := vals.Get("hash")
	if hash == "" {
		return InitData{}, ErrInitDataBadHash
	}
	var lines []string
	for k, vs := range vals {
		if k == "hash" {
			continue
		}
		if len(vs) != 1 {
			return InitData{}, fmt.Errorf("initdata: field %q repeated", k)
		}
		lines = append(lines, k+"="+vs[0])
	}
	sort.Strings(lines)
	m := hmac.New(sha256.New, webAppKey(token))
	m.Write([]byte(strings.Join(lines, "\n")))
	want := m.Sum(nil)
	got, err := hex.DecodeString(hash)
	if err != nil || !hmac.Equal(got, want) {
		return InitData{}, ErrInitDataBadHash
	}
	sec, err := strconv.ParseInt(vals.Get("auth_date"), 10, 64)
	if err != nil {
		return InitData{}, fmt.Errorf("initdata: auth_date: %w", err)
	}
	d := InitData{AuthDate: time.Unix(sec, 0), Hash: hash}
	if now.Sub(d.AuthDate) > maxAge || d.AuthDate.After(now.Add(5*time.Minute)) {
		return InitData{}, ErrInitDataExpired
	}
	var user struct {
		ID        int64  `json:"id"`
		FirstName string `json:"first_name"`
		LastName  string `json:"last_name"`
		Username  string `json:"username"`
	}
	if err := json.Unmarshal([]byte(vals.Get("user")), &user); err != nil || user.ID == 0 {
		return InitData{}, ErrInitDataNoUser
	}
	d.UserID, d.FirstName, d.LastName, d.Username = user.ID, user.FirstName, user.LastName, user.Username
	return d, nil
}

// SignInitData makes initData for a user as Telegram would, signed with the
// bot token: for tests and for tools that open the page outside Telegram.
func SignInitData(token string, userID int64, firstName string, authDate time.Time) string {
	user, _ := json.Marshal(map[string]any{"id": userID, "first_name": firstName, "language_code": "vi"})
	vals := url.Values{}
	vals.Set("auth_date", strconv.FormatInt(authDate.Unix(), 10))
	vals.Set("query_id", "AAH"+strconv.FormatInt(authDate.UnixNano()%1e9, 36))
	vals.Set("user", string(user))
	keys := []string{"auth_date", "query_id", "user"}
	lines := make([]string, len(keys))
	for i, k := range keys {
		lines[i] = k + "=" + vals.Get(k)
	}
	m := hmac.New(sha256.New, webAppKey(token))
	m.Write([]byte(strings.Join(lines, "\n")))
	vals.Set("hash", hex.EncodeToString(m.Sum(nil)))
	return vals.Encode()
}
