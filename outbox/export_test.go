package outbox

// UnsentCountsQuery is the query of UnsentCounts, for its plan.
const UnsentCountsQuery = unsentCountsQuery

// UnsentOnOtherBotsQuery is the query of UnsentOnOtherBots, for its plan.
const UnsentOnOtherBotsQuery = unsentOnOtherBotsQuery
