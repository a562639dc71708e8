// Package bot is dondoc's edge to Telegram and the only package that
// imports the Telegram client (github.com/go-telegram/bot), behind its own
// Client interface; each update is decoded once into dondoc's Update. It
// polls updates, turns them into domain calls on the
// tasks store, and turns domain results into Vietnamese HTML messages: as
// direct replies, and as the renderer and transport of the outbox.
package bot
