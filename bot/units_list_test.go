package bot_test

import (
	"strings"
	"testing"

	"github.com/dondoc/dondoc/tasks"
)

// /donvi lists the units under their kind, the kinds of a province (sở)
// and of a commune's villages (thôn) among them.
func TestUnitsByKind(t *testing.T) {
	h := newHarness(t, withUnits(
		tasks.Unit{Code: "syt", Name: "Sở Y tế", Kind: tasks.KindSo},
		tasks.Unit{Code: "vhxh", Name: "Phòng Văn hóa – Xã hội", Kind: tasks.KindPhong},
		tasks.Unit{Code: "hoaxa", Name: "UBND phường Hòa Xá", Kind: tasks.KindXa},
		tasks.Unit{Code: "vandon", Name: "UBND đặc khu Vân Đồn", Kind: tasks.KindXa},
		tasks.Unit{Code: "thon1", Name: "Thôn Đông Sơn", Aliases: []string{"Thôn 1"}, Kind: tasks.KindThon},
		tasks.Unit{Code: "mttq", Name: "Ủy ban MTTQ Việt Nam xã", Kind: tasks.KindDoanThe},
	))
	h.join(kthtStaff, tasks.RoleMember, "vhxh")
	m := h.say(kthtStaff, "/donvi", "Danh sách đơn vị",
		"Sở, ban, ngành (loại so, 1 đơn vị)\n• Sở Y tế — mã syt",
		"Phòng, ban chuyên môn (loại phong, 1 đơn vị)",
		"Xã, phường, thị trấn, đặc khu (loại xa, 2 đơn vị)\n• UBND phường Hòa Xá — mã hoaxa\n• UBND đặc khu Vân Đồn — mã vandon",
		"Thôn, bản, tổ dân phố (loại thon, 1 đơn vị)\n• Thôn Đông Sơn — mã thon1 (Thôn 1)",
		"Mặt trận, đoàn thể (loại doanthe, 1 đơn vị)")
	if strings.Index(m.PlainText, "Sở Y tế") > strings.Index(m.PlainText, "Thôn Đông Sơn") {
		t.Errorf("kinds out of order:\n%s", m.PlainText)
	}
}
