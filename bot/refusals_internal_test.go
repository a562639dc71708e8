package bot

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	tg "github.com/go-telegram/bot"

	"github.com/dondoc/dondoc/outbox"
)

// TestRefusalsAgreeWithMigration81: migration 00081 repeats in SQL the
// refusals classify reads, to keep refused only the rows Telegram refused.
// Every refusal classify knows must be in the migration's list and every
// phrase of the list must be one classify reads as a refusal, so that the
// two cannot drift apart.
func TestRefusalsAgreeWithMigration81(t *testing.T) {
	files, err := filepath.Glob("../migrations/00081_*.sql")
	if err != nil || len(files) != 1 {
		t.Fatalf("migration 00081: %v %v", files, err)
	}
	src, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	up := string(src)
	if i := strings.Index(up, "-- +goose Down"); i >= 0 {
		up = up[:i]
	}
	var code []string
	for _, l := range strings.Split(up, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "--") {
			code = append(code, l)
		}
	}
	sql := strings.Join(code, "\n")

	array := regexp.MustCompile(`(?s)LIKE ANY \(ARRAY\[(.*?)\]\)`).FindStringSubmatch(sql)
	if array == nil {
		t.Fatalf("no LIKE ANY (ARRAY[…]) in %s", files[0])
	}
	var inSQL []string
	for _, m := range regexp.MustCompile(`'((?:[^']|'')*)'`).FindAllStringSubmatch(array[1], -1) {
		p := strings.ReplaceAll(m[1], "''", "'")
		if !strings.HasPrefix(p, "%") || !strings.HasSuffix(p, "%") || strings.ContainsAny(p[1:len(p)-1], "%_") {
			t.Errorf("pattern %q is not “%%phrase%%”", p)
			continue
		}
		inSQL = append(inSQL, p[1:len(p)-1])
	}
	if len(inSQL) == 0 {
		t.Fatal("no phrase read from the migration's list")
	}

	inGo := append([]string{tg.ErrorForbidden.Error()}, refusalPhrases()...)
	for _, p := range inGo {
		if !slices.Contains(inSQL, p) {
			t.Errorf("classify reads %q as a refusal; migration 00081 does not list it", p)
		}
	}
	for _, p := range inSQL {
		if !slices.Contains(inGo, p) {
			t.Errorf("migration 00081 lists %q; classify has no such refusal", p)
		}
		err := fmt.Errorf("error response from telegram for method sendMessage, %s", p)
		if p == tg.ErrorForbidden.Error() {
			err = fmt.Errorf("%w, Forbidden: bot was kicked", tg.ErrorForbidden)
		}
		if k := classify(err).Kind; k != outbox.Unreachable {
			t.Errorf("migration 00081 lists %q; classify reads %q as %s", p, err, k)
		}
	}

	// The sender's own word for a refusal, which starts last_error.
	prefix := regexp.MustCompile(`lower\(last_error\) LIKE '([^'%]*)%'`).FindStringSubmatch(sql)
	want := (&outbox.SendError{Kind: outbox.Unreachable, Err: errors.New("x")}).Error()
	if prefix == nil || !strings.HasPrefix(want, prefix[1]) || prefix[1] != outbox.Unreachable.String()+":" {
		t.Errorf("migration 00081 tells the sender's refusals by %v; the sender writes %q", prefix, want)
	}
}
