package bot

// Vietnamese wording of the two tiers' messages (merges, received tasks).
const (
	msgUnitMerged      = "🔀 %s đã được sáp nhập vào <b>%s</b>. Từ nay bạn thuộc đơn vị này; lịch sử nhiệm vụ cũ vẫn giữ tên đơn vị cũ."
	msgUnitMergedTasks = "\n%d nhiệm vụ đang thực hiện đã chuyển sang %s, nhắc việc gửi theo đơn vị mới. Xem: /viec"
)
