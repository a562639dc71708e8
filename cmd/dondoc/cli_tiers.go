package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// unitsTierCommands are the `dondoc units` subcommands of the two tiers.
var unitsTierCommands = map[string]bool{"link": true, "merge": true, "rename": true, "retire": true}

// createOrg creates an organisation, at a level and under a parent when the
// operator gave them (an organisation without --level is a district, as
// before the two tiers).
func (c *console) createOrg(ctx context.Context, name, tz, levelName, parentRef string, now time.Time) (tasks.Org, error) {
	if levelName == "" && parentRef == "" {
		return c.store.CreateOrg(ctx, name, tz, now)
	}
	no := tasks.NewOrg{Name: name, Timezone: tz, Level: tasks.LevelHuyen}
	if levelName != "" {
		l, ok := tasks.ParseLevel(levelName)
		if !ok {
			return tasks.Org{}, fmt.Errorf(outBadLevel, levelName)
		}
		no.Level = l
	}
	if parentRef != "" {
		parent, err := c.findOrg(ctx, parentRef)
		if err != nil {
			return tasks.Org{}, fmt.Errorf(outParentFlag, err)
		}
		no.ParentID = &parent.ID
	}
	org, err := c.store.CreateOrgAt(ctx, no, now)
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return tasks.Org{}, errors.New(ie.Msg)
	}
	return org, err
}

// orgTier describes an organisation's level and parent in `dondoc org list`.
func (c *console) orgTier(ctx context.Context, o tasks.Org) string {
	s := o.Level.Label()
	if o.ParentID == nil {
		return s
	}
	parent, err := c.store.Org(ctx, *o.ParentID)
	if err != nil {
		return s
	}
	return fmt.Sprintf(outOrgParent, s, parent.Slug)
}

// unitsTier runs `dondoc units link|merge|rename|retire`.
func (c *console) unitsTier(ctx context.Context, sub string, args []string) error {
	fs := flag.NewFlagSet("units "+sub, flag.ContinueOnError)
	orgRef := fs.String("org", "", "organisation id or slug")
	unitCode := fs.String("unit", "", "unit code")
	to := fs.String("to", "", "child organisation id or slug")
	into := fs.String("into", "", "the unit that carries on the merged units' work")
	dryRun := fs.Bool("dry-run", false, "merge: say what would move, change nothing")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	org, err := c.findOrg(ctx, *orgRef)
	if err != nil {
		return err
	}
	switch sub {
	case "link":
		if *unitCode == "" || *to == "" || len(rest) != 0 {
			return errors.New(outUnitsLinkUsage)
		}
		child, err := c.findOrg(ctx, *to)
		if err != nil {
			return fmt.Errorf(outToFlag, err)
		}
		u, err := c.store.LinkUnit(ctx, org.ID, *unitCode, child.ID, time.Now())
		if err != nil {
			return inputMessage(err)
		}
		fmt.Fprintf(c.out, outUnitLinked, u.Name, org.Name, child.Name)
		return nil
	case "merge":
		if *into == "" || len(rest) == 0 {
			return errors.New(outUnitsMergeUsage)
		}
		merge, unitLine, sumLine := c.store.MergeUnits, outUnitMerged, outUnitsMerged
		if *dryRun {
			merge, unitLine, sumLine = c.store.PreviewMerge, outUnitWouldMerge, outUnitsWouldMerge
		}
		res, err := merge(ctx, org.ID, *into, rest, time.Now())
		if err != nil {
			return inputMessage(err)
		}
		for _, u := range res.Retired {
			fmt.Fprintf(c.out, unitLine, u.Name, u.Code, res.Into.Name)
		}
		fmt.Fprintf(c.out, sumLine, res.Tasks, res.Members, res.Groups)
		return nil
	case "retire":
		if *unitCode == "" || len(rest) != 0 {
			return errors.New(outUnitsRetireUsage)
		}
		u, err := c.store.RetireUnit(ctx, org.ID, *unitCode, time.Now())
		if err != nil {
			return inputMessage(err)
		}
		fmt.Fprintf(c.out, outUnitRetiredDone, u.Name, u.Code)
		return nil
	case "rename":
		if *unitCode == "" || len(rest) != 1 {
			return errors.New(outUnitsRenameUsage)
		}
		u, err := c.store.RenameUnit(ctx, org.ID, *unitCode, rest[0])
		if err != nil {
			return inputMessage(err)
		}
		fmt.Fprintf(c.out, outUnitRenamed, u.Code, u.Name)
		return nil
	}
	return usageError("units")
}

// inputMessage turns a store's input error into the Vietnamese message it
// carries, and leaves other errors as they are.
func inputMessage(err error) error {
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return errors.New(ie.Msg)
	}
	return err
}

// unitTier notes, in `dondoc units list`, a unit merged into another.
func unitTier(u tasks.Unit, all []tasks.Unit) string {
	if u.RetiredAt == nil {
		return ""
	}
	for _, n := range all {
		if u.SuccessorID != nil && n.ID == *u.SuccessorID {
			return fmt.Sprintf(outUnitRetiredInto, n.Code)
		}
	}
	return outUnitRetired
}
