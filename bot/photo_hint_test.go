package bot_test

import (
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// TestPhotoWithoutTaskGetsHint: a photo sent on its own, replying to no
// task, is answered with how to send it as evidence.
func TestPhotoWithoutTaskGetsHint(t *testing.T) {
	h := newHarness(t)
	h.join(kthtStaff, tasks.RoleMember, "ktht")
	before := len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendPhoto(kthtStaff, kthtStaff.ID, tinyPNG(t), "")
	h.after(kthtStaff.ID, before, "chưa rõ thuộc nhiệm vụ nào", "Trả lời", "/tiendo 42")
	before = len(h.fake.SentTo(kthtStaff.ID))
	h.fake.SendDocument(kthtStaff, kthtStaff.ID, "bien-ban.pdf", "application/pdf", []byte("%PDF-1.4"), "biên bản")
	h.after(kthtStaff.ID, before, "chưa rõ thuộc nhiệm vụ nào")
}
