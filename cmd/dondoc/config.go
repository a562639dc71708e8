package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// config is dondoc's configuration, read from the environment.
type config struct {
	Token string // the first of Tokens: the CLI's join links and the dashboard's bot
	// Tokens are the bot tokens the deployment runs, TELEGRAM_TOKENS
	// (comma-separated; a bot per province) or TELEGRAM_TOKEN alone
	// (config_bots.go).
	Tokens       []string
	Endpoint     string // TELEGRAM_API_ENDPOINT, the Bot API's base URL (the older ".../bot%s/%s" form is accepted)
	BotUsername  string // TELEGRAM_BOT_USERNAME, for invite links printed without reaching Telegram
	DatabaseURL  string // DATABASE_URL
	TimezoneName string // DONDOC_TIMEZONE
	// HTTPAddr is DONDOC_HTTP_ADDR (or, as before, DONDOC_METRICS_ADDR),
	// e.g. 127.0.0.1:9090: /healthz, the webhook and the dashboard;
	// empty serves nothing. /metrics and /readyz are on Ops.InternalAddr.
	HTTPAddr string
	// WebhookURL is DONDOC_WEBHOOK_URL: when set, Telegram posts updates
	// there (served on HTTPAddr at its path) instead of being polled.
	WebhookURL string
	Location   *time.Location
	// Web is DONDOC_PUBLIC_URL and DONDOC_INITDATA_MAX_AGE: the dashboard,
	// served on HTTPAddr (config_web.go).
	Web webConfig
	// Ops is DONDOC_INTERNAL_ADDR and DONDOC_OUTBOX_RETENTION_DAYS (config_ops.go).
	Ops opsConfig
}

func loadConfig() (config, error) {
	c := config{
		Token:        os.Getenv("TELEGRAM_TOKEN"),
		Endpoint:     os.Getenv("TELEGRAM_API_ENDPOINT"),
		BotUsername:  os.Getenv("TELEGRAM_BOT_USERNAME"),
		DatabaseURL:  os.Getenv("DATABASE_URL"),
		TimezoneName: os.Getenv("DONDOC_TIMEZONE"),
		HTTPAddr:     os.Getenv("DONDOC_HTTP_ADDR"),
		WebhookURL:   os.Getenv("DONDOC_WEBHOOK_URL"),
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = os.Getenv("DONDOC_METRICS_ADDR")
	}
	var err error
	if c.Tokens, err = loadTokens(os.Getenv("TELEGRAM_TOKENS"), c.Token); err != nil {
		return c, err
	}
	if len(c.Tokens) > 0 {
		c.Token = c.Tokens[0]
	}
	if c.WebhookURL != "" && c.HTTPAddr == "" {
		return c, errors.New(outWebhookNoAddr)
	}
	if c.TimezoneName == "" {
		c.TimezoneName = "Asia/Ho_Chi_Minh"
	}
	loc, err := time.LoadLocation(c.TimezoneName)
	if err != nil {
		return c, fmt.Errorf(outBadZone, "DONDOC_TIMEZONE", c.TimezoneName)
	}
	c.Location = loc
	if c.Web, err = loadWebConfig(); err != nil {
		return c, err
	}
	if c.Ops, err = loadOpsConfig(c.HTTPAddr); err != nil {
		return c, err
	}
	if c.DatabaseURL == "" {
		return c, errors.New(outNoDatabaseURL)
	}
	return c, nil
}

// String describes the configuration without the token.
func (c config) String() string {
	token := "unset"
	if len(c.Tokens) > 0 {
		token = fmt.Sprintf("%d set", len(c.Tokens))
	}
	return fmt.Sprintf("token=%s endpoint=%q timezone=%s http=%q internal=%q webhook=%q", token, c.Endpoint, c.TimezoneName, c.HTTPAddr, c.Ops.InternalAddr, c.WebhookURL)
}
