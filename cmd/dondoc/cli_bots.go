package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/tasks"
)

// resolveBot finds the bot an operator names with --bot: its id or
// @username as a running bot recorded it, or the id of one of the
// configured tokens (a bot not started yet).
func (c *console) resolveBot(ctx context.Context, ref string) (int64, error) {
	b, ok, err := bot.FindBot(ctx, c.db, ref)
	if err != nil {
		return 0, err
	}
	if ok {
		return b.ID, nil
	}
	if id, err := strconv.ParseInt(strings.TrimPrefix(ref, "@"), 10, 64); err == nil {
		for _, tok := range c.cfg.Tokens {
			if tid, _ := tokenBotID(tok); tid == id {
				return id, nil
			}
		}
	}
	known, err := c.botChoices(ctx)
	if err != nil {
		return 0, err
	}
	return 0, fmt.Errorf(outNoSuchBot, ref, known)
}

// defaultBot is the bot a new top organisation gets without --bot: the
// deployment's only bot (the configured tokens, or else the bots recorded
// in the database); 0 when no bot is known yet (the first start, or the
// first member to register, binds it). With several bots the operator
// must choose.
func (c *console) defaultBot(ctx context.Context) (int64, error) {
	ids, err := c.deploymentBots(ctx)
	if err != nil {
		return 0, err
	}
	switch len(ids) {
	case 0:
		return 0, nil
	case 1:
		return ids[0], nil
	}
	known, err := c.botChoices(ctx)
	if err != nil {
		return 0, err
	}
	return 0, fmt.Errorf(outOrgNeedsBot, known)
}

// deploymentBots are the ids of the configured tokens, or when none is
// configured (an operator's shell), of the bots the database knows.
func (c *console) deploymentBots(ctx context.Context) ([]int64, error) {
	var ids []int64
	for _, tok := range c.cfg.Tokens {
		if id, err := tokenBotID(tok); err == nil {
			ids = append(ids, id)
		}
	}
	if len(ids) > 0 {
		return ids, nil
	}
	known, err := bot.KnownBots(ctx, c.db)
	if err != nil {
		return nil, err
	}
	for _, b := range known {
		ids = append(ids, b.ID)
	}
	return ids, nil
}

// botChoices lists the bots an operator may name, for an error message.
func (c *console) botChoices(ctx context.Context) (string, error) {
	ids, err := c.deploymentBots(ctx)
	if err != nil {
		return "", err
	}
	if len(ids) == 0 {
		return outNoBotsKnown, nil
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		names = append(names, c.botLabel(ctx, id))
	}
	return strings.Join(names, ", "), nil
}

// botLabel names a bot for the operator: "@username (id)" or its id.
func (c *console) botLabel(ctx context.Context, id int64) string {
	if b, ok, err := bot.FindBot(ctx, c.db, strconv.FormatInt(id, 10)); err == nil && ok && b.Username != "" {
		return fmt.Sprintf("@%s (%d)", b.Username, id)
	}
	return strconv.FormatInt(id, 10)
}

// checkNewOrgBot chooses the bot of a new organisation before it is made,
// so that a wrong --bot makes nothing: the one the operator named, or the
// deployment's only one; 0 for an organisation under a parent without
// --bot (it takes its family's bot, bindOrg) or when no bot is known yet.
func (c *console) checkNewOrgBot(ctx context.Context, botRef, parentRef string) (int64, error) {
	if parentRef != "" {
		parent, err := c.findOrg(ctx, parentRef)
		if err != nil {
			return 0, fmt.Errorf(outParentFlag, err)
		}
		if botRef == "" {
			return 0, nil // the family's bot, bound after
		}
		id, err := c.resolveBot(ctx, botRef)
		if err != nil {
			return 0, err
		}
		if parent.BotID != nil && *parent.BotID != id {
			return 0, fmt.Errorf(outBotNotParents, parent.Name, c.botLabel(ctx, *parent.BotID))
		}
		return id, nil
	}
	if botRef != "" {
		return c.resolveBot(ctx, botRef)
	}
	return c.defaultBot(ctx)
}

// bindOrg binds a new organisation to botID when set (an organisation
// under a parent took the parent's bot as it was made); binding one under
// an unbound parent binds the whole family.
func (c *console) bindOrg(ctx context.Context, org tasks.Org, botID int64) (tasks.Org, error) {
	if botID == 0 || org.BotID != nil && *org.BotID == botID {
		return org, nil
	}
	if _, err := c.store.BindOrgBot(ctx, org.ID, botID); err != nil {
		return org, c.inputError(err)
	}
	return c.store.Org(ctx, org.ID)
}

// inputError turns a store's InputError into the operator's error text.
func (c *console) inputError(err error) error {
	var ie *tasks.InputError
	if errors.As(err, &ie) {
		return errors.New(ie.Msg)
	}
	return err
}

// orgBotLine says which bot serves an organisation, after `org create`.
func (c *console) orgBotLine(ctx context.Context, org tasks.Org) string {
	if org.BotID == nil {
		return outOrgNoBot
	}
	return fmt.Sprintf(outOrgBot, c.botLabel(ctx, *org.BotID))
}

// orgBot runs `dondoc org bot --org ORG --bot BOT`: the organisation (a
// top one), with its children, is served by that bot from now on; their
// messages not sent yet go through it.
func (c *console) orgBot(ctx context.Context, orgRef, botRef string) error {
	if orgRef == "" || botRef == "" {
		return errors.New(outOrgBotUsage)
	}
	org, err := c.findOrg(ctx, orgRef)
	if err != nil {
		return err
	}
	id, err := c.resolveBot(ctx, botRef)
	if err != nil {
		return err
	}
	ids, err := c.store.BindOrgBot(ctx, org.ID, id)
	if err != nil {
		return c.inputError(err)
	}
	// ids holds the organisation itself and the descendants bound with it.
	if len(ids) > 1 {
		fmt.Fprintf(c.out, outOrgBoundFamily, org.Name, len(ids)-1, c.botLabel(ctx, id))
	} else {
		fmt.Fprintf(c.out, outOrgBound, org.Name, c.botLabel(ctx, id))
	}
	return nil
}

// orgLink is the join link of a code of the organisation: to the bot that
// serves it, by the @username that bot recorded, or else as link makes it.
func (c *console) orgLink(ctx context.Context, org tasks.Org, code string) string {
	if org.BotID != nil {
		if b, ok, err := bot.FindBot(ctx, c.db, strconv.FormatInt(*org.BotID, 10)); err == nil && ok && b.Username != "" {
			return fmt.Sprintf("https://t.me/%s?start=%s", b.Username, code)
		}
		for _, tok := range c.cfg.Tokens {
			if id, _ := tokenBotID(tok); id == *org.BotID && tok != c.cfg.Token {
				tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				tg, err := bot.Connect(tctx, tok, c.cfg.Endpoint, time.Second)
				cancel()
				if err == nil {
					return fmt.Sprintf("https://t.me/%s?start=%s", tg.Username(), code)
				}
			}
		}
	}
	return c.link(ctx, code)
}

// orgListBot is the bot part of a row of `dondoc org list`.
func (c *console) orgListBot(ctx context.Context, o tasks.Org) string {
	if o.BotID == nil {
		return ""
	}
	return fmt.Sprintf(outOrgListBot, c.botLabel(ctx, *o.BotID))
}
