package weekly_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image/color"
	"image/png"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/xuri/excelize/v2"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

func (f *fixture) count(query string, args ...any) int {
	f.t.Helper()
	var n int
	if err := f.db.Get(&n, query, args...); err != nil {
		f.t.Fatal(err)
	}
	return n
}

func (f *fixture) addEntry(m tasks.Member, kind weekly.EntryKind, week, unit, text string, now time.Time) weekly.Entry {
	f.t.Helper()
	w, _ := weekly.ParseWeek(week)
	d, err := weekly.ParseDetails(text, w, hcm)
	if err != nil {
		f.t.Fatal(err)
	}
	e, _, err := f.svc.AddEntry(context.Background(), m, weekly.NewEntry{Kind: kind, Week: w, UnitID: f.units[unit], Text: text, Details: d}, now)
	if err != nil {
		f.t.Fatal(err)
	}
	return e
}

type outRow struct {
	IdemKey string          `db:"idem_key"`
	ChatID  int64           `db:"chat_id"`
	Kind    string          `db:"kind"`
	Payload json.RawMessage `db:"payload"`
}

func (f *fixture) outbox() []outRow {
	f.t.Helper()
	var rows []outRow
	if err := f.db.Select(&rows, `SELECT idem_key, chat_id, kind, payload FROM outbox WHERE org_id = $1 ORDER BY id`, f.org.ID); err != nil {
		f.t.Fatal(err)
	}
	return rows
}

