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
	end := c.frameEnd()
	return end > 0 && (i == end || i == end+1 && c.at(end, levelSpeakers) == 1)
}
