package bot

import (
	"fmt"
	"sort"
	"strings"
)

// registry is every command, button, prompt and text handler of the bot,
// built once when the bot is made. The feature files declare them (their
// xxxCommands, xxxActions, xxxConversations functions, listed in
// commands.go, callbacks.go and conversation.go); a name declared twice
// stops the bot at start instead of one silently replacing the other.
type registry struct {
	commands []command
	byName   map[string]command
	actions  map[string]action
	prompts  map[string]conversationFunc
	text     []textHandler
}

// buildRegistry collects the feature files' declarations and refuses
// duplicates: it panics, as http.ServeMux does for a pattern registered
// twice, since it is a programming error found at start.
func (b *Bot) buildRegistry() *registry {
	reg, err := b.collectRegistry()
	if err != nil {
		panic(err)
	}
	return reg
}

func (b *Bot) collectRegistry() (*registry, error) {
	return mergeRegistry(b.commands(), b.actionGroups(), b.conversationGroups(), b.textHandlers())
}

// mergeRegistry merges the declarations, refusing a name declared twice.
func mergeRegistry(cmds []command, actions []map[string]action, prompts []map[string]conversationFunc, text []textHandler) (*registry, error) {
	reg := &registry{byName: map[string]command{}, actions: map[string]action{}, prompts: map[string]conversationFunc{}}
	var dups []string
	for _, c := range cmds {
		for _, n := range c.names {
			if _, ok := reg.byName[n]; ok {
				dups = append(dups, "command /"+n)
				continue
			}
			reg.byName[n] = c
		}
		reg.commands = append(reg.commands, c)
	}
	for _, group := range actions {
		for k, v := range group {
			if _, ok := reg.actions[k]; ok {
				dups = append(dups, "button action "+k)
				continue
			}
			reg.actions[k] = v
		}
	}
	for _, group := range prompts {
		for k, v := range group {
			if _, ok := reg.prompts[k]; ok {
				dups = append(dups, "prompt "+k)
				continue
			}
			reg.prompts[k] = v
		}
	}
	reg.text = text
	if len(dups) > 0 {
		sort.Strings(dups)
		return nil, fmt.Errorf("bot: declared twice: %s", strings.Join(dups, ", "))
	}
	return reg, nil
}
