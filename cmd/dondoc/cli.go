package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/migrations"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// cli runs the subcommand named by args.
func cli(ctx context.Context, args []string, out io.Writer, log *slog.Logger) error {
	name := "run"
	if len(args) > 0 {
		name, args = args[0], args[1:]
	}
	if name == "help" || name == "-h" || name == "-help" || name == "--help" {
		if len(args) > 0 {
			fmt.Fprintln(out, commandUsage(args[0]))
			return nil
		}
		fmt.Fprintln(out, fullUsage())
		return nil
	}
	if len(name) > 1 && name[0] == '-' {
		return fmt.Errorf(outUnknownTopFlag, "--"+strings.TrimLeft(name, "-"))
	}
	if _, known := usages[name]; known && helpAsked(args) {
		fmt.Fprintln(out, commandUsage(name))
		return nil
	}
	if name == "parse" {
		return parseCmd(args, os.Stdin, out, log)
	}
	cfg, err := loadConfig()
	if err != nil {
		return err
	}
	if name == "run" {
		return run(ctx, cfg, log)
	}
	db, err := openDB(ctx, cfg.DatabaseURL, log)
	if err != nil {
		return err
	}
	defer db.Close()
	sched := reminders.New(db, log)
	c := &console{cfg: cfg, db: db, store: tasks.NewStore(db, tasks.WithScheduler(sched)), reminders: sched, out: out, log: log}
	switch name {
	case "migrate":
		return c.migrate(ctx)
	case "org":
		return c.org(ctx, args)
	case "units":
		return c.units(ctx, args)
	case "invite":
		return c.invite(ctx, args)
	case "outbox":
		return c.outboxCmd(ctx, args)
	case "reminders":
		return c.remindersCmd(ctx, args)
	case "holidays":
		return c.holidaysCmd(ctx, args)
	case "report":
		return c.reportCmd(ctx, args)
	}
	return fmt.Errorf(outUnknownCommand, name, fullUsage())
}

// console is the state of a one-shot operator command.
type console struct {
	cfg       config
	db        *sqlx.DB
	store     *tasks.Store
	reminders *reminders.Scheduler
	out       io.Writer
	log       *slog.Logger
}

// openDB connects and applies migrations, waiting a little for a database
// that is still starting.
func openDB(ctx context.Context, url string, log *slog.Logger) (*sqlx.DB, error) {
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		return nil, fmt.Errorf(outNoDatabase, err)
	}
	db.SetMaxOpenConns(40)
	db.SetMaxIdleConns(40)
	// Connections broken by a database restart are found and dropped on
	// their next use (lib/pq reports them as bad); idle ones are not kept
	// long, so few are left to find.
	db.SetConnMaxIdleTime(30 * time.Second)
	db.SetConnMaxLifetime(30 * time.Minute)
	deadline := time.Now().Add(30 * time.Second)
	for {
		err = db.PingContext(ctx)
		if err == nil || time.Now().After(deadline) || ctx.Err() != nil {
			break
		}
		log.Warn("database not ready, retrying", "err", err)
		time.Sleep(time.Second)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf(outNoDatabase, err)
	}
	if err := migrateAndReplan(ctx, db, log); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (c *console) migrate(ctx context.Context) error {
	v, err := migrations.Version(ctx, c.db.DB)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, outMigrated, v)
	return nil
}

func (c *console) org(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("org")
	}
	fs := flag.NewFlagSet("org", flag.ContinueOnError)
	tz := fs.String("tz", c.cfg.TimezoneName, "time zone")
	levelName := fs.String("level", "", "tinh, xa or huyen")
	parentRef := fs.String("parent", "", "parent organisation id or slug")
	botRef := fs.String("bot", "", "the bot that serves it: id or @username")
	orgRef := fs.String("org", "", "organisation id or slug (org bot)")
	rest, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	switch args[0] {
	case "create":
		if len(rest) != 1 {
			return errors.New(outOrgCreateUsage)
		}
		now := time.Now()
		botID, err := c.checkNewOrgBot(ctx, *botRef, *parentRef)
		if err != nil {
			return err
		}
		org, err := c.createOrg(ctx, rest[0], *tz, *levelName, *parentRef, now)
		if err != nil {
			return err
		}
		if org, err = c.bindOrg(ctx, org, botID); err != nil {
			return err
		}
		inv, err := c.store.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleAdmin}, now)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, outOrgCreated, org.Name, org.Slug, org.ID, org.Timezone, c.when(inv.ExpiresAt), c.orgLink(ctx, org, inv.Code))
		fmt.Fprint(c.out, c.orgBotLine(ctx, org))
		return nil
	case "bot":
		return c.orgBot(ctx, *orgRef, *botRef)
	case "list":
		orgs, err := c.store.Orgs(ctx)
		if err != nil {
			return err
		}
		for _, o := range orgs {
			fmt.Fprintf(c.out, outOrgRow, o.ID, o.Slug, o.Name, o.Timezone, c.orgTier(ctx, o)+c.orgListBot(ctx, o))
		}
		return nil
	}
	return usageError("org")
}

