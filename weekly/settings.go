package weekly

import (
	"context"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// SetSettings checks an organisation's weekly settings and stores them,
// changed at now, and returns the schedule they make. Settings that do not
// compile are a *tasks.InputError and nothing is stored. The bot's
// /lichbaocao and the operator's `dondoc report schedule --set` both call it.
func (s *Service) SetSettings(ctx context.Context, org tasks.Org, st Settings, now time.Time) (Schedule, error) {
	st.ChangedAt = &now
	sch, err := st.Compile(org.Timezone, org.CreatedAt)
	if err != nil {
		return Schedule{}, err
	}
	if err := s.store.SetOrgSetting(ctx, org.ID, SettingsKey, st); err != nil {
		return Schedule{}, err
	}
	return sch, nil
}
