package tgfake

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"testing"
)

func TestUserFilesDownload(t *testing.T) {
	srv := newServer(t)
	bot := newBot(t, srv)
	xlsx := []byte("PK\x03\x04 plan")
	jpeg := []byte("\xff\xd8\xff\xe0 photo")
	doc := srv.SendDocument(alice, alice.ID, "plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, "Q1 plan")
	photo := srv.SendPhoto(alice, alice.ID, jpeg, "site")

	if d := doc.Message.Document; d == nil || d.FileName != "plan.xlsx" || d.FileSize != len(xlsx) || doc.Message.Caption != "Q1 plan" {
		t.Fatalf("document message = %+v", doc.Message)
	}
	tests := []struct {
		name   string
		fileID string
		want   []byte
	}{
		{"document", doc.Message.Document.FileID, xlsx},
		{"photo", photo.Message.Photo[len(photo.Message.Photo)-1].FileID, jpeg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := bot.GetFile(FileConfig{FileID: tt.fileID})
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.Get(fmt.Sprintf(srv.FileEndpoint(), Token, f.FilePath))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			got, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 || !bytes.Equal(got, tt.want) || f.FileSize != len(tt.want) {
				t.Fatalf("download: %d %q (file %+v)", resp.StatusCode, got, f)
			}
		})
	}

	_, err := bot.GetFile(FileConfig{FileID: "nope"})
	wantAPIError(t, err, 400, "Bad Request: invalid file_id")
	resp, err := http.Get(fmt.Sprintf(srv.FileEndpoint(), Token, "documents/missing.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Fatalf("missing file: %d", resp.StatusCode)
	}
}
