package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

// fullUsage is the usage of every command.
func fullUsage() string {
	var b strings.Builder
	b.WriteString(usageHeader)
	for i, name := range commandOrder {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(firstLines(usages[name]))
	}
	b.WriteString(usageFooter)
	return b.String()
}

// firstLines is a command's usage without its options, for the full usage.
func firstLines(u string) string {
	head, _, _ := strings.Cut(u, "\nTùy chọn:")
	return head
}

// commandUsage is the usage of one command, with its options.
func commandUsage(name string) string {
	u, ok := usages[name]
	if !ok {
		return fullUsage()
	}
	return usageHeader + u
}

// usageError is the answer to a command written the wrong way.
func usageError(name string) error { return errors.New(commandUsage(name)) }

// helpAsked reports whether args ask for help (-h, -help, --help) before
// any "--" that ends the options.
func helpAsked(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// parseFlags sets the flags of fs found anywhere among args (-x v, --x v,
// --x=v; a bool flag alone means true) and returns the other arguments in
// order; "-" is an argument, and everything after "--" is. A mistake is
// reported in Vietnamese, naming the flag. The flag package defines the
// flags and parses their values; its English never reaches the operator.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	cmd, _, _ := strings.Cut(fs.Name(), " ")
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(rest, args[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		shown := "--" + name
		f := fs.Lookup(name)
		if f == nil || name == "" {
			return nil, fmt.Errorf(outUnknownFlag, shown, cmd)
		}
		if isBool(f) && !hasValue {
			value, hasValue = "true", true
		}
		if !hasValue {
			if i+1 == len(args) {
				return nil, fmt.Errorf(outFlagNeedsValue, shown, shown, exampleValue(f), cmd)
			}
			i++
			value = args[i]
		}
		if err := fs.Set(name, value); err != nil {
			return nil, fmt.Errorf(outFlagBadValue, shown, value, valueHint(f), cmd)
		}
	}
	return rest, nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagType names the kind of value a flag takes, from its getter.
func flagType(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%T", g.Get())
}

func valueHint(f *flag.Flag) string {
	switch flagType(f) {
	case "int", "int64", "uint", "uint64":
		return outFlagWantsNumber
	case "time.Duration":
		return outFlagWantsPeriod
	case "bool":
		return outFlagWantsBool
	}
	return outFlagWantsValue
}

func exampleValue(f *flag.Flag) string {
	if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" {
		return f.DefValue
	}
	return "…"
}
