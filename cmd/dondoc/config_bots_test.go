package main

import (
	"slices"
	"strings"
	"testing"
)

// TELEGRAM_TOKENS lists the bots; TELEGRAM_TOKEN alone works as before;
// malformed or repeated tokens are refused with what is wrong.
func TestLoadTokens(t *testing.T) {
	cases := []struct {
		name, list, single string
		want               []string
		err                string
	}{
		{name: "none"},
		{name: "one as before", single: "1:a", want: []string{"1:a"}},
		{name: "a list", list: "1:a, 2:b,,", want: []string{"1:a", "2:b"}},
		{name: "the list and one of it", list: "1:a,2:b", single: "2:b", want: []string{"1:a", "2:b"}},
		{name: "the list and another", list: "1:a,2:b", single: "3:c", err: "TELEGRAM_TOKEN không có trong danh sách"},
		{name: "no colon", list: "1:a,2b", err: "mã bot thứ 2"},
		{name: "no number", single: "abc:def", err: "TELEGRAM_TOKEN: mã bot không đúng dạng"},
		{name: "no secret", list: "7:", err: "mã bot thứ 1"},
		{name: "the same bot twice", list: "5:a,6:b,5:c", err: "thứ 1 và thứ 3 cùng là bot 5"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := loadTokens(tc.list, tc.single)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil || !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

// A webhook URL is the bot's own for one bot, and gets the bot's id as a
// last segment for several.
func TestBotWebhookURL(t *testing.T) {
	cases := []struct {
		base    string
		several bool
		want    string
	}{
		{"https://x.vn/tg/hook", false, "https://x.vn/tg/hook"},
		{"https://x.vn/tg/hook", true, "https://x.vn/tg/hook/42"},
		{"https://x.vn/tg/hook/", true, "https://x.vn/tg/hook/42"},
		{"https://x.vn", true, "https://x.vn/telegram/42"},
	}
	for _, tc := range cases {
		if got := botWebhookURL(tc.base, 42, tc.several); got != tc.want {
			t.Errorf("botWebhookURL(%q, several=%v) = %q, want %q", tc.base, tc.several, got, tc.want)
		}
	}
}
