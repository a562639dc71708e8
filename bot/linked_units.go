package bot

import "context"

// linkedUnits returns the ids of the organisation's units that stand for a
// commune's organisation (`dondoc units link`).
func (b *Bot) linkedUnits(ctx context.Context, orgID int64) (map[int64]bool, error) {
	units, err := b.store.Units(ctx, orgID)
	if err != nil {
		return nil, err
	}
	linked := map[int64]bool{}
	for _, u := range units {
		if u.LinkedOrgID != nil {
			linked[u.ID] = true
		}
	}
	return linked, nil
}
