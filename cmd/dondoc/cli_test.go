package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestMain(m *testing.M) {
	if os.Getenv("DONDOC_INTERNAL_ADDR") == "" {
		// A test that runs the bot has no internal listener unless it asks
		// for one on a port of its own: the default 127.0.0.1:9091 may be a
		// developer's running bot, or another test binary.
		os.Setenv("DONDOC_INTERNAL_ADDR", "off")
	}
	if os.Getenv(envRunHelper) != "" {
		os.Exit(runHelper())
	}
	os.Exit(pgtest.Main(m))
}

// runCLI runs one operator command against the test database.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := cli(context.Background(), args, &out, slog.New(slog.NewTextHandler(io.Discard, nil)))
	return out.String(), err
}

func TestOperatorSetsUpADistrict(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.URL(t))
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	t.Setenv("TELEGRAM_TOKEN", "")

	out, err := runCLI(t, "org", "create", "UBND huyện Đầm Hà")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`https://t\.me/dondoc_test_bot\?start=\S+`).MatchString(out) || !strings.Contains(out, "ubnd-huyen-dam-ha") {
		t.Fatalf("org create printed %q", out)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("code,name,aliases,kind\nktht,Phòng Kinh tế và Hạ tầng,KT-HT,phong\nxa1,UBND xã Quảng Lâm,,huyen\n"), 0o644)
	if _, err := runCLI(t, "units", "import", "--org", "ubnd-huyen-dam-ha", bad); err == nil || !strings.Contains(err.Error(), "dòng 3") || !strings.Contains(err.Error(), "huyen") {
		t.Errorf("a bad row was not reported by its line and value: %v", err)
	}
	if out, _ := runCLI(t, "units", "list", "--org", "ubnd-huyen-dam-ha"); strings.Contains(out, "ktht") {
		t.Errorf("a bad file was half imported: %q", out)
	}
	good := filepath.Join(dir, "units.csv")
	os.WriteFile(good, []byte("code,name,aliases,kind\nktht,Phòng Kinh tế và Hạ tầng,KT-HT|Phòng KTHT,phong\nquanglam,UBND xã Quảng Lâm,,xa\n"), 0o644)
	if out, err := runCLI(t, "units", "import", "--org", "ubnd-huyen-dam-ha", good); err != nil || !strings.Contains(out, "thêm 2") {
		t.Fatalf("import = %q, %v", out, err)
	}

	out, err = runCLI(t, "invite", "--org", "ubnd-huyen-dam-ha", "--role", "member", "--unit", "ktht")
	if err != nil || !strings.Contains(out, "Đường dẫn mời cán bộ cho Phòng Kinh tế và Hạ tầng") {
		t.Fatalf("invite = %q, %v", out, err)
	}
	code := startCode(t, out)
	if _, err := runCLI(t, "invite", "revoke", "--org", "ubnd-huyen-dam-ha", code); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, "invite", "--org", "ubnd-huyen-dam-ha", "--role", "boss"); err == nil || !strings.Contains(err.Error(), "--role “boss”: hãy ghi admin") {
		t.Errorf("an unknown role: %v", err)
	}
	if _, err := runCLI(t, "invite", "revoke", "--org", "ubnd-huyen-dam-ha", code); err == nil || !strings.Contains(err.Error(), "không có mã mời") {
		t.Errorf("a second revoke: %v", err)
	}
	if _, err := runCLI(t, "invite", "--org", "ubnd-huyen-dam-ha", "--unit", "khongco"); err == nil || !strings.Contains(err.Error(), "không có đơn vị mã này") {
		t.Errorf("an unknown unit: %v", err)
	}
	if _, err := runCLI(t, "units", "list", "--org", "khong-co"); err == nil || !strings.Contains(err.Error(), "không có cơ quan “khong-co”") {
		t.Errorf("an unknown organisation: %v", err)
	}
	if _, err := runCLI(t, "units", "list"); err == nil || !strings.Contains(err.Error(), "cần ghi --org") {
		t.Errorf("no organisation: %v", err)
	}
	if _, err := runCLI(t, "outbox", "retry", "--org", "ubnd-huyen-dam-ha", "mot"); err == nil || !strings.Contains(err.Error(), "hãy ghi số của tin") {
		t.Errorf("a bad row number: %v", err)
	}
	if _, err := runCLI(t, "dondep"); err == nil || !strings.Contains(err.Error(), "không có lệnh “dondep”") {
		t.Errorf("an unknown command: %v", err)
	}

	if out, err := runCLI(t, "outbox", "--org", "ubnd-huyen-dam-ha"); err != nil || !strings.Contains(out, "thất bại 0") {
		t.Errorf("outbox = %q, %v", out, err)
	}
	if out, err := runCLI(t, "reminders", "policy", "--org", "ubnd-huyen-dam-ha", "--set", `{"at":"07:30"}`); err != nil || !strings.Contains(out, `"07:30"`) {
		t.Errorf("policy = %q, %v", out, err)
	}
	if _, err := runCLI(t, "reminders", "policy", "--org", "ubnd-huyen-dam-ha", "--set", `{"at":"25:00"}`); err == nil {
		t.Error("an impossible reminder hour was accepted")
	}
	if out, err := runCLI(t, "reminders", "scan"); err != nil || !strings.Contains(out, "Đã xếp 0") {
		t.Errorf("scan = %q, %v", out, err)
	}
}
