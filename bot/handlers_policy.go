package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/vntext"
)

// PolicyStore reads and changes an organisation's reminder policy.
type PolicyStore interface {
	Policy(ctx context.Context, orgID int64) (reminders.Policy, error)
	SetPolicy(ctx context.Context, orgID int64, p reminders.Policy, now time.Time) (int, error)
}

// WithPolicies lets admins change the reminder policy in chat.
func WithPolicies(p PolicyStore) Option { return func(b *Bot) { b.policies = p } }

func (b *Bot) policyCommands() []command {
	if b.policies == nil {
		return nil
	}
	return []command{
		{names: []string{"nhacviec"}, help: helpPolicy, allow: admins, run: b.cmdPolicy},
	}
}

// cmdPolicy shows or changes the reminder policy:
//
//	/nhacviec                 show it
//	/nhacviec gio 07:30       the hour of daily reminders
//	/nhacviec truoc 3,1       days before the deadline
//	/nhacviec quahan 5        overdue reminders at most
//	/nhacviec baocao 2        escalate after that overdue reminder (0: never)
//	/nhacviec nghi 21:00-07:00  quiet hours
//	/nhacviec ngaynghi t7,cn  rest days ("khong" for none)
//	/nhacviec macdinh         back to the defaults
func (b *Bot) cmdPolicy(ctx context.Context, r *request) error {
	p, err := b.policies.Policy(ctx, r.org.ID)
	if err != nil {
		return err
	}
	fields := strings.Fields(r.args)
	if len(fields) == 0 {
		return b.reply(ctx, r.chatID, describePolicy(p), nil)
	}
	key, val := vntext.Fold(fields[0]), strings.Join(fields[1:], " ")
	if err := applyPolicy(&p, key, val); err != nil {
		return b.reply(ctx, r.chatID, esc(err.Error())+"\n\n"+msgPolicyUsage, nil)
	}
	n, err := b.policies.SetPolicy(ctx, r.org.ID, p, r.now)
	var pe *reminders.PolicyError
	if errors.As(err, &pe) {
		return b.reply(ctx, r.chatID, esc(pe.Msg)+"\n\n"+msgPolicyUsage, nil)
	}
	if err != nil {
		return err
	}
	return b.reply(ctx, r.chatID, fmt.Sprintf(msgPolicySaved, n)+"\n\n"+describePolicy(p.WithDefaults()), nil)
}

func applyPolicy(p *reminders.Policy, key, val string) error {
	val = strings.TrimSpace(val)
	switch key {
	case "macdinh":
		*p = reminders.DefaultPolicy()
	case "gio":
		p.At = val
	case "truoc":
		var days []int
		for _, f := range strings.FieldsFunc(val, func(r rune) bool { return r == ',' || r == ' ' }) {
			d, err := strconv.Atoi(f)
			if err != nil {
				return fmt.Errorf(msgPolicyBadNumber, f)
			}
			days = append(days, d)
		}
		if len(days) == 0 {
			return fmt.Errorf(msgPolicyBadNumber, val)
		}
		p.BeforeDays = days
	case "quahan", "baocao":
		n, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf(msgPolicyBadNumber, val)
		}
		if key == "quahan" {
			p.OverdueMax = &n
		} else {
			p.EscalateAfter = &n
		}
	case "nghi":
		from, to, ok := strings.Cut(val, "-")
		if !ok {
			return fmt.Errorf(msgPolicyBadQuiet, val)
		}
		p.QuietFrom, p.QuietTo = strings.TrimSpace(from), strings.TrimSpace(to)
	case "ngaynghi":
		days := []time.Weekday{}
		if v := vntext.Fold(val); v != "khong" {
			for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
				d, ok := weekdayWords[f]
				if !ok {
					return fmt.Errorf(msgPolicyBadDay, f)
				}
				if !slices.Contains(days, d) {
					days = append(days, d)
				}
			}
		}
		p.RestDays = days
	default:
		return fmt.Errorf(msgPolicyUnknown, key)
	}
	return nil
}

func describePolicy(p reminders.Policy) string {
	before := make([]string, len(p.BeforeDays))
	for i, d := range p.BeforeDays {
		before[i] = strconv.Itoa(d)
	}
	rest := msgPolicyNoRest
	if len(p.RestDays) > 0 {
		var names []string
		for _, d := range p.RestDays {
			names = append(names, deadline.WeekdayName(d))
		}
		rest = strings.Join(names, ", ")
	}
	escalation := msgPolicyNoEscalation
	if *p.EscalateAfter > 0 {
		escalation = fmt.Sprintf(msgPolicyEscalation, *p.EscalateAfter)
	}
	return fmt.Sprintf(msgPolicy, strings.Join(before, ", "), p.At, *p.BeforeTimedHours, *p.OverdueMax, escalation, p.QuietFrom, p.QuietTo, rest)
}
