package tasks

// KindCodes returns the codes of Kinds, in the order a directory lists
// them, for SQL that sorts units by kind:
// ORDER BY array_position($n::text[], kind), name.
func KindCodes() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}
