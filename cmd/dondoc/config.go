package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// config is dondoc's configuration, read from the environment.
type config struct {
	Token        string // TELEGRAM_TOKEN
	Endpoint     string // TELEGRAM_API_ENDPOINT, tgbotapi's format
	BotUsername  string // TELEGRAM_BOT_USERNAME, for invite links printed without reaching Telegram
	DatabaseURL  string // DATABASE_URL
	TimezoneName string // DONDOC_TIMEZONE
	MetricsAddr  string // DONDOC_METRICS_ADDR, e.g. 127.0.0.1:9090; empty turns metrics off
	Location     *time.Location
	Web          webConfig // DONDOC_HTTP_ADDR, DONDOC_PUBLIC_URL, DONDOC_INITDATA_MAX_AGE (config_web.go)
}

func loadConfig() (config, error) {
	c := config{
		Token:        os.Getenv("TELEGRAM_TOKEN"),
		Endpoint:     os.Getenv("TELEGRAM_API_ENDPOINT"),
		BotUsername:  os.Getenv("TELEGRAM_BOT_USERNAME"),
		DatabaseURL:  os.Getenv("DATABASE_URL"),
		TimezoneName: os.Getenv("DONDOC_TIMEZONE"),
		MetricsAddr:  os.Getenv("DONDOC_METRICS_ADDR"),
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
	if c.DatabaseURL == "" {
		return c, errors.New(outNoDatabaseURL)
	}
	return c, nil
}

// String describes the configuration without the token.
func (c config) String() string {
	token := "unset"
	if c.Token != "" {
		token = "set"
	}
	return fmt.Sprintf("token=%s endpoint=%q timezone=%s metrics=%q", token, c.Endpoint, c.TimezoneName, c.MetricsAddr)
}
