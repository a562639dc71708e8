// Package holidays is the calendar of working days of Vietnamese offices:
// Saturday and Sunday are rest days, public holidays (Tết Dương lịch, Tết
// Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh…) and the days the
// government gives off around them are rest days too, and the Saturdays it
// names as make-up working days ("làm bù") are working days.
//
// The national calendar is data (vietnam.txt, embedded), with its sources
// in its header; an organisation adds its own days off and make-up days with
// Calendar.WithOverrides. The package is pure: it reads no clock and no
// database, and a Calendar is immutable and safe for concurrent use.
package holidays
