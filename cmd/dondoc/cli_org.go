package main

import (
	"context"
	"flag"

	"github.com/dondoc/dondoc/tasks"
)

// orgCommand is the preamble of an operator command about one
// organisation: a flag set named name with --org and the flags define adds
// (nil for none), the arguments read with parseFlags, and the organisation
// --org names. It returns the organisation and the arguments that are not
// flags.
func (c *console) orgCommand(ctx context.Context, name string, args []string, define func(fs *flag.FlagSet)) (tasks.Org, []string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	orgRef := fs.String("org", "", "organisation id or slug")
	if define != nil {
		define(fs)
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return tasks.Org{}, nil, err
	}
	org, err := c.findOrg(ctx, *orgRef)
	if err != nil {
		return tasks.Org{}, nil, err
	}
	return org, rest, nil
}
