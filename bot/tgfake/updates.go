package tgfake

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// maxPollTimeout caps getUpdates' timeout parameter, in seconds.
const maxPollTimeout = 50

// queued is a pending update.
type queued struct {
	u Update
	// wire, when set, is the update as getUpdates delivers it, when it
	// differs from u's encoding.
	wire json.RawMessage
	// replay marks an update from PushUpdate: it is delivered once even if
	// its id is below the confirmed offset.
	replay    bool
	delivered bool
}

// poller is the getUpdates call currently long-polling.
type poller struct {
	terminate chan struct{}
	reason    string // the 409 description, set before terminate is closed
}

// terminateLocked ends the waiting poll, if any, with a 409 Conflict.
func (s *Server) terminateLocked(reason string) {
	if s.poller != nil {
		s.poller.reason = reason
		close(s.poller.terminate)
		s.poller = nil
	}
}

// allUpdateTypes are the update types allowed_updates can name. When it was
// never set, or set to [], all but chat_member are delivered.
var allUpdateTypes = []string{
	"message", "edited_message", "channel_post", "edited_channel_post",
	"inline_query", "chosen_inline_result", "callback_query", "shipping_query",
	"pre_checkout_query", "poll", "poll_answer", "my_chat_member", "chat_member",
	"chat_join_request",
}

// updateType returns the type of an update, as named in allowed_updates.
func updateType(u Update) string {
	switch {
	case u.Message != nil:
		return "message"
	case u.EditedMessage != nil:
		return "edited_message"
	case u.ChannelPost != nil:
		return "channel_post"
	case u.EditedChannelPost != nil:
		return "edited_channel_post"
	case u.InlineQuery != nil:
		return "inline_query"
	case u.ChosenInlineResult != nil:
		return "chosen_inline_result"
	case u.CallbackQuery != nil:
		return "callback_query"
	case u.ShippingQuery != nil:
		return "shipping_query"
	case u.PreCheckoutQuery != nil:
		return "pre_checkout_query"
	case u.Poll != nil:
		return "poll"
	case u.PollAnswer != nil:
		return "poll_answer"
	case u.MyChatMember != nil:
		return "my_chat_member"
	case u.ChatMember != nil:
		return "chat_member"
	case u.ChatJoinRequest != nil:
		return "chat_join_request"
	}
	return ""
}

// allowedLocked reports whether updates of type t are kept.
func (s *Server) allowedLocked(t string) bool {
	if s.allowed == nil {
		return t != "chat_member"
	}
	return s.allowed[t]
}

// setAllowedLocked applies an allowed_updates parameter as the Bot API
// does: absent or not a JSON array leaves the setting unchanged; an array
// naming no known type restores the default.
func (s *Server) setAllowedLocked(c *call) {
	if !c.has("allowed_updates") {
		return
	}
	var names []string
	if err := json.Unmarshal([]byte(c.str("allowed_updates")), &names); err != nil || names == nil {
		return
	}
	set := map[string]bool{}
	for _, n := range names {
		n = strings.ToLower(n)
		for _, t := range allUpdateTypes {
			if n == t {
				set[t] = true
			}
		}
	}
	if len(set) == 0 {
		s.allowed = nil
		return
	}
	s.allowed = set
}

// nextUpdateIDLocked returns a fresh update id.
func (s *Server) nextUpdateIDLocked() int {
	id := s.nextUpdateID
	s.nextUpdateID++
	return id
}

// enqueueLocked queues a copy of u in update id order and wakes the long
// poll. Updates of a type allowed_updates excludes are dropped, as
// Telegram drops them when they happen.
func (s *Server) enqueueLocked(u Update, replay bool) {
	s.enqueueWireLocked(u, nil, replay)
}

// enqueueWireLocked is enqueueLocked for an update delivered as wire.
func (s *Server) enqueueWireLocked(u Update, wire json.RawMessage, replay bool) {
	if !s.allowedLocked(updateType(u)) {
		return
	}
	q := queued{u: deepCopy(u), wire: wire, replay: replay}
	i := len(s.queue)
	for i > 0 && s.queue[i-1].u.UpdateID > u.UpdateID {
		i--
	}
	s.queue = append(s.queue, queued{})
	copy(s.queue[i+1:], s.queue[i:])
	s.queue[i] = q
	close(s.updateSignal)
	s.updateSignal = make(chan struct{})
}

