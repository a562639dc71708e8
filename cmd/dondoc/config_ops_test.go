package main

import (
	"strings"
	"testing"
	"time"
)

// TestLoadOpsConfig reads DONDOC_INTERNAL_ADDR and
// DONDOC_OUTBOX_RETENTION_DAYS: defaults, off, and mistakes refused in
// Vietnamese.
func TestLoadOpsConfig(t *testing.T) {
	for _, tc := range []struct {
		name, internal, days, httpAddr string
		wantAddr                       string
		wantKeep                       time.Duration
		wantErr                        string
	}{
		{name: "defaults", wantAddr: "127.0.0.1:9091", wantKeep: 30 * 24 * time.Hour},
		{name: "set", internal: "10.0.0.5:9100", days: "7", wantAddr: "10.0.0.5:9100", wantKeep: 7 * 24 * time.Hour},
		{name: "off", internal: "OFF", wantAddr: "", wantKeep: 30 * 24 * time.Hour},
		{name: "bad address", internal: "9091", wantErr: "địa chỉ không hợp lệ"},
		{name: "same as public", internal: ":9090", httpAddr: ":9090", wantErr: "không công khai"},
		{name: "days not a number", days: "ba mươi", wantErr: "số nguyên dương"},
		{name: "no days", days: "0", wantErr: "số nguyên dương"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DONDOC_INTERNAL_ADDR", tc.internal)
			t.Setenv("DONDOC_OUTBOX_RETENTION_DAYS", tc.days)
			c, err := loadOpsConfig(tc.httpAddr)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.InternalAddr != tc.wantAddr || c.OutboxRetention != tc.wantKeep {
				t.Errorf("got %+v, want %q and %v", c, tc.wantAddr, tc.wantKeep)
			}
		})
	}
}
