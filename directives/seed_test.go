package directives

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// seeds are the hand-labelled passages of testdata (see testdata/README.md).
var seeds = []struct {
	name, units, date string
}{
	{"000", "units.csv", "2023-02-06"},
	{"001", "units.csv", "2019-07-09"},
	{"002", "units_thachha.csv", "2021-04-08"},
	{"003", "units.csv", "2021-01-07"},
	{"004", "units.csv", "2022-10-03"},
}

// seedFigures pin the seed figures (matched/predicted/labelled) to what the
// extractor gives now: the seeds were used to tune it, so any change, better
// or worse, must be looked at and written here on purpose. Owners went
// from 31/31/33 to 38/38/40 on 07/12/2026, when seven labels of 001 and 002
// changed to the carried-owner convention (testdata/README.md, rule 3) and
// the extractor learnt it; to 39/39/40 the same day, when a bare kind noun
// came to stand for the one unit of that kind named before (001: "Xã cần
// khắc phục …" after "xã Quảng Lâm" is that commune), a rule written for
// the real corpus (directives/classes_generalise_test.go), not for the seeds.
var seedFigures = map[string]tally{
	"directives": {tp: 39, predicted: 39, labelled: 39},
	"owners":     {tp: 39, predicted: 39, labelled: 40},
	"deadlines":  {tp: 14, predicted: 14, labelled: 14},
}

// Floors of the held-out figures. Every draft item is reviewed before tasks
// are created, so the extractor must save most of the typing but need not be
// perfect. A wrong owner is worse than a missing one: a missing owner is
// refused at confirmation with a message saying how to fix it, while a wrong
// one, if the reviewer misses it, sends the task to the wrong unit. Hence a
// precision floor of 0.9 (at most one owner or deadline in ten is wrong) and
// a recall floor of 0.8 (at most one in five has to be typed by hand).
const (
	floorPrecision = 0.9
	floorRecall    = 0.8
)

func hcm(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// loadDirectory reads a testdata units file and numbers its units.
func loadDirectory(t testing.TB, name string) *tasks.Directory {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	units, err := tasks.ParseUnitsCSV(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for i := range units {
		units[i].ID = int64(i + 1)
	}
	return tasks.NewDirectory(units)
}

func readLines(t testing.TB, path string) []Line {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l Line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, l)
	}
	return out
}

// tally counts true positives and the sizes of the predicted and labelled sets.
type tally struct{ tp, predicted, labelled int }

func (c *tally) add(o tally) { c.tp += o.tp; c.predicted += o.predicted; c.labelled += o.labelled }

func (c tally) precision() float64 {
	if c.predicted == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.predicted)
}

func (c tally) recall() float64 {
	if c.labelled == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.labelled)
}

// words returns the folded words of a text, as a set.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range tokenize(vntext.Clean(s)) {
		if !t.punct {
			out[t.w] = true
		}
	}
	return out
}

// similarity is the Jaccard index of two texts' words.
func similarity(a, b string) float64 {
	wa, wb := wordSet(a), wordSet(b)
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	union := len(wa) + len(wb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// pair is a candidate pairing of label w and row g with score s.
type pair struct {
	w, g int
	s    float64
}

// greedy keeps the best-scored pairs, each label and each row used once.
func greedy(pairs []pair) map[int]int {
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].s > pairs[b].s })
	out := map[int]int{}
	used := map[int]bool{}
	for _, p := range pairs {
		if _, ok := out[p.w]; ok || used[p.g] {
			continue
		}
		out[p.w] = p.g
		used[p.g] = true
	}
	return out
}

