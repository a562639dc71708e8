package directives

// levelSpeakers are the level words that, alone before "giao", name the
// level that gives the work: "Đối với Công an tỉnh, tỉnh giao …".
var levelSpeakers = phrases("tinh", "huyen", "xa", "phuong")

// givesToFrame reports whether "giao" at i opens the work of a frame
// "Đối với X, …", alone or after a bare level word ("Đối với Công an tỉnh,
// tỉnh giao tiếp tục …"): it gives the work to X, though no one follows it.
func (c *clause) givesToFrame(i int) bool {
	if c.at(0, phrases("doi voi")) == 0 {
		return false
	}
	end := c.frameComma()
	return end > 0 && (i == end || i == end+1 && c.at(end, levelSpeakers) == 1)
}

// frameComma returns the token after the comma (or colon) that closes a
// frame opening the clause, commas inside names skipped, or 0. It reads no
// cue: givesToFrame is asked while cues are read (isRequest), and frameEnd,
// which reads them, would ask it again without end.
func (c *clause) frameComma() int {
	for i := 1; i < len(c.toks) && i < 30; i++ {
		if mi, ok := c.byFirst[i]; ok {
			i = c.mentions[mi].last - 1 // "Đối với UBND các xã, phường, …"
			continue
		}
		if c.toks[i].punct && (c.toks[i].w == "," || c.toks[i].w == ":") {
			return i + 1
		}
	}
	return 0
}
