package directives

import "github.com/dondoc/dondoc/tasks"

// retiredWarnings warns about owners named by a retired unit's name: the
// directive goes to the successor, and a person should know why.
func retiredWarnings(d *Directive) {
	owners := append([]Owner(nil), d.Coordinators...)
	if d.Lead != nil {
		owners = append([]Owner{*d.Lead}, owners...)
	}
	for _, o := range owners {
		if o.Retired == nil {
			continue
		}
		note := tasks.RetiredNote(tasks.Mention{Unit: o.Unit, Retired: o.Retired})
		d.Warnings = append(d.Warnings, Warning{About: AboutOwner, Text: note})
	}
}
