package bot

import (
	"context"
	"fmt"
)

func (b *Bot) cmdStopSeries(ctx context.Context, r *request) error {
	if ok, err := b.groupReady(ctx, r); !ok {
		return err
	}
	id, _, ok := splitTaskArg(r.args)
	if !ok {
		return b.reply(ctx, r.chatID, fmt.Sprintf(msgNeedTaskID, r.cmd), nil)
	}
	if _, msg, err := b.taskFor(ctx, r, id); err != nil {
		return err
	} else if msg != "" {
		return b.reply(ctx, r.chatID, msg, nil)
	}
	text := fmt.Sprintf(msgSeriesStopped, id)
	if err := b.store.StopSeries(ctx, *r.member, id, r.now); err != nil {
		if text, err = lifecycleError(err, id, msgNotSeries); err != nil {
			return err
		}
	}
	return b.reply(ctx, r.chatID, text, nil)
}
