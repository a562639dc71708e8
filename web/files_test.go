package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// TestEvidenceFiles: the files an owner sent with a progress report are
// listed on the task and downloaded through the bot by those who may see
// the task, and by nobody else.
func TestEvidenceFiles(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	task := f.task("Nộp báo cáo quyết toán", t0.Add(5*24*time.Hour), "ktht")
	pdf := []byte("%PDF-1.4 bao cao quyet toan")
	u := tgfake.User{ID: tgIDs["member_ktht"], FirstName: "KTHT"}
	doc := f.fake.SendDocument(u, u.ID, "quyết toán.pdf", "application/pdf", pdf, "")
	d := doc.Message.Document
	if _, err := f.store.ReportProgress(ctx, f.people["member_ktht"], task.ID, tasks.Progress{Text: "Đã nộp bản nháp", Origin: "t1",
		Files: []tasks.FileRef{{FileID: d.FileID, UniqueID: d.FileUniqueID, Kind: tasks.FileDocument, Name: d.FileName, MIME: d.MimeType}}}, t0); err != nil {
		t.Fatal(err)
	}
	var detail web.TaskDetail
	f.getJSON(fmt.Sprintf("/api/tasks/%d", task.ID), "leader", &detail)
	if detail.Files != 1 || !detail.CanOpen {
		t.Fatalf("files on the task: %d, can open %v", detail.Files, detail.CanOpen)
	}
	path := fmt.Sprintf("/api/tasks/%d/files/0", task.ID)
	for who, want := range map[string]int{"leader": 200, "member_ktht": 200, "member_xa": 404, "other_org": 404, "": 401} {
		resp := f.request("GET", path, who, nil, nil)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", who, resp.StatusCode, want)
			continue
		}
		if want == 200 && (string(body) != string(pdf) || resp.Header.Get("Content-Type") != "application/pdf" ||
			!strings.Contains(resp.Header.Get("Content-Disposition"), "attachment")) {
			t.Errorf("%s got %q, %v", who, body, resp.Header)
		}
	}
	resp := f.request("GET", fmt.Sprintf("/api/tasks/%d/files/1", task.ID), "leader", nil, nil)
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("a file the task does not have: %d", resp.StatusCode)
	}
}
