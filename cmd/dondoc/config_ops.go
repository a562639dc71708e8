package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

// defaultInternalAddr is where /metrics and /readyz are served unless
// DONDOC_INTERNAL_ADDR says otherwise: this machine only.
const defaultInternalAddr = "127.0.0.1:9091"

// defaultOutboxRetention is how long sent and cancelled outbox rows are
// kept unless DONDOC_OUTBOX_RETENTION_DAYS says otherwise.
const defaultOutboxRetention = 30 * 24 * time.Hour

// opsConfig is what the operators' side of a deployment needs: where
// monitoring reads the process, and how long delivery records are kept.
type opsConfig struct {
	// InternalAddr is DONDOC_INTERNAL_ADDR, the internal listener that
	// serves /metrics, /readyz and /healthz, never the public server
	// (DONDOC_HTTP_ADDR, which DONDOC_PUBLIC_URL and the webhook expose);
	// empty ("off") serves them nowhere.
	InternalAddr string
	// OutboxRetention is DONDOC_OUTBOX_RETENTION_DAYS: sent and cancelled
	// outbox rows older than this are deleted by the daily cleanup.
	OutboxRetention time.Duration
}

func loadOpsConfig(httpAddr string) (opsConfig, error) {
	c := opsConfig{InternalAddr: defaultInternalAddr, OutboxRetention: defaultOutboxRetention}
	if v, ok := os.LookupEnv("DONDOC_INTERNAL_ADDR"); ok && v != "" {
		c.InternalAddr = v
		if strings.EqualFold(v, "off") {
			c.InternalAddr = ""
		} else if _, _, err := net.SplitHostPort(v); err != nil {
			return c, fmt.Errorf(outBadInternalAddr, v)
		}
	}
	if c.InternalAddr != "" && c.InternalAddr == httpAddr {
		return c, fmt.Errorf(outInternalIsPublic, c.InternalAddr)
	}
	if v := os.Getenv("DONDOC_OUTBOX_RETENTION_DAYS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return c, fmt.Errorf(outBadRetention, v)
		}
		c.OutboxRetention = time.Duration(n) * 24 * time.Hour
	}
	return c, nil
}
