package web_test

import (
	"context"
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/web"
)

func TestVerifyInitData(t *testing.T) {
	now := time.Date(2021, 1, 14, 9, 0, 0, 0, time.UTC)
	valid := web.SignInitData(token, 42, "Nguyễn Văn+A 100%", now.Add(-time.Hour))
	tampered := strings.Replace(valid, "42", "43", 1)
	cases := []struct {
		name string
		raw  string
		tok  string
		age  time.Duration
		want error
	}{
		{"valid, a name with + and %", valid, token, 24 * time.Hour, nil},
		{"tampered user", tampered, token, 24 * time.Hour, web.ErrInitDataBadHash},
		{"expired", valid, token, 30 * time.Minute, web.ErrInitDataExpired},
		{"signed by another bot", web.SignInitData("999:other-bot", 42, "A", now), token, 24 * time.Hour, web.ErrInitDataBadHash},
		{"missing", "", token, 24 * time.Hour, web.ErrInitDataMissing},
		{"no hash", strings.Split(valid, "&hash=")[0], token, 24 * time.Hour, web.ErrInitDataBadHash},
		{"hash not hex", strings.Split(valid, "&hash=")[0] + "&hash=zz", token, 24 * time.Hour, web.ErrInitDataBadHash},
		{"from the future", web.SignInitData(token, 42, "A", now.Add(time.Hour)), token, 24 * time.Hour, web.ErrInitDataExpired},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := web.VerifyInitData(c.raw, c.tok, c.age, now)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if c.want == nil && (d.UserID != 42 || d.FirstName != "Nguyễn Văn+A 100%") {
				t.Errorf("got %+v", d)
			}
		})
	}
}

func TestAPIAuthentication(t *testing.T) {
	f := newFixture(t)
	good := f.initData("leader")
	cases := []struct {
		name   string
		header string
		want   int
	}{
		{"valid initData", "tma " + good, http.StatusOK},
		{"tampered", "tma " + strings.Replace(good, "101", "100", 1), http.StatusUnauthorized},
		{"expired", "tma " + web.SignInitData(token, tgIDs["leader"], "leader", t0.Add(-25*time.Hour)), http.StatusUnauthorized},
		{"another bot", "tma " + web.SignInitData("999:other", tgIDs["leader"], "leader", t0), http.StatusUnauthorized},
		{"missing", "", http.StatusUnauthorized},
		{"other scheme", "Bearer " + good, http.StatusUnauthorized},
		{"stranger", "tma " + web.SignInitData(token, tgIDs["stranger"], "x", t0), http.StatusForbidden},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hdr := map[string]string{}
			if c.header != "" {
				hdr["Authorization"] = c.header
			}
			resp := f.request("GET", "/api/me", "", nil, hdr)
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, c.want, body)
			}
			if c.want == http.StatusOK && !strings.Contains(string(body), `"csrf"`) {
				t.Errorf("no CSRF token in %s", body)
			}
			if c.want != http.StatusOK && !strings.Contains(string(body), "Telegram") {
				t.Errorf("the refusal does not say what to do: %s", body)
			}
		})
	}
}

// TestLoginLinkAndSession follows /bang's one-time link in a browser:
// opening it spends nothing, the button logs in once, the session ends
// with its lifetime, and an old link no longer works.
func TestLoginLinkAndSession(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	code, err := web.CreateLogin(ctx, f.store.DB(), f.people["head_ktht"], f.clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	c := browser(t)
	resp, err := c.Get(f.srv.URL + "/login?c=" + url.QueryEscape(code))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "Đăng nhập") {
		t.Fatalf("login page: %d %s", resp.StatusCode, page)
	}
	login := func(code string) *http.Response {
		resp, err := c.PostForm(f.srv.URL+"/login", form("c", code))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if resp := login(code); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	me := func() int {
		resp, err := c.Get(f.srv.URL + "/api/me")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := me(); got != 200 {
		t.Fatalf("/api/me with the session: %d", got)
	}
	if resp := login(code); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a used code logged in again: %d", resp.StatusCode)
	}
	f.clock.Add(web.DefaultSessionTTL + time.Second)
	if got := me(); got != http.StatusUnauthorized {
		t.Errorf("/api/me after the session's lifetime: %d", got)
	}
	late, err := web.CreateLogin(ctx, f.store.DB(), f.people["head_ktht"], f.clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.clock.Add(web.LoginTTL + time.Second)
	if resp := login(late); resp.StatusCode != http.StatusForbidden {
		t.Errorf("an expired code logged in: %d", resp.StatusCode)
	}
	forged := strings.SplitN(late, "-", 2)[0] + "-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	if resp := login(forged); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a made-up code logged in: %d", resp.StatusCode)
	}
}

// TestForgedSessionCookie: a cookie whose content was changed (another
// user) is refused.
func TestForgedSessionCookie(t *testing.T) {
	f := newFixture(t)
	code, err := web.CreateLogin(context.Background(), f.store.DB(), f.people["member_xa"], f.clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	c := browser(t)
	resp, err := c.PostForm(f.srv.URL+"/login", form("c", code))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == web.SessionCookie {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || !cookie.Secure {
		t.Fatalf("session cookie %+v: want HttpOnly and Secure", cookie)
	}
	body, sig, _ := strings.Cut(cookie.Value, ".")
	raw, err := base64.RawURLEncoding.DecodeString(body)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(raw), `"u":105`, `"u":101`, 1)
	if changed == string(raw) {
		t.Fatalf("cookie body %s does not name user 105", raw)
	}
	other := base64.RawURLEncoding.EncodeToString([]byte(changed)) + "." + sig
	for _, v := range []string{other, body, cookie.Value + "x"} {
		req, _ := http.NewRequest("GET", f.srv.URL+"/api/me", nil)
		req.AddCookie(&http.Cookie{Name: web.SessionCookie, Value: v})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("cookie %q: %d", v, resp.StatusCode)
		}
	}
}