func (c *console) units(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("units")
	}
	if unitsTierCommands[args[0]] {
		return c.unitsTier(ctx, args[0], args[1:])
	}
	org, rest, err := c.orgCommand(ctx, "units", args[1:], nil)
	if err != nil {
		return err
	}
	switch args[0] {
	case "import":
		if len(rest) != 1 {
			return errors.New(outUnitsImportUsage)
		}
		f, err := openFile(rest[0])
		if err != nil {
			return err
		}
		defer f.Close()
		units, err := tasks.ParseUnitsCSV(f)
		var ie tasks.ImportErrors
		if errors.As(err, &ie) {
			return fmt.Errorf(outUnitsInvalid, rest[0], ie.Error())
		}
		if err != nil {
			return err
		}
		added, updated, err := c.store.ImportUnits(ctx, org.ID, units)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, outUnitsImported, added, updated)
		return nil
	case "list":
		units, err := c.store.Units(ctx, org.ID)
		if err != nil {
			return err
		}
		for _, u := range units {
			fmt.Fprintf(c.out, outUnitRow, u.Code, u.Kind, u.Name+unitTier(u, units), strings.Join(u.Aliases, "|"))
		}
		return nil
	}
	return usageError("units")
}

func (c *console) invite(ctx context.Context, args []string) error {
	sub := "create"
	if len(args) > 0 && (args[0] == "list" || args[0] == "revoke") {
		sub, args = args[0], args[1:]
	}
	var roleName, unitCode string
	var ttl time.Duration
	org, rest, err := c.orgCommand(ctx, "invite", args, func(fs *flag.FlagSet) {
		fs.StringVar(&roleName, "role", "member", "admin, leader, secretary or member")
		fs.StringVar(&unitCode, "unit", "", "unit code")
		fs.DurationVar(&ttl, "ttl", tasks.DefaultInviteTTL, "how long the link works")
	})
	if err != nil {
		return err
	}
	now := time.Now()
	switch sub {
	case "list":
		invs, err := c.store.Invites(ctx, org.ID, now)
		if err != nil {
			return err
		}
		for _, inv := range invs {
			fmt.Fprintf(c.out, outInviteRow, inv.Code, inv.Role.Label(), c.orgLink(ctx, org, inv.Code), c.when(inv.ExpiresAt), inv.Uses)
		}
		return nil
	case "revoke":
		if len(rest) != 1 {
			return errors.New(outRevokeUsage)
		}
		err := c.store.RevokeInvite(ctx, org.ID, rest[0], now)
		if errors.Is(err, tasks.ErrNotFound) {
			return fmt.Errorf(outRevokeNotFound, rest[0], org.Slug)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, outInviteRevoked, rest[0])
		return nil
	}
	role, ok := tasks.ParseRole(roleName)
	if !ok {
		return fmt.Errorf(outBadRole, roleName)
	}
	ni := tasks.NewInvite{Role: role, TTL: ttl}
	unitPart := ""
	if unitCode != "" {
		dir, err := c.store.Directory(ctx, org.ID)
		if err != nil {
			return err
		}
		u, ok := dir.ByCode(unitCode)
		if !ok {
			return fmt.Errorf(outNoSuchUnit, unitCode, org.Name, org.Slug)
		}
		ni.UnitID = &u.ID
		unitPart = fmt.Sprintf(outInviteUnit, u.Name)
	}
	inv, err := c.store.CreateInvite(ctx, org.ID, ni, now)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, outInvite, role.Label(), unitPart, c.when(inv.ExpiresAt), c.orgLink(ctx, org, inv.Code))
	return nil
}

func (c *console) findOrg(ctx context.Context, ref string) (tasks.Org, error) {
	if ref == "" {
		return tasks.Org{}, errors.New(outOrgRequired)
	}
	org, err := c.store.OrgByRef(ctx, ref)
	if errors.Is(err, tasks.ErrNotFound) {
		return tasks.Org{}, fmt.Errorf(outNoSuchOrg, ref)
	}
	return org, err
}

// when writes an instant in the operator's time zone: "15/01/2021 17:00
// (thứ Sáu)".
func (c *console) when(t time.Time) string { return deadline.Format(t.In(c.cfg.Location)) }

// link makes the t.me join link for a code, asking Telegram for the bot's
// name unless TELEGRAM_BOT_USERNAME gives it.
func (c *console) link(ctx context.Context, code string) string {
	name := c.cfg.BotUsername
	if name == "" && c.cfg.Token != "" {
		tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if tg, err := bot.Connect(tctx, c.cfg.Token, c.cfg.Endpoint, time.Second); err == nil {
			name = tg.Username()
			c.cfg.BotUsername = name
		}
	}
	if name == "" {
		fmt.Fprint(c.out, outNoBotName)
		name = "<ten_bot>"
	}
	return fmt.Sprintf("https://t.me/%s?start=%s", name, code)
}
