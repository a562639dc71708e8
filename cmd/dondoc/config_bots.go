package main

import (
	"fmt"
	"strconv"
	"strings"
)

// loadTokens reads the bot tokens: TELEGRAM_TOKENS, a comma-separated list
// (a bot per province), or TELEGRAM_TOKEN alone as before. Each token must
// look like Telegram's ("<bot id>:<secret>") and name a different bot; a
// TELEGRAM_TOKEN set beside the list must be one of it.
func loadTokens(list, single string) ([]string, error) {
	single = strings.TrimSpace(single)
	if strings.TrimSpace(list) == "" {
		if single == "" {
			return nil, nil
		}
		if _, err := tokenBotID(single); err != nil {
			return nil, fmt.Errorf(outBadToken, "TELEGRAM_TOKEN", err)
		}
		return []string{single}, nil
	}
	var tokens []string
	seen := map[int64]int{}
	for i, tok := range strings.Split(list, ",") {
		tok = strings.TrimSpace(tok)
		if tok == "" {
			continue
		}
		id, err := tokenBotID(tok)
		if err != nil {
			return nil, fmt.Errorf(outBadTokenN, i+1, err)
		}
		if first, dup := seen[id]; dup {
			return nil, fmt.Errorf(outDuplicateBot, first, i+1, id)
		}
		seen[id] = i + 1
		tokens = append(tokens, tok)
	}
	if len(tokens) == 0 {
		return nil, nil
	}
	if single != "" && !containsString(tokens, single) {
		return nil, fmt.Errorf(outTokenNotInList)
	}
	return tokens, nil
}

// tokenBotID is the bot id of a token: the number before its colon.
func tokenBotID(token string) (int64, error) {
	idPart, secret, ok := strings.Cut(token, ":")
	id, err := strconv.ParseInt(idPart, 10, 64)
	if !ok || err != nil || id <= 0 || secret == "" {
		return 0, fmt.Errorf(outTokenShape)
	}
	return id, nil
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
