package outbox

// UnsentCountsQuery is the query of UnsentCounts, for its plan.
const UnsentCountsQuery = unsentCountsQuery
