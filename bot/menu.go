package bot

import (
	"context"
	"fmt"
)

// RegisterCommands sets the Telegram command menu.
func (b *Bot) RegisterCommands(ctx context.Context) error {
	var cmds []MenuCommand
	for _, c := range b.reg.commands {
		if c.menu {
			cmds = append(cmds, MenuCommand{Command: c.names[0], Description: c.help})
		}
	}
	if err := b.tg.SetCommands(ctx, CommandScope{Type: "default"}, cmds); err != nil {
		return fmt.Errorf("setMyCommands: %w", err)
	}
	return nil
}
