// Package weekly runs an organisation's weekly cycle: units register what
// they will do in the coming week ("đăng ký ra quân") and report what they
// did (results, with photos and files as evidence); every Thursday the
// registrations are summed up, every Monday the results and the task
// statistics, and both reports go to the organisation's report chats and,
// for each unit's own part, to the unit's members.
//
// Weeks run Monday–Sunday in the organisation's time zone and are named by
// their ISO label ("2021-W02"). The Monday report's figures "since the start
// of the year" run from 1 January of the week's ISO year (YearStart), even
// when that year's week 1 starts in the December before.
//
// The database schedules: every minute a scan asks Due which runs (kind,
// week) the organisation's schedule has made due, catching up on those
// missed while the bot was down within a window, and claims each one by
// inserting its report_runs row in the transaction that queues its outbox
// messages, so that a run happens once whatever the number of processes and
// restarts. A run whose day is a day off on the organisation's calendar
// (Schedule.WithCalendar, OrgScheduleTx) is made at the same hour of the
// next working day, for the week its own day covers.
package weekly
