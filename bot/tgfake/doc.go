// Package tgfake is a fake Telegram Bot API server for tests.
//
// It speaks HTTP like api.telegram.org, so tests run the real client
// (dondoc's bot.Telegram over github.com/go-telegram/bot) against it:
//
//	srv := tgfake.New()
//	defer srv.Close()
//	tg, err := bot.Connect(ctx, tgfake.Token, srv.URL(), time.Second)
//
// New serves the bot of Token; NewBot serves another token, so that a
// deployment of several bots is tested with one fake per token.
//
// The fake reads and writes Telegram's JSON through its own wire types
// (wire.go), declared from the Bot API documentation and not borrowed from
// any client library, so that a client decoding or encoding a field
// differently from Telegram shows up in tests. Requests may be
// url-encoded or multipart (an empty multipart body means no parameters).
//
// The fake is deliberately strict where a lenient fake would hide bugs that
// real Telegram exposes: methods whose result is true answer "result": true
// (so bot.Send on them fails to decode, as in production), HTML is parsed
// with the rules of Telegram's parser, text length is counted in UTF-16 code
// units after the markup is removed (a raw '&' that starts no entity is
// refused too, which Telegram tolerates: it catches user text that skipped
// html.EscapeString), callback data is limited to 64 bytes,
// answering a callback query twice fails, editing a message without changes
// fails with "message is not modified", and editMessageText without
// reply_markup removes the inline keyboard.
//
// # Chats
//
// A private chat can receive messages once its user started the bot: the
// user sent an update in that private chat (SendText, Reply, SendDocument,
// SendPhoto, Forward or PressButton on a private message) or the test called
// StartChat. Activity in a group does not start the private chat, as in
// Telegram. Sending to a user the fake has seen but who never started the
// bot (a group member, or after NeverStarted) answers 403 "bot can't initiate
// conversation with a user"; sending to a user id the fake has never seen
// answers 400 "chat not found", which is what Telegram answers for a user the
// bot has no access to. Block makes sends answer 403 "bot was blocked by the
// user" until Unblock or StartChat. Groups are known once a user posted in
// them (SendGroupText, or any helper with a negative chat id) or after
// AddGroup; MigrateGroup simulates an upgrade to a supergroup.
//
// # Updates
//
// Update ids increase by one for every simulated update. getUpdates returns
// the pending updates with update_id >= offset in id order, forgets those
// below offset (they are confirmed), and long-polls up to timeout seconds.
// As in Telegram, a new long-polling getUpdates terminates the one already
// waiting, which answers 409 "Conflict: terminated by other getUpdates
// request; make sure that only one bot instance is running". allowed_updates
// is remembered between calls and filters updates when they are created.
//
// PushUpdate re-queues an update unchanged, keeping its update_id, to
// simulate Telegram delivering an update again (after a crash before the
// offset was confirmed). It is inserted in id order and is delivered by the
// next getUpdates even if its id is below the offset already confirmed; after
// that one delivery it is confirmed like any other update. A bot that restarts
// with offset 0 therefore sees it again.
//
// # Faults
//
// SetFaults injects failures (429, 500, an HTML 502 from a proxy, a parse
// error, latency, and requests that hang but are delivered) into the send
// methods, deterministically for a given Seed when requests arrive in a
// fixed order.
//
// Only the methods the bot uses are served (getMe, getUpdates, sendMessage,
// sendDocument, sendPhoto, editMessageText, editMessageReplyMarkup,
// answerCallbackQuery, setMyCommands, getFile); any other answers 404 and is
// listed by UnknownMethods. MarkdownV2 and Markdown texts are not validated;
// only HTML is. Flood limits, group privacy mode, webhooks and inline mode
// are not simulated.
package tgfake