// PushUpdate queues u unchanged, keeping its update_id (a zero id gets a
// fresh one), and returns it. Use it to simulate Telegram delivering an
// update again: it is delivered by the next getUpdates even if its id is
// below the confirmed offset, then confirmed like any other update. A
// message or callback in a user's private chat starts that chat.
func (s *Server) PushUpdate(u Update) Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.UpdateID == 0 {
		u.UpdateID = s.nextUpdateIDLocked()
	} else if u.UpdateID >= s.nextUpdateID {
		s.nextUpdateID = u.UpdateID + 1
	}
	s.noteSenderLocked(u)
	s.enqueueLocked(u, true)
	return deepCopy(u)
}

// noteSenderLocked records the sender of a pushed update and starts their
// private chat when the update happened there.
func (s *Server) noteSenderLocked(u Update) {
	var from *WireUser
	var chat *WireChat
	switch {
	case u.Message != nil:
		from, chat = u.Message.From, u.Message.Chat
	case u.CallbackQuery != nil:
		from = u.CallbackQuery.From
		if u.CallbackQuery.Message != nil {
			chat = u.CallbackQuery.Message.Chat
		}
	}
	if from == nil || from.IsBot {
		return
	}
	st := s.userLocked(from.ID)
	st.user = *from
	if chat != nil && chat.ID == from.ID {
		st.started = true
	}
}

// confirmLocked forgets the updates a getUpdates offset confirms: those
// below a positive offset (except replays not yet delivered), or all but
// the last -offset for a negative one.
func (s *Server) confirmLocked(offset int) {
	switch {
	case offset > 0:
		kept := s.queue[:0]
		for _, q := range s.queue {
			if q.u.UpdateID >= offset || (q.replay && !q.delivered) {
				kept = append(kept, q)
			}
		}
		clear(s.queue[len(kept):])
		s.queue = kept
	case offset < 0:
		if n := -offset; n < len(s.queue) {
			drop := len(s.queue) - n
			s.queue = append(s.queue[:0], s.queue[drop:]...)
		}
	}
}

// collectLocked returns up to limit pending updates for offset, as
// delivered, and marks replays as delivered.
func (s *Server) collectLocked(offset, limit int) []json.RawMessage {
	out := []json.RawMessage{}
	for i := range s.queue {
		if len(out) >= limit {
			break
		}
		q := &s.queue[i]
		if offset > 0 && q.u.UpdateID < offset && !(q.replay && !q.delivered) {
			continue
		}
		q.delivered = true
		raw := q.wire
		if raw == nil {
			var err error
			if raw, err = json.Marshal(q.u); err != nil {
				panic(fmt.Sprintf("tgfake: cannot encode update: %v", err))
			}
		}
		out = append(out, raw)
	}
	return out
}

// getUpdates implements long polling.
func (s *Server) getUpdates(c *call) (any, *apiError) {
	offset := int(c.num("offset", 0))
	limit := int(min(max(c.num("limit", 100), 1), 100))
	timeout := min(max(c.num("timeout", 0), 0), maxPollTimeout)

	s.mu.Lock()
	if e := s.webhookActiveLocked(); e != nil {
		s.mu.Unlock()
		return nil, e
	}
	s.setAllowedLocked(c)
	s.confirmLocked(offset)
	if offset < 0 {
		offset = 0
	}
	if got := s.collectLocked(offset, limit); len(got) > 0 || timeout == 0 {
		s.mu.Unlock()
		return got, nil
	}
	// Nothing pending: wait, terminating the poll already waiting.
	p := &poller{terminate: make(chan struct{})}
	s.terminateLocked("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
	s.poller = p
	signal := s.updateSignal
	s.mu.Unlock()

	defer func() {
		s.mu.Lock()
		if s.poller == p {
			s.poller = nil
		}
		s.mu.Unlock()
	}()
	timer := time.NewTimer(time.Duration(timeout) * time.Second)
	defer timer.Stop()
	for {
		select {
		case <-signal:
			s.mu.Lock()
			got := s.collectLocked(offset, limit)
			signal = s.updateSignal
			s.mu.Unlock()
			if len(got) > 0 {
				return got, nil
			}
		case <-p.terminate:
			return nil, &apiError{code: 409, desc: p.reason}
		case <-timer.C:
			return []Update{}, nil
		case <-s.done:
			return []Update{}, nil
		case <-c.ctx.Done():
			return []Update{}, nil
		}
	}
}

// polling reports whether a getUpdates call is long-polling.
func (s *Server) polling() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.poller != nil
}
