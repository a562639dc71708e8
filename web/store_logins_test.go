package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/web"
)

// TestLoginCodeIsTheMembers: a login code logs in only its own member,
// through its own organisation, while the member is still in it.
func TestLoginCodeIsTheMembers(t *testing.T) {
	for _, c := range []struct {
		name string
		// spoil changes the code or the member before the code is used.
		spoil func(f *fixture, code string) string
		want  int
	}{
		{"as given", func(_ *fixture, code string) string { return code }, http.StatusSeeOther},
		{"under another organisation", func(f *fixture, code string) string {
			_, secret, _ := strings.Cut(code, "-")
			return strconv.FormatInt(f.other.ID, 10) + "-" + secret
		}, http.StatusForbidden},
		{"of a member removed since", func(f *fixture, code string) string {
			if _, err := f.store.RemoveMember(context.Background(), f.people["admin"], f.people["member_ktht"].ID, f.clock.Now()); err != nil {
				t.Fatal(err)
			}
			return code
		}, http.StatusForbidden},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			code, err := web.CreateLogin(context.Background(), f.store.DB(), f.people["member_ktht"], f.clock.Now())
			if err != nil {
				t.Fatal(err)
			}
			resp, err := browser(t).PostForm(f.srv.URL+"/login", form("c", c.spoil(f, code)))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != c.want {
				t.Errorf("login: %d, want %d", resp.StatusCode, c.want)
			}
		})
	}
}
