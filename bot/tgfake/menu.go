package tgfake

import (
	"encoding/json"
	"strings"
)

func init() { register("setChatMenuButton", (*Server).setChatMenuButton) }

// MenuButton is the bot's menu button as set with setChatMenuButton.
type MenuButton struct {
	Type   string
	Text   string
	WebApp string
	ChatID string
}

// webAppURL reads the url of a web_app field ({"url": …}); "" when absent.
func webAppURL(raw json.RawMessage) string {
	var w struct {
		URL string `json:"url"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &w) != nil {
		return ""
	}
	return w.URL
}

// setChatMenuButton records the menu button. Telegram requires an https
// address for a web_app button.
func (s *Server) setChatMenuButton(c *call) (any, *apiError) {
	var mb struct {
		Type   string          `json:"type"`
		Text   string          `json:"text"`
		WebApp json.RawMessage `json:"web_app"`
	}
	if raw := c.str("menu_button"); raw != "" {
		if err := json.Unmarshal([]byte(raw), &mb); err != nil {
			return nil, errBadRequest("can't parse menu button JSON object")
		}
	} else {
		mb.Type = "default"
	}
	b := &MenuButton{Type: mb.Type, Text: mb.Text, WebApp: webAppURL(mb.WebApp), ChatID: c.str("chat_id")}
	switch b.Type {
	case "web_app":
		if b.Text == "" || !strings.HasPrefix(b.WebApp, "https://") {
			return nil, errBadRequest("BUTTON_URL_INVALID")
		}
	case "default", "commands":
	default:
		return nil, errBadRequest("unsupported menu button type")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.menuButton = b
	return true, nil
}

// Menu returns the last menu button set, nil when none was.
func (s *Server) Menu() *MenuButton {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.menuButton == nil {
		return nil
	}
	b := *s.menuButton
	return &b
}
