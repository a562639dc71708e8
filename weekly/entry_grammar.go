package weekly

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/vntext"
)

// EntryAction is what /dangky or /ketqua was asked to do.
type EntryAction string

// The actions of /dangky and /ketqua, named by the word that asks for them.
const (
	// EntryWrite records Text as a new entry; without text it shows the
	// entries.
	EntryWrite   EntryAction = ""
	EntryEdit    EntryAction = "sua"
	EntryDelete  EntryAction = "xoa"
	EntryHistory EntryAction = "lichsu"
)

// entryActionWords are the words of the actions, folded.
var entryActionWords = map[string]EntryAction{"sua": EntryEdit, "xoa": EntryDelete, "lichsu": EntryHistory}

// EntryCommand is what follows /dangky or /ketqua:
//
//	<nội dung>                      a new entry (EntryWrite)
//	sua|xoa|lichsu [<đơn vị>] <số> [<nội dung mới>]
type EntryCommand struct {
	Action EntryAction
	// Unit is the word naming a unit before the number (its code or a
	// one-word alias), for a member of several units; empty when none.
	Unit string
	// Seq is the number of the entry acted on.
	Seq int
	// Text is the new entry (EntryWrite) or the new text (EntryEdit; empty
	// to be asked for it).
	Text string
}

// entryCommandNames are the commands of the two kinds of entries.
var entryCommandNames = map[EntryKind]string{Registration: "dangky", Result: "ketqua"}

// ParseEntryCommand reads what follows the command of kind. An action
// without the number of its entry is a *tasks.InputError.
func ParseEntryCommand(kind EntryKind, args string) (EntryCommand, error) {
	args = strings.TrimSpace(args)
	first, rest, _ := strings.Cut(args, " ")
	action, ok := entryActionWords[vntext.Fold(first)]
	if second, after, _ := strings.Cut(strings.TrimSpace(rest), " "); !ok && vntext.Fold(first+second) == "lichsu" {
		action, ok, rest = EntryHistory, true, after
	}
	if !ok {
		return EntryCommand{Action: EntryWrite, Text: args}, nil
	}
	c := EntryCommand{Action: action}
	word, rest, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if _, err := strconv.Atoi(strings.Trim(word, "#.:")); err != nil && word != "" {
		c.Unit = word
		word, rest, _ = strings.Cut(strings.TrimSpace(rest), " ")
	}
	seq, err := strconv.Atoi(strings.Trim(word, "#.:"))
	if err != nil || seq <= 0 {
		return c, &tasks.InputError{Msg: fmt.Sprintf(msgEntryNeedNumber, entryCommandNames[kind], action)}
	}
	c.Seq, c.Text = seq, strings.TrimSpace(rest)
	return c, nil
}

var reRegRef = regexp.MustCompile(`^\s*\(?(?:theo\s+)?(?:dang ky|dk)\s*(?:so\s*)?(\d{1,3})\)?\s*[:.\-–,)]?\s*`)

// SplitRegRef takes the registration that a result reports on off its
// start: "theo đăng ký số 2: …", "(ĐK 2) …". seq is 0 when there is none.
func SplitRegRef(text string) (seq int, rest string) {
	f, offs := vntext.FoldMap(text)
	m := reRegRef.FindStringSubmatchIndex(f)
	if m == nil {
		return 0, text
	}
	seq, _ = strconv.Atoi(f[m[2]:m[3]])
	return seq, strings.TrimSpace(text[offs[m[1]]:])
}