// match pairs labelled and predicted directives by text, best first; a pair
// needs half of their words in common.
func match(want, got []Line) map[int]int {
	var pairs []pair
	for i, w := range want {
		for j, g := range got {
			if s := similarity(w.Text, g.Text); s >= 0.5 {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	return greedy(pairs)
}

func owners(l Line) map[string]bool {
	out := map[string]bool{}
	if l.Lead != nil {
		out["lead:"+*l.Lead] = true
	}
	for _, c := range l.Coordinators {
		out["coord:"+c] = true
	}
	return out
}

func deadlineOf(l Line) string {
	if l.Deadline == nil {
		return ""
	}
	s := *l.Deadline
	if l.Recurrence != nil {
		s += " " + *l.Recurrence
	}
	return s
}

// passage is a labelled conclusion of testdata.
type passage struct {
	name, units, date string
}

// heldout are passages written after the extractor and never used to tune it.
var heldout = []passage{
	{"heldout_a", "units.csv", "2021-01-07"},
	{"heldout_b", "units.csv", "2021-01-07"},
}

// TestSeedPrecisionRecall checks the extractor against the hand labels of
// the seeds and logs precision and recall of directives, owners (lead and
// coordinators, each with its role) and deadlines (instant and recurrence).
func TestSeedPrecisionRecall(t *testing.T) {
	var ps []passage
	for _, s := range seeds {
		ps = append(ps, passage(s))
	}
	for name, got := range tallyPassages(t, ps) {
		if want := seedFigures[name]; got != want {
			t.Errorf("%s: %d/%d/%d matched/predicted/labelled, pinned at %d/%d/%d", name,
				got.tp, got.predicted, got.labelled, want.tp, want.predicted, want.labelled)
		}
	}
}

// TestHeldoutPrecisionRecall is the same check on the held-out passages,
// against the floors.
func TestHeldoutPrecisionRecall(t *testing.T) {
	for name, c := range tallyPassages(t, heldout) {
		if c.precision() < floorPrecision || c.recall() < floorRecall {
			t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f and %.2f", name, c.precision(), c.recall(), floorPrecision, floorRecall)
		}
	}
}

// tallyPassages scores the passages, logging every difference and the
// figures, and returns the tallies of directives, owners and deadlines.
func tallyPassages(t *testing.T, ps []passage) map[string]tally {
	loc := hcm(t)
	var dirs, own, dls tally
	for _, s := range ps {
		text, err := os.ReadFile(filepath.Join("testdata", s.name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		date, err := time.ParseInLocation("2006-01-02", s.date, loc)
		if err != nil {
			t.Fatal(err)
		}
		var got []Line
		for _, d := range Extract(string(text), loadDirectory(t, s.units), date) {
			got = append(got, NewLine(d, loc))
		}
		want := readLines(t, filepath.Join("testdata", s.name+".expected.jsonl"))
		sd, so, sl := score(t, s.name, want, got)
		t.Logf("%s: directives %d/%d/%d, owners %d/%d/%d, deadlines %d/%d/%d (matched/predicted/labelled)",
			s.name, sd.tp, sd.predicted, sd.labelled, so.tp, so.predicted, so.labelled, sl.tp, sl.predicted, sl.labelled)
		dirs.add(sd)
		own.add(so)
		dls.add(sl)
	}
	out := map[string]tally{"directives": dirs, "owners": own, "deadlines": dls}
	for _, name := range []string{"directives", "owners", "deadlines"} {
		c := out[name]
		t.Logf("%-10s precision %.3f (%d/%d)  recall %.3f (%d/%d)", name,
			c.precision(), c.tp, c.predicted, c.recall(), c.tp, c.labelled)
	}
	return out
}

// score compares one passage's predicted lines with its labels, logging
// every difference.
func score(t *testing.T, name string, want, got []Line) (sd, so, sl tally) {
	m := match(want, got)
	sd = tally{tp: len(m), predicted: len(got), labelled: len(want)}
	matchedGot := map[int]bool{}
	for i, w := range want {
		wo := owners(w)
		so.labelled += len(wo)
		if w.Deadline != nil {
			sl.labelled++
		}
		j, ok := m[i]
		if !ok {
			t.Logf("%s: missed %q", name, w.Text)
			continue
		}
		matchedGot[j] = true
		g := got[j]
		for o := range owners(g) {
			if wo[o] {
				so.tp++
			} else {
				t.Logf("%s: %q: extra owner %s", name, shortLabel(w.Text), o)
			}
		}
		for o := range wo {
			if !owners(g)[o] {
				t.Logf("%s: %q: missed owner %s", name, shortLabel(w.Text), o)
			}
		}
		switch {
		case w.Deadline != nil && deadlineOf(w) == deadlineOf(g):
			sl.tp++
		case deadlineOf(w) != deadlineOf(g):
			t.Logf("%s: %q: deadline %q, want %q", name, shortLabel(w.Text), deadlineOf(g), deadlineOf(w))
		}
	}
	for j, g := range got {
		so.predicted += len(owners(g))
		if g.Deadline != nil {
			sl.predicted++
		}
		if !matchedGot[j] {
			t.Logf("%s: not a labelled directive: %q", name, g.Text)
		}
	}
	return sd, so, sl
}

func shortLabel(s string) string {
	r := []rune(s)
	if len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

// TestSeedLabelsAreWellFormed keeps the labels honest: every owner key
// exists in the seed's directory, and deadlines are RFC 3339 in +07:00.
func TestSeedLabelsAreWellFormed(t *testing.T) {
	for _, s := range seeds {
		dir := loadDirectory(t, s.units)
		for _, l := range readLines(t, filepath.Join("testdata", s.name+".expected.jsonl")) {
			for o := range owners(l) {
				key := o[strings.IndexByte(o, ':')+1:]
				if _, ok := OwnerByKey(dir, key); !ok {
					t.Errorf("%s: %q: owner %q is not in %s", s.name, shortLabel(l.Text), key, s.units)
				}
			}
			if l.Deadline != nil {
				if _, err := time.Parse(time.RFC3339, *l.Deadline); err != nil || !strings.HasSuffix(*l.Deadline, "+07:00") {
					t.Errorf("%s: deadline %q", s.name, *l.Deadline)
				}
			}
		}
	}
}

// BenchmarkExtract measures a long seed conclusion (002, 20 directives).
func BenchmarkExtract(b *testing.B) {
	loc := hcm(b)
	text, err := os.ReadFile(filepath.Join("testdata", "002.txt"))
	if err != nil {
		b.Fatal(err)
	}
	dir := loadDirectory(b, "units_thachha.csv")
	date := time.Date(2021, 4, 8, 0, 0, 0, 0, loc)
	b.ResetTimer()
	for b.Loop() {
		Extract(string(text), dir, date)
	}
}
