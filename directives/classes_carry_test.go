package directives

import (
	"strings"
	"testing"
)

// A subject carried over to the next sentence (issue 10): a directive
// sentence that names no one, in the same request as a sentence that named
// the owner, takes that owner with a warning; not after a heading, a
// narrative sentence, a sentence of a different topic ("Về …"), a directive
// with no owner, nor from a group of the whole meeting (group:all).
func TestClassSubjectCarriedToNextSentence(t *testing.T) {
	const carried = "lấy theo câu trước cùng đoạn"
	checkClasses(t, communeDirectory(), []classCase{
		{"the next sentence of the request", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kênh mương. Nạo vét các đoạn bị bồi lấp.",
			[]want{{lead: "kt"}, {text: "Nạo vét", lead: "kt", warn: carried}}},
		{"the paragraph right after the request", "Chủ tịch UBND xã yêu cầu Trạm Y tế xã dự trữ thuốc men.\n\nTăng cường phun hóa chất diệt muỗi tại các khu dân cư.",
			[]want{{lead: "tyt"}, {text: "phun hóa chất", lead: "tyt", warn: carried}}},
		{"the subject of the sentence before, not an addressee", "Công an xã chốt chặn các ngầm tràn. Lập biên bản các trường hợp cố tình vượt qua.",
			[]want{{lead: "ca"}, {text: "Lập biên bản", lead: "ca", warn: carried}}},
		{"a new subject takes over", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kênh mương. Công an xã chốt chặn các ngầm tràn. Lập biên bản các trường hợp vi phạm.",
			[]want{{lead: "kt"}, {lead: "ca"}, {text: "Lập biên bản", lead: "ca", warn: carried}}},
		{"not after a narrative sentence", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kênh mương. Năm 2023, xã đã hoàn thành nạo vét 12 km kênh. Tăng cường kiểm tra các cống bị hư hỏng.",
			[]want{{lead: "kt"}, {text: "Tăng cường kiểm tra", warn: "Chưa xác định được đơn vị chủ trì"}}},
		{"not into a different topic", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kênh mương. Về y tế, tăng cường phun hóa chất diệt muỗi.",
			[]want{{lead: "kt"}, {text: "phun hóa chất", warn: "Chưa xác định được đơn vị chủ trì"}}},
		{"not from a group of the whole meeting", "Chủ tịch UBND xã yêu cầu các cơ quan, đơn vị chấp hành kỷ luật hành chính. Tăng cường tuyên truyền dịch vụ công trực tuyến.",
			[]want{{lead: "group:all"}, {text: "Tăng cường tuyên truyền", warn: "Chưa xác định được đơn vị chủ trì"}}},
		{"not across a heading", "Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kênh mương.\nNhiệm vụ thời gian tới:\nTăng cường phun hóa chất diệt muỗi tại các khu dân cư.",
			[]want{{lead: "kt"}, {text: "phun hóa chất", warn: "Chưa xác định được đơn vị chủ trì"}}},
	})
}

// TestCarriedOwnerIsExplained: --explain says which words the carried owner
// came from.
func TestCarriedOwnerIsExplained(t *testing.T) {
	got := Extract("Chủ tịch UBND xã yêu cầu Phòng Kinh tế rà soát kênh mương. Nạo vét các đoạn bị bồi lấp.", communeDirectory(), monday(t))
	if len(got) != 2 {
		t.Fatalf("%d directives, want 2", len(got))
	}
	if why := got[1].Why.Lead; !strings.Contains(why, "câu trước") || !strings.Contains(why, "Phòng Kinh tế") {
		t.Errorf("Why.Lead = %q, want the sentence before and the words “Phòng Kinh tế”", why)
	}
}
