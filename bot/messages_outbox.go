package bot

// msgOutboxFailedWhy is a failed message's row: number, kind, when it was
// made, attempts, what the error means, and Telegram's own words.
const msgOutboxFailedWhy = "• #%d (%s, tạo %s, %d lần thử): %s.\n  <i>Telegram trả lời: “%s”</i>"
