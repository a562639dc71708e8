package tasks

import (
	"errors"

	"github.com/lib/pq"
)

// isUniqueViolation reports whether err is PostgreSQL refusing a row that
// would break the unique index or constraint named constraint.
func isUniqueViolation(err error, constraint string) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "23505" && pe.Constraint == constraint
}
