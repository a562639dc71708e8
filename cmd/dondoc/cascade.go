package main

import (
	"context"
	"sync"
	"time"
)

// cascadePoll is how often a process looks for cascade steps to apply.
const cascadePoll = 500 * time.Millisecond

// runCascade applies the steps that carry tasks between a parent
// organisation and its children, until ctx ends. Every process runs it: a
// step is claimed by one worker and applied once whatever happens, and it
// needs no Telegram token. The notices a step queues wake the sender.
func (a *app) runCascade(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	a.store.RunCascade(ctx, time.Now, cascadePoll, a.sender.Kick, a.log.With("component", "cascade"))
}

// forgetCascadeSteps deletes the cascade steps done a week ago.
func (a *app) forgetCascadeSteps(ctx context.Context) {
	if err := a.store.ForgetCascadeSteps(ctx, time.Now().Add(-7*24*time.Hour)); err != nil {
		a.log.Error("cleanup cascade steps", "err", err)
	}
}
