package main

// What operators read about the internal listener and the outbox's
// retention (config_ops.go).
const (
	outBadInternalAddr  = "DONDOC_INTERNAL_ADDR “%s”: địa chỉ không hợp lệ, hãy ghi dạng máy:cổng, ví dụ 127.0.0.1:9091, hoặc off để tắt"
	outInternalIsPublic = "DONDOC_INTERNAL_ADDR và DONDOC_HTTP_ADDR cùng là “%s”: /metrics và /readyz phải ở một địa chỉ riêng, không công khai, ví dụ DONDOC_INTERNAL_ADDR=127.0.0.1:9091"
	outBadRetention     = "DONDOC_OUTBOX_RETENTION_DAYS “%s”: hãy ghi số ngày giữ tin đã gửi, một số nguyên dương, ví dụ 30"
)