func TestEntriesKeepHistory(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	m := f.staff["quanglam"]
	e1 := f.addEntry(m, weekly.Registration, "2021-W03", "quanglam", "Ra quân dọn vệ sinh, thứ Bảy, tại thôn 3, 50 người", at(2021, 1, 13, 9, 0))
	e2 := f.addEntry(m, weekly.Registration, "2021-W03", "quanglam", "Tuyên truyền bầu cử", at(2021, 1, 13, 9, 5))
	if e1.Seq != 1 || e2.Seq != 2 || e1.Day == nil || e1.Day.Format("02/01/2006") != "23/01/2021" || *e1.People != 50 || e1.Place != "thôn 3" {
		t.Fatalf("entries %+v %+v", e1, e2)
	}
	w, _ := weekly.ParseWeek("2021-W03")
	d, _ := weekly.ParseDetails("Ra quân dọn vệ sinh, Chủ nhật, 80 người", w, hcm)
	e1b, err := f.svc.EditEntry(ctx, f.staff["quanglam"], e1.ID, "Ra quân dọn vệ sinh, Chủ nhật, 80 người", d, at(2021, 1, 14, 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !e1b.Edited || *e1b.People != 80 || e1b.Day.Format("02/01") != "24/01" || e1b.Place != "" {
		t.Errorf("edited %+v", e1b)
	}
	if _, err := f.svc.EditEntry(ctx, f.staff["ktht"], e1.ID, "x", weekly.Details{}, at(2021, 1, 14, 8, 0)); err == nil {
		t.Error("another unit edited the entry")
	}
	if err := f.svc.DeleteEntry(ctx, m, e2.ID, at(2021, 1, 14, 9, 0)); err != nil {
		t.Fatal(err)
	}
	es, err := f.svc.Entries(ctx, f.org.ID, weekly.Registration, w, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Text != "Ra quân dọn vệ sinh, Chủ nhật, 80 người" {
		t.Errorf("latest = %+v", es)
	}
	h, err := f.svc.History(ctx, f.org.ID, e1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Text != "Ra quân dọn vệ sinh, thứ Bảy, tại thôn 3, 50 người" || *h[0].People != 50 || *h[1].People != 80 {
		t.Errorf("history %+v", h)
	}
	h2, _ := f.svc.History(ctx, f.org.ID, e2.ID)
	if len(h2) != 2 || !h2[1].Deleted {
		t.Errorf("deleted entry history %+v", h2)
	}
	e3 := f.addEntry(m, weekly.Registration, "2021-W03", "quanglam", "Họp dân", at(2021, 1, 14, 10, 0))
	if e3.Seq != 3 {
		t.Errorf("numbers are not reused: %d", e3.Seq)
	}
	// A result against registration 1 with evidence, recorded once per origin.
	res, created, err := f.svc.AddEntry(ctx, m, weekly.NewEntry{Kind: weekly.Result, Week: w, UnitID: f.units["quanglam"], Text: "Đã ra quân, 85 người", RegSeq: 1, Origin: "tg:77"}, at(2021, 1, 24, 18, 0))
	if err != nil || !created {
		t.Fatal(err, created)
	}
	again, created, err := f.svc.AddEntry(ctx, m, weekly.NewEntry{Kind: weekly.Result, Week: w, UnitID: f.units["quanglam"], Text: "Đã ra quân, 85 người", RegSeq: 1, Origin: "tg:77"}, at(2021, 1, 24, 18, 0))
	if err != nil || created || again.ID != res.ID {
		t.Errorf("replayed origin made another entry: %v %v", again.ID, err)
	}
	for _, a := range []weekly.Attachment{{Kind: weekly.AttachPhoto, FileID: "f1", FileUniqueID: "u1"}, {Kind: weekly.AttachDocument, FileID: "f2", FileUniqueID: "u2", FileName: "bien-ban.pdf"}, {Kind: weekly.AttachPhoto, FileID: "f1b", FileUniqueID: "u1"}} {
		if _, err := f.svc.Attach(ctx, m, res.ID, a, at(2021, 1, 24, 18, 1)); err != nil {
			t.Fatal(err)
		}
	}
	res, _ = f.svc.Entry(ctx, f.org.ID, res.ID)
	if res.Photos != 1 || res.Files != 1 || res.RegSeq == nil || *res.RegSeq != 1 {
		t.Errorf("result %+v", res)
	}
	if _, _, err := f.svc.AddEntry(ctx, m, weekly.NewEntry{Kind: weekly.Result, Week: w, UnitID: f.units["quanglam"], Text: "x", RegSeq: 9}, at(2021, 1, 24, 18, 0)); err == nil {
		t.Error("a result against a missing registration was accepted")
	}
	if _, _, err := f.svc.AddEntry(ctx, m, weekly.NewEntry{Kind: weekly.Result, Week: w, UnitID: f.units["ktht"], Text: "x"}, at(2021, 1, 24, 18, 0)); err == nil {
		t.Error("a member recorded for another unit")
	}
}

// mondaySetup seeds the known tasks, results of week 2021-W01 for one unit
// and a report chat.
func mondaySetup(t *testing.T, f *fixture) {
	f.seed(knownTasks()...)
	f.addEntry(f.staff["quanglam"], weekly.Result, "2021-W01", "quanglam", "Ra quân phát quang đường làng tại thôn 2, 1.680 lượt người tham gia", at(2021, 1, 9, 17, 0))
	if _, err := f.svc.AddReportChat(context.Background(), f.leader, -500, "Lãnh đạo huyện", at(2021, 1, 1, 0, 0)); err != nil {
		t.Fatal(err)
	}
}

func TestMondayReportRun(t *testing.T) {
	f := newFixture(t)
	mondaySetup(t, f)
	ctx := context.Background()
	w, _ := weekly.ParseWeek("2021-W01")
	now := at(2021, 1, 11, 10, 0, 20)
	res, err := f.svc.Run(ctx, f.org, weekly.Monday, w, at(2021, 1, 11, 10, 0), now, false, weekly.TriggerSchedule)
	if err != nil {
		t.Fatal(err)
	}
	// The report chat and the three unit members.
	if !res.Claimed || res.Record.Messages != 4 {
		t.Fatalf("run %+v", res)
	}
	keys := map[string]bool{}
	for _, r := range f.outbox() {
		keys[r.IdemKey] = true
	}
	for _, k := range []string{"report:monday:2021-W01:chat:-500",
		"report:monday:2021-W01:unit:" + itoa(f.units["quanglam"]) + ":member:" + itoa(f.staff["quanglam"].ID)} {
		if !keys[k] {
			t.Errorf("no outbox row %s in %v", k, keys)
		}
	}
	rep, ok, err := f.svc.RunReport(ctx, f.org.ID, weekly.Monday, "2021-W01")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	text := outbox.PlainText(rep.Text())
	for _, want := range []string{
		"BÁO CÁO KẾT QUẢ TUẦN 01/2021", "(từ 04/01/2021 đến 10/01/2021)",
		"I. Kết quả của các đơn vị (1/3 đơn vị đã báo cáo)",
		"1) Ra quân phát quang đường làng tại thôn 2, 1.680 lượt người tham gia (tại thôn 2 · 1.680 người)",
		"II. Đơn vị chưa báo cáo (2)", "• Phòng Kinh tế và Hạ tầng", "• UBND xã Đầm Hà",
		"Trong tuần (04/01/2021 – 10/01/2021):\ngiao mới 11; hoàn thành 3 (đúng hạn 1, quá hạn 2); chưa hoàn thành 12 (trong hạn 3, sắp đến hạn 3, quá hạn 6, lâu nhất 52 ngày); tỷ lệ hoàn thành 20%",
		"Từ đầu năm (01/01/2021 – 10/01/2021):\ngiao mới 12; hoàn thành 5 (đúng hạn 2, quá hạn 3)",
		"tỷ lệ hoàn thành 29,4%",
		"• UBND xã Quảng Lâm: giao 4 | 5; hoàn thành đúng hạn 1 | 1, quá hạn 1 | 2; chưa hoàn thành: trong hạn 2, sắp đến hạn 1, quá hạn 2, lâu nhất 52 ngày; tỷ lệ 28,6% | 37,5%",
		"IV. Nhiệm vụ trở thành quá hạn trong tuần (4)",
		"• #2 Nhiệm vụ thử số 2 — Phòng Kinh tế và Hạ tầng — hạn 06/01/2021 17:00 (thứ Tư), đã hoàn thành, quá hạn 2 ngày",
		"V. Các nhiệm vụ quá hạn lâu nhất\n• #19 Nhiệm vụ thử số 19 — UBND xã Quảng Lâm — hạn 20/11/2020 17:00 (thứ Sáu), quá hạn 52 ngày",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "UBND xã Đầm Hà: giao") {
		t.Error("a unit without tasks is listed in the statistics")
	}
	unit, ok := rep.UnitText(f.units["ktht"])
	if !ok || !strings.Contains(outbox.PlainText(unit), "Đơn vị chưa báo cáo kết quả tuần 01/2021") || !strings.Contains(outbox.PlainText(unit), "giao mới 8; hoàn thành 2 (đúng hạn 1, quá hạn 1)") {
		t.Errorf("unit part:\n%s", outbox.PlainText(unit))
	}
	checkWorkbook(t, rep)
	files, err := rep.Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || !files[1].Photo || files[0].Name != "bao-cao-ket-qua-2021-W01.xlsx" || files[1].Name != "ty-le-hoan-thanh-2021-W01.png" {
		t.Fatalf("files %d", len(files))
	}
	if p := files[1].Part(); p.File == nil || !p.File.Photo || !strings.Contains(p.Text, "Tỷ lệ hoàn thành nhiệm vụ theo đơn vị") {
		t.Errorf("chart part %+v", p)
	}
	// Two units had tasks, both under 50% (28.6% and 20%): two red bars
	// side by side, nothing green.
	img, err := png.Decode(bytes.NewReader(files[1].Data))
	if err != nil {
		t.Fatalf("chart: %v", err)
	}
	if size := img.Bounds().Size(); size.X != 640 || size.Y != 520 {
		t.Errorf("chart is %v", size)
	}
	red := bars(img, map[string]color.RGBA{"red": barColours["red"]})["red"]
	green := bars(img, barColours)["green"]
	if red.pixels < 1500 || green.pixels != 0 || red.maxX-red.minX < 100 {
		t.Errorf("chart bars: red %+v, green %+v", red, green)
	}
}

// checkWorkbook opens the Monday workbook and checks its sheets and totals.
func checkWorkbook(t *testing.T, rep weekly.Report) {
	t.Helper()
	data, err := rep.Workbook()
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	want := []string{"Kết quả", "Chưa báo cáo", "Thống kê tuần", "Từ đầu năm", "Quá hạn trong tuần", "Quá hạn lâu nhất"}
	if got := x.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sheets %q, want %q", got, want)
	}
	rows, err := x.GetRows("Thống kê tuần")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || rows[0][1] != "Giao mới" {
		t.Fatalf("week sheet rows %q", rows)
	}
	if got := strings.Join(rows[4], "|"); got != "Toàn cơ quan|11|1|2|3|3|6|52|20" {
		t.Errorf("week total row %s", got)
	}
	if got := strings.Join(rows[3], "|"); got != "UBND xã Đầm Hà|0|0|0|0|0|0|0|" && got != "UBND xã Đầm Hà|0|0|0|0|0|0|0" {
		t.Errorf("empty unit row %q", got)
	}
	rows, _ = x.GetRows("Từ đầu năm")
	if got := strings.Join(rows[len(rows)-1], "|"); got != "Toàn cơ quan|12|2|3|3|3|6|52|29.4" {
		t.Errorf("year total row %s", got)
	}
	rows, _ = x.GetRows("Kết quả")
	if len(rows) != 2 || rows[1][0] != "UBND xã Quảng Lâm" {
		t.Errorf("results sheet %q", rows)
	}
	rows, _ = x.GetRows("Quá hạn lâu nhất")
	if len(rows) != 6 || rows[1][0] != "19" || rows[1][5] != "52" {
		t.Errorf("longest sheet %q", rows)
	}
	rows, _ = x.GetRows("Chưa báo cáo")
	if len(rows) != 3 {
		t.Errorf("missing sheet %q", rows)
	}
}

func TestThursdayReport(t *testing.T) {
	f := newFixture(t)
	f.seed(
		seedTask{id: 1, created: at(2021, 1, 4, 9, 0), deadline: ptr(at(2021, 1, 20, 17, 0)), leads: []string{"ktht"}, coords: []string{"quanglam"}},
		seedTask{id: 2, created: at(2021, 1, 4, 9, 0), deadline: ptr(at(2021, 1, 22, 23, 59)), leads: []string{"quanglam"}},
		// Not in the coming week, or already reported.
		seedTask{id: 3, created: at(2021, 1, 4, 9, 0), deadline: ptr(at(2021, 1, 26, 17, 0)), leads: []string{"quanglam"}},
		seedTask{id: 4, created: at(2021, 1, 4, 9, 0), deadline: ptr(at(2021, 1, 19, 17, 0)), leads: []string{"damha"}, reported: map[string]time.Time{"damha": at(2021, 1, 12, 9, 0)}},
	)
	f.addEntry(f.staff["quanglam"], weekly.Registration, "2021-W03", "quanglam", "Ra quân dọn vệ sinh đường làng, thứ Bảy, tại thôn 3, 50 người", at(2021, 1, 13, 9, 0))
	f.addEntry(f.staff["quanglam"], weekly.Registration, "2021-W03", "quanglam", "Tuyên truyền <bầu cử> & họp dân", at(2021, 1, 13, 9, 5))
	ctx := context.Background()
	w, _ := weekly.ParseWeek("2021-W03")
	if _, err := f.svc.Run(ctx, f.org, weekly.Thursday, w, at(2021, 1, 14, 17, 0), at(2021, 1, 14, 17, 0), false, weekly.TriggerSchedule); err != nil {
		t.Fatal(err)
	}
	// No report chat: the leader gets the whole report, the members their part.
	rows := f.outbox()
	if len(rows) != 4 || rows[0].ChatID != 100 {
		t.Fatalf("outbox %+v", rows)
	}
	rep, _, err := f.svc.RunReport(ctx, f.org.ID, weekly.Thursday, "2021-W03")
	if err != nil {
		t.Fatal(err)
	}
	html := rep.Text()
	if !strings.Contains(html, "Tuyên truyền &lt;bầu cử&gt; &amp; họp dân") {
		t.Errorf("user text is not escaped: %s", html)
	}
	text := outbox.PlainText(html)
	for _, want := range []string{
		"TỔNG HỢP ĐĂNG KÝ RA QUÂN TUẦN 03/2021", "(từ 18/01/2021 đến 24/01/2021)", "số liệu đến 14/01/2021 17:00 (thứ Năm)",
		"I. Đăng ký của các đơn vị (1/3 đơn vị đã đăng ký)\n1. UBND xã Quảng Lâm\n1) Ra quân dọn vệ sinh đường làng, thứ Bảy, tại thôn 3, 50 người (thứ Bảy 23/01/2021 · tại thôn 3 · 50 người)",
		"II. Đơn vị chưa đăng ký (2)\n• Phòng Kinh tế và Hạ tầng\n• UBND xã Đầm Hà",
		"III. Nhiệm vụ đến hạn trong tuần (2)\nPhòng Kinh tế và Hạ tầng\n• #1 Nhiệm vụ thử số 1 — hạn 20/01/2021 17:00 (thứ Tư)\nUBND xã Quảng Lâm\n• #1 Nhiệm vụ thử số 1 — hạn 20/01/2021 17:00 (thứ Tư) (phối hợp)\n• #2 Nhiệm vụ thử số 2 — hạn 22/01/2021 (thứ Sáu)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	data, err := rep.Workbook()
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(x.GetSheetList(), "|"); got != "Đăng ký|Chưa đăng ký|Nhiệm vụ đến hạn" {
		t.Errorf("sheets %s", got)
	}
	regs, _ := x.GetRows("Đăng ký")
	if len(regs) != 3 || regs[1][3] != "23/01/2021" || regs[1][4] != "thôn 3" || regs[1][5] != "50" || regs[1][7] != "13/01/2021 09:00 (thứ Tư)" {
		t.Errorf("registrations sheet %q", regs)
	}
	due, _ := x.GetRows("Nhiệm vụ đến hạn")
	if len(due) != 4 || due[1][4] != "20/01/2021 17:00 (thứ Tư)" || due[3][4] != "22/01/2021 (thứ Sáu)" {
		t.Errorf("due sheet %q", due)
	}
}

func TestPrompts(t *testing.T) {
	f := newFixture(t)
	raw, _ := json.Marshal(weekly.Settings{UnitKinds: []string{"xa"}})
	if _, err := f.db.Exec(`UPDATE orgs SET settings = jsonb_set(settings, '{weekly}', $2::jsonb) WHERE id = $1`, f.org.ID, string(raw)); err != nil {
		t.Fatal(err)
	}
	f.org, _ = f.store.Org(context.Background(), f.org.ID)
	f.addEntry(f.staff["quanglam"], weekly.Registration, "2021-W03", "quanglam", "Ra quân", at(2021, 1, 12, 9, 0))
	n, err := f.svc.RunDue(context.Background(), at(2021, 1, 13, 8, 0, 30))
	if err != nil || n != 1 {
		t.Fatalf("made %d runs: %v", n, err)
	}
	// Only Đầm Hà: Quảng Lâm registered, and the phòng is not asked.
	rows := f.outbox()
	if len(rows) != 1 || rows[0].ChatID != 401 || rows[0].Kind != weekly.NoticePrompt {
		t.Fatalf("prompts %+v", rows)
	}
	var p weekly.Payload
	json.Unmarshal(rows[0].Payload, &p)
	if p.Run != weekly.AskRegistration || p.Week != "2021-W03" || p.By == nil || !p.By.Equal(at(2021, 1, 14, 17, 0)) {
		t.Errorf("payload %+v", p)
	}
	text := outbox.PlainText(weekly.PromptText(p.Run, weekly.Week{Year: 2021, Num: 3}, "UBND xã Đầm Hà", p.By, hcm))
	if !strings.Contains(text, "Đăng ký ra quân tuần 03/2021 (18/01/2021 – 24/01/2021)") || !strings.Contains(text, "17:00 (thứ Năm)") {
		t.Errorf("prompt %s", text)
	}
}

func TestRunOnceAcrossProcessesAndRestarts(t *testing.T) {
	url := pgtest.URL(t)
	open := func() *sqlx.DB {
		db, err := sqlx.Open("postgres", url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	f := newFixtureOn(t, open())
	mondaySetup(t, f)
	other := weekly.New(tasks.NewStore(open()))
	now := at(2021, 1, 11, 10, 0, 5)
	var wg sync.WaitGroup
	made := make([]int, 8)
	for i := range made {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			svc := f.svc
			if i%2 == 1 {
				svc = other
			}
			n, err := svc.RunDue(context.Background(), now)
			if err != nil {
				t.Error(err)
			}
			made[i] = n
		}(i)
	}
	wg.Wait()
	total := 0
	for _, n := range made {
		total += n
	}
	// The Monday report, once; the 08:00 prompt missed before it is not made.
	if total != 1 || f.count(`SELECT count(*) FROM report_runs`) != 1 {
		t.Fatalf("made %v runs, %d recorded", made, f.count(`SELECT count(*) FROM report_runs`))
	}
	before := len(f.outbox())
	// A restart: a new service over a new pool, a minute later.
	restarted := weekly.New(tasks.NewStore(open()))
	for _, later := range []time.Time{now.Add(time.Minute), at(2021, 1, 11, 23, 0), at(2021, 1, 12, 9, 59)} {
		if n, err := restarted.RunDue(context.Background(), later); err != nil || n != 0 {
			t.Errorf("at %s made %d runs: %v", later, n, err)
		}
	}
	if after := len(f.outbox()); after != before {
		t.Errorf("outbox grew from %d to %d rows", before, after)
	}
	// The operator's command runs the same function and finds it done.
	w, _ := weekly.ParseWeek("2021-W01")
	res, err := restarted.Run(context.Background(), f.org, weekly.Monday, w, now, now, false, weekly.TriggerCommand)
	if err != nil || res.Claimed || res.Record.Trigger != weekly.TriggerSchedule {
		t.Errorf("second run %+v %v", res, err)
	}
	dups := f.count(`SELECT count(*) FROM (SELECT chat_id, kind, payload FROM outbox GROUP BY 1, 2, 3 HAVING count(*) > 1) d`)
	if dups != 0 {
		t.Errorf("%d duplicated messages", dups)
	}
}

func TestCatchUpAfterMissedSchedule(t *testing.T) {
	f := newFixture(t)
	mondaySetup(t, f)
	ctx := context.Background()
	// The bot ran until Sunday and comes back on Monday at 18:30.
	if n, err := f.svc.RunDue(ctx, at(2021, 1, 10, 12, 0)); err != nil || n != 0 {
		t.Fatalf("Sunday: %d %v", n, err)
	}
	n, err := f.svc.RunDue(ctx, at(2021, 1, 11, 18, 30))
	if err != nil || n != 1 {
		t.Fatalf("Monday evening made %d runs: %v", n, err)
	}
	// The 08:00 prompt would ask for a report already made: it is skipped.
	if n := f.count(`SELECT count(*) FROM outbox WHERE kind = $1`, weekly.NoticePrompt); n != 0 {
		t.Errorf("%d prompts made after their report", n)
	}
	var late bool
	var due time.Time
	if err := f.db.QueryRow(`SELECT late, due_at FROM report_runs WHERE kind = 'monday' AND week = '2021-W01'`).Scan(&late, &due); err != nil {
		t.Fatal(err)
	}
	if !late || !due.Equal(at(2021, 1, 11, 10, 0)) {
		t.Errorf("late=%v due=%s", late, due)
	}
	rep, _, _ := f.svc.RunReport(ctx, f.org.ID, weekly.Monday, "2021-W01")
	if !strings.Contains(outbox.PlainText(rep.Text()), "Báo cáo gửi muộn do hệ thống gián đoạn (giờ gửi theo lịch: 11/01/2021 10:00 (thứ Hai))") {
		t.Errorf("not marked late:\n%s", outbox.PlainText(rep.Text()))
	}
	// The numbers are those of the week, whenever the report is made.
	if rep.Stats.Total.Week.Assigned != 11 || rep.Stats.Total.Week.Overdue != 6 {
		t.Errorf("late report numbers %+v", rep.Stats.Total.Week)
	}
	// Down from Wednesday to Friday 17:01: Thursday 17:00 is more than 24 h
	// back, so only the Friday prompt is made; Thursday's report is skipped.
	f.addEntry(f.staff["ktht"], weekly.Result, "2021-W02", "ktht", "Đã kiểm tra", at(2021, 1, 15, 9, 0))
	n, err = f.svc.RunDue(ctx, at(2021, 1, 15, 17, 1))
	if err != nil || n != 1 {
		t.Fatalf("Friday made %d runs: %v", n, err)
	}
	if f.count(`SELECT count(*) FROM report_runs WHERE kind = 'thursday'`) != 0 || f.count(`SELECT count(*) FROM report_runs WHERE kind = 'ask_result' AND week = '2021-W02' AND late`) != 1 {
		t.Error("wrong runs after a long stop")
	}
}

// TestLongReportSplitsAtLines builds a report with many units and entries
// and checks that the sender's split keeps every piece within Telegram's
// limit, cut between lines, with nothing lost.
func TestLongReportSplitsAtLines(t *testing.T) {
	w, _ := weekly.ParseWeek("2021-W03")
	rep := weekly.Report{Kind: weekly.Thursday, Week: w, OrgName: "UBND huyện Đầm Hà", Zone: "Asia/Ho_Chi_Minh", AsOf: at(2021, 1, 14, 17, 0)}
	for i := 0; i < 120; i++ {
		u := weekly.UnitPart{UnitID: int64(i + 1), Name: "UBND xã số " + itoa(int64(i+1)), Asked: true}
		if i%4 != 0 {
			for j := 1; j <= 3; j++ {
				u.Entries = append(u.Entries, weekly.Entry{Seq: j, Text: strings.Repeat("Ra quân dọn vệ sinh đường làng ngõ xóm & <khu dân cư> ", 2)})
			}
		}
		rep.Units = append(rep.Units, u)
	}
	text := rep.Text()
	pieces := outbox.SplitHTML(text, outbox.MaxText)
	if len(pieces) < 5 {
		t.Fatalf("%d pieces for %d characters", len(pieces), len(text))
	}
	var joined []string
	for _, p := range pieces {
		if outbox.UTF16Len(p) > outbox.MaxText {
			t.Errorf("piece of %d units", outbox.UTF16Len(p))
		}
		joined = append(joined, outbox.PlainText(p))
	}
	// Blank lines at a cut are dropped; nothing else may change.
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if norm(strings.Join(joined, "\n")) != norm(outbox.PlainText(text)) {
		t.Error("splitting lost or changed text")
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(outbox.PlainText(text), "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, p := range joined {
		ls := strings.Split(p, "\n")
		if !lines[strings.TrimSpace(ls[0])] || !lines[strings.TrimSpace(ls[len(ls)-1])] {
			t.Errorf("a piece is cut inside a line: %q … %q", ls[0], ls[len(ls)-1])
		}
	}
}

// TestEntriesActForTheGroupUnit: in a unit's group chat (ScopeUnit) a member
// of two units records, edits and adds evidence only for that unit.
func TestEntriesActForTheGroupUnit(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	m := f.member(501, "Phạm Hai Đơn Vị", tasks.RoleMember, "ktht")
	if _, err := f.db.Exec(`INSERT INTO member_units (org_id, member_id, unit_id) VALUES ($1, $2, $3)`, f.org.ID, m.ID, f.units["quanglam"]); err != nil {
		t.Fatal(err)
	}
	m, _ = f.store.Member(ctx, f.org.ID, m.ID)
	w, _ := weekly.ParseWeek("2021-W03")
	now := at(2021, 1, 13, 9, 0)
	xa, _, err := f.svc.AddEntry(ctx, m, weekly.NewEntry{Kind: weekly.Registration, Week: w, UnitID: f.units["quanglam"], Text: "Ra quân ở xã"}, now)
	if err != nil {
		t.Fatal(err)
	}
	inGroup := m
	inGroup.ScopeUnit = f.units["ktht"]
	if _, _, err := f.svc.AddEntry(ctx, inGroup, weekly.NewEntry{Kind: weekly.Registration, Week: w, UnitID: f.units["quanglam"], Text: "Ra quân thay xã"}, now); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("recorded for another unit from a unit's group: %v", err)
	}
	if _, err := f.svc.EditEntry(ctx, inGroup, xa.ID, "Sửa thay xã", weekly.Details{}, now); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("edited another unit's entry from a unit's group: %v", err)
	}
	if _, err := f.svc.Attach(ctx, inGroup, xa.ID, weekly.Attachment{Kind: weekly.AttachPhoto, FileID: "f", FileUniqueID: "u"}, now); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("attached to another unit's entry from a unit's group: %v", err)
	}
	if _, _, err := f.svc.AddEntry(ctx, inGroup, weekly.NewEntry{Kind: weekly.Registration, Week: w, UnitID: f.units["ktht"], Text: "Kiểm tra hiện trường"}, now); err != nil {
		t.Errorf("the group's own unit: %v", err)
	}
	nowhere := m
	nowhere.ScopeUnit = tasks.ScopeNothing
	if _, _, err := f.svc.AddEntry(ctx, nowhere, weekly.NewEntry{Kind: weekly.Registration, Week: w, UnitID: f.units["ktht"], Text: "Trong nhóm chưa gắn"}, now); !errors.Is(err, tasks.ErrForbidden) {
		t.Errorf("recorded from a group linked to no unit: %v", err)
	}
}

// TestCatchUpPromptBeforeItsReport: back at Thursday 15:00 after missing
// the 14:00 reminder, the reminder is made and names that day's 17:00
// report; back at 17:30, only the report is made.
func TestCatchUpPromptBeforeItsReport(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if n, err := f.svc.RunDue(ctx, at(2021, 1, 14, 15, 0)); err != nil || n != 1 {
		t.Fatalf("Thursday 15:00 made %d runs: %v", n, err)
	}
	rows := f.outbox()
	if len(rows) == 0 {
		t.Fatal("no prompts")
	}
	for _, r := range rows {
		var p weekly.Payload
		json.Unmarshal(r.Payload, &p)
		if r.Kind != weekly.NoticePrompt || p.Week != "2021-W03" || p.By == nil || !p.By.Equal(at(2021, 1, 14, 17, 0)) {
			t.Errorf("prompt %s %+v", r.Kind, p)
		}
	}
	g := newFixture(t)
	if n, err := g.svc.RunDue(ctx, at(2021, 1, 14, 17, 30)); err != nil || n != 1 {
		t.Fatalf("Thursday 17:30 made %d runs: %v", n, err)
	}
	if n := g.count(`SELECT count(*) FROM report_runs WHERE kind <> 'thursday'`); n != 0 {
		t.Errorf("%d prompts made with their report", n)
	}
	if n := g.count(`SELECT count(*) FROM outbox WHERE kind = $1`, weekly.NoticePrompt); n != 0 {
		t.Errorf("%d prompt messages made with their report", n)
	}
}
