package deadline

// clockVal is a written clock time: "17h30", "17 giờ 30 phút", "17:30", "2 giờ chiều".
type clockVal struct {
	h, m   int
	today  bool   // "chiều nay": the time is today's
	part   bool   // a part of the day was written after it ("2 giờ chiều")
	reason string // why the time is impossible
}

// clock reads a clock time at i.
func (p *parser) clock(i int) (c clockVal, next int, ok bool) {
	k := i
	if hs, ms, good := splitClock(p.tok(i)); good {
		c.h, c.m = atoi(hs), atoi(ms)
		k = i + 1
		if ms != "" && p.is(k, "'") && p.glued(k) {
			k++
		}
	} else if h, digits, good := p.num(i); good && digits <= 2 {
		c.h = h
		switch {
		case p.spacedMinutes(i + 1):
			c.m, k = atoi(p.tok(i + 1)[1:]), i+2
			if p.is(k, "'") && p.glued(k) {
				k++
			}
		case p.oneOf(i+1, "gio", "h", "g"):
			k = i + 2
			if m, d2, good := p.num(k); good && d2 <= 2 && !p.dateSepAt(k+1) {
				c.m = m
				k++
				if p.oneOf(k, "phut", "p") {
					k++
				} else if p.is(k, "'") && p.glued(k) {
					k++
				}
			}
		case p.is(i+1, ":") && p.glued(i+1) && p.glued(i+2):
			m, d2, good := p.num(i + 2)
			if !good || d2 != 2 {
				return c, i, false
			}
			c.m = m
			k = i + 3
			if _, d3, good := p.num(k + 1); good && d3 == 2 && p.is(k, ":") && p.glued(k) && p.glued(k+1) {
				k += 2
			}
		default:
			return c, i, false
		}
	} else {
		return c, i, false
	}
	if p.dateSepAt(k) {
		return c, i, false // "10h1.1.2031": digits shared with a date are no clock time
	}
	switch {
	case c.h > 24:
		c.reason = reasonHour(c.h)
	case c.m > 59:
		c.reason = reasonMinute(c.h, c.m)
	}
	if p.original(k) == "tới" {
		return c, i, false // "trong 12 giờ tới": the next hours, not a time of day
	}
	if p.oneOf(k, dayparts...) {
		if c.reason == "" {
			c.reason = c.daypart(p.tok(k))
		}
		c.part = true
		k++
		if p.is(k, "nay") {
			c.today = true
			k++
		}
	}
	if c.reason == "" && c.h == 24 && c.m != 0 {
		c.reason = reasonAfter24(c.m)
	}
	return c, k, true
}

// daypart moves the hour into the named part of the day: "2 giờ chiều" is 14:00.
func (c *clockVal) daypart(part string) string {
	h := c.h
	switch part {
	case "sang":
		if h > 12 {
			return reasonDaypart(h, part)
		}
	case "trua":
		if h < 6 {
			c.h += 12
		} else if h > 14 {
			return reasonDaypart(h, part)
		}
	case "chieu":
		if h < 12 {
			c.h += 12
		} else if h > 19 {
			return reasonDaypart(h, part)
		}
	case "toi":
		if h > 0 && h < 12 {
			c.h += 12
		} else if h == 12 {
			c.h = 24
		} else if h < 17 && h != 0 {
			return reasonDaypart(h, part)
		}
	case "dem":
		if h >= 6 && h < 12 {
			c.h += 12
		} else if h == 12 {
			c.h = 24
		}
	}
	return ""
}

// splitClock splits a glued clock token ("17h30", "17g", "8h30p", "17gio30") into
// its hour and minute digits.
func splitClock(s string) (h, m string, ok bool) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || i > 2 || i == len(s) {
		return "", "", false
	}
	h, rest := s[:i], s[i:]
	switch {
	case len(rest) >= 3 && rest[:3] == "gio":
		rest = rest[3:]
	case rest[0] == 'h' || rest[0] == 'g':
		rest = rest[1:]
	default:
		return "", "", false
	}
	j := 0
	for j < len(rest) && isDigit(rest[j]) {
		j++
	}
	if j > 2 {
		return "", "", false
	}
	m, suffix := rest[:j], rest[j:]
	if suffix != "" && (m == "" || suffix != "p" && suffix != "ph" && suffix != "phut") {
		return "", "", false
	}
	return h, m, true
}

// spacedMinutes reports whether token i is the "h30" of "14 h30": a letter h or g and minutes.
func (p *parser) spacedMinutes(i int) bool {
	t := p.tok(i)
	if len(t) < 2 || len(t) > 3 || t[0] != 'h' && t[0] != 'g' {
		return false
	}
	for k := 1; k < len(t); k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	return true
}

// dateSepAt reports whether token i is a date separator glued to numbers on both sides.
func (p *parser) dateSepAt(i int) bool {
	if !p.oneOf(i, "/", "-", ".") || !p.glued(i) || !p.glued(i+1) {
		return false
	}
	_, _, ok := p.num(i + 1)
	return ok
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// atoi converts at most a few ASCII digits; "" is 0.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
