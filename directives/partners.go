package directives

// Partners listed with semicolons: "… ; phối hợp Sở Khoa học và Công nghệ;
// Viễn thông Đồng Nai; Ủy ban nhân dân cấp xã và các đơn vị liên quan thực
// hiện …" is one piece of work with its partners, not three.

// joinPartners joins to an item that opens with "phối hợp (với)" and names
// only partners the items after it that only name partners, up to the
// one that says the work.
func (x *extractor) joinPartners(items []string, intro []bool) ([]string, []bool) {
	var (
		out   []string
		outIn []bool
	)
	for n := 0; n < len(items); n++ {
		it := items[n]
		if !intro[n] && x.partnersOnly(it, true) {
			for n+1 < len(items) && !intro[n+1] {
				n++
				it += "; " + items[n]
				if !x.partnersOnly(items[n], false) {
					break // "Ủy ban nhân dân cấp xã … thực hiện các nội dung …": the work, and the end of the list
				}
			}
		}
		out = append(out, it)
		outIn = append(outIn, intro[n])
	}
	return out, outIn
}

// partnersOnly reports whether an item only names partners, with no work:
// after "phối hợp (với)" when opening says so, or from its start.
func (x *extractor) partnersOnly(item string, opening bool) bool {
	c := newClause(item, x.dir)
	i := c.frameEnd()
	if opening {
		n := c.at(i, coordCues)
		if n == 0 || c.at(i, phrases("phoi hop")) == 0 {
			return false
		}
		i += n
	}
	named := false
	for ; i < len(c.toks); i++ {
		if mi, ok := c.byFirst[i]; ok {
			i = c.mentions[mi].last - 1
			named = true
			continue
		}
		if c.headAt(i) > 0 || c.capitalized(i) {
			named = true
		}
		if c.toks[i].punct {
			continue
		}
		if k, _ := c.cue(i); (k == cueVerb || k == cueModal || k == cueRequest) && !c.capitalized(i) {
			return false
		}
	}
	return named
}
