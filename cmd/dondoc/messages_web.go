package main

// What dondoc says about the dashboard's configuration.
const (
	outBadPublicURL   = "DONDOC_PUBLIC_URL=%q: cần một địa chỉ https đầy đủ, ví dụ https://dondoc.ubnd-damha.gov.vn (Telegram chỉ mở Mini App qua https)"
	outBadInitDataAge = "DONDOC_INITDATA_MAX_AGE=%q: cần một khoảng thời gian dương, ví dụ 24h hoặc 90m"
	outMenuButton     = "Bảng theo dõi"
)
