package main

import (
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"
)

// webConfig is the configuration of the dashboard, which the HTTP server
// (config.HTTPAddr) serves.
type webConfig struct {
	// PublicURL is the https address Telegram opens for the Mini App
	// (DONDOC_PUBLIC_URL); empty turns /bang and the menu button off.
	PublicURL string
	// InitDataMaxAge is the oldest Mini App initData accepted
	// (DONDOC_INITDATA_MAX_AGE, a Go duration such as 24h).
	InitDataMaxAge time.Duration
}

func loadWebConfig() (webConfig, error) {
	c := webConfig{PublicURL: strings.TrimRight(os.Getenv("DONDOC_PUBLIC_URL"), "/")}
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			return c, fmt.Errorf(outBadPublicURL, c.PublicURL)
		}
	}
	if s := os.Getenv("DONDOC_INITDATA_MAX_AGE"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return c, fmt.Errorf(outBadInitDataAge, s)
		}
		c.InitDataMaxAge = d
	}
	return c, nil
}
