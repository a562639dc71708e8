package bot

import (
	"context"
	"sync"
	"time"
)

// allowedUpdates are the update types the bot asks Telegram for.
// Edited messages are answered, never acted on (handlers_edits.go).
var allowedUpdates = []string{"message", "edited_message", "callback_query"}

// Run polls Telegram and handles updates until ctx is cancelled. Telegram
// allows one poller per token: the caller runs it in one process at a time.
// Telegram is told to move past an update (the next offset) only once the
// update is recorded in the database; recorded updates not yet handled are
// handled after a restart.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.RegisterCommands(ctx); err != nil {
		b.log.Warn("could not register the command menu", "err", err)
	}
	if err := b.tg.DeleteWebhook(ctx); err != nil && ctx.Err() == nil {
		b.log.Warn("deleteWebhook failed", "err", err)
	}
	d := b.startDispatcher(ctx)
	defer d.stop()
	d.resume(ctx)
	var polling sync.WaitGroup
	polling.Add(1)
	go b.poll(ctx, d, 0, &polling)
	polling.Wait()
	return nil
}

// poll long-polls Telegram from offset on until ctx is cancelled. An
// update the dispatcher lets it handle in place (acceptInPlace) is
// handled on this goroutine, once a new one has taken the polling over:
// the goroutine that got the update runs it, and no other waits on it.
func (b *Bot) poll(ctx context.Context, d *dispatcher, offset int64, polling *sync.WaitGroup) {
	defer polling.Done()
	for ctx.Err() == nil {
		updates, err := b.tg.GetUpdates(ctx, offset, int(b.cfg.PollTimeout/time.Second), allowedUpdates)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			b.log.Warn("getUpdates failed", "err", err)
			sleep(ctx, 3*time.Second)
			continue
		}
		if len(updates) == 0 {
			continue
		}
		own, err := d.acceptInPlace(ctx, updates)
		if err != nil {
			if ctx.Err() == nil {
				b.log.Warn("could not record updates, will ask again", "err", err)
				sleep(ctx, b.backoff(1))
			}
			continue
		}
		offset = updates[len(updates)-1].UpdateID + 1
		if own != nil {
			polling.Add(1)
			go b.poll(ctx, d, offset, polling)
			d.runOwned(own)
			return
		}
	}
}
