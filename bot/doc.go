// Package bot is dondoc's edge to Telegram and the only package that
// imports tgbotapi. It polls updates, turns them into domain calls on the
// tasks store, and turns domain results into Vietnamese HTML messages: as
// direct replies, and as the renderer and transport of the outbox.
package bot
