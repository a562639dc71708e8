package web_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/web"
)

// TestReportDownloadLink: a leader gets a link to the week's workbook that
// works without credentials for two minutes; a member gets none; a link
// changed or expired gives nothing.
func TestReportDownloadLink(t *testing.T) {
	f := newFixture(t)
	var l web.DownloadLink
	f.getJSON("/api/reports/ketqua/link?week=2021-W02", "leader", &l)
	if !strings.HasPrefix(l.URL, "/dl/") || l.Name != "baocao-ketqua-2021-W02.xlsx" {
		t.Fatalf("link %+v", l)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(f.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if status, body := get(l.URL); status != 200 || !strings.HasPrefix(body, "PK") {
		t.Errorf("the link gives %d %.40q", status, body)
	}
	resp := f.request("GET", "/api/reports/ketqua/link", "member_ktht", nil, nil)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a member got a report link: %d", resp.StatusCode)
	}
	body, sig, _ := strings.Cut(strings.TrimPrefix(l.URL, "/dl/"), ".")
	if status, _ := get("/dl/" + body + "x." + sig); status != http.StatusForbidden {
		t.Errorf("a changed link: %d", status)
	}
	f.clock.Add(web.DownloadTTL)
	if status, _ := get(l.URL); status != http.StatusForbidden {
		t.Errorf("an expired link: %d", status)
	}
}
