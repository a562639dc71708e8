package directives

// alsoAsks reports whether the clause's request is "cũng" + a request verb
// ("Đồng chí cũng yêu cầu thành lập ngay …") and names no one after it:
// the speaker asks again those asked just before.
func (c *clause) alsoAsks() bool {
	for i := range c.toks {
		if c.word(i) != "cung" || !c.writtenAs(i, "cũng", "cung") {
			continue
		}
		n := c.at(i+1, requestVerbs)
		if n == 0 {
			return false
		}
		_, named := c.byFirst[i+1+n]
		return !named && c.orgName(i+1+n, len(c.toks)) == ""
	}
	return false
}
