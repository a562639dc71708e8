package holidays

// Vietnamese words of the calendar: everything in the package a person
// reads.
const (
	// nameInLieu names the day off given for a holiday on a weekend.
	nameInLieu = "%s (nghỉ bù)"

	nameOrgDayOff  = "Ngày nghỉ của cơ quan"
	nameOrgWorkday = "Ngày làm việc bù của cơ quan"

	labelDate     = "%s (%s)"
	reasonHoliday = "ngày nghỉ %s"

	msgBadDate        = "Ngày “%s” chưa đúng. Hãy ghi ngày/tháng/năm, năm đủ bốn chữ số (dd/mm/yyyy)."
	msgAlreadyWorkday = "Ngày %s vốn là ngày làm việc nên không cần ghi làm bù. Ngày làm bù là thứ Bảy, Chủ nhật hoặc ngày lễ mà cơ quan vẫn làm việc."
	msgAlreadyOff     = "Ngày %s vốn đã là ngày nghỉ (%s) nên không cần thêm."

	msgCommandUnknown = "Chưa hiểu “%s”."
	msgCommandNoDate  = "Hãy ghi ngày sau lệnh, dạng ngày/tháng/năm (dd/mm/yyyy)."
)

// commandWords are the actions of /ngaynghi as typed, folded and without
// spaces.
var commandWords = map[string]Action{
	"them": AddDayOff, "lambu": AddWorkday, "bo": Remove, "xoa": Remove,
}

// weekdayNames are the days of the week as written in Vietnamese, by
// time.Weekday.
var weekdayNames = [7]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}
