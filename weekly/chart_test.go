package weekly_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
	"time"

	"github.com/dondoc/dondoc/weekly"
)

// bar is where one colour's pixels lie in a decoded chart.
type bar struct {
	pixels                 int
	minX, maxX, minY, maxY int
}

// bars finds the pixels of each colour in img.
func bars(img image.Image, colours map[string]color.RGBA) map[string]bar {
	out := map[string]bar{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			for name, c := range colours {
				if uint8(r>>8) != c.R || uint8(g>>8) != c.G || uint8(bl>>8) != c.B {
					continue
				}
				s, ok := out[name]
				if !ok {
					s = bar{minX: x, maxX: x, minY: y, maxY: y}
				}
				s.pixels++
				s.minX, s.maxX, s.minY, s.maxY = min(s.minX, x), max(s.maxX, x), min(s.minY, y), max(s.maxY, y)
				out[name] = s
			}
		}
	}
	return out
}

var barColours = map[string]color.RGBA{
	"green": {0x2e, 0x7d, 0x32, 0xff},
	"amber": {0xf9, 0xa8, 0x25, 0xff},
	"red":   {0xc6, 0x28, 0x28, 0xff},
}

// TestChart decodes the chart of three units at 90%, 60% and 20% and one
// without tasks: a 640×520 PNG with one bar per unit that had tasks, in
// the colour of its rate, highest first, as tall as its rate.
func TestChart(t *testing.T) {
	w, _ := weekly.ParseWeek("2021-W01")
	s := weekly.Stats{Units: []weekly.UnitStats{
		{UnitID: 1, Name: "UBND xã Quảng Lâm", Week: weekly.Counts{DoneOnTime: 1, Overdue: 4}},
		{UnitID: 2, Name: "Phòng Kinh tế và Hạ tầng", Week: weekly.Counts{DoneOnTime: 9, OpenOnTime: 1}},
		{UnitID: 3, Name: "UBND xã Đầm Hà"},
		{UnitID: 4, Name: "Phòng Tài chính – Kế hoạch", Week: weekly.Counts{DoneOnTime: 2, DoneLate: 1, OpenOnTime: 2}},
	}}
	rep := weekly.Report{Kind: weekly.Monday, Week: w, Zone: "Asia/Ho_Chi_Minh", Stats: &s}
	data, err := rep.Chart()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the chart is not a PNG: %v", err)
	}
	if size := img.Bounds().Size(); size.X != 640 || size.Y != 520 {
		t.Errorf("chart is %v, want 640×520", size)
	}
	found := bars(img, barColours)
	for name := range barColours {
		if found[name].pixels < 1000 {
			t.Fatalf("no %s bar: %+v", name, found)
		}
	}
	g, a, r := found["green"], found["amber"], found["red"]
	if !(g.maxX < a.minX && a.maxX < r.minX) {
		t.Errorf("bars are not highest first: green %+v amber %+v red %+v", g, a, r)
	}
	heights := [3]int{g.maxY - g.minY, a.maxY - a.minY, r.maxY - r.minY}
	if heights[0] <= heights[1] || heights[1] <= heights[2] {
		t.Errorf("bar heights %v do not follow 90%%, 60%%, 20%%", heights)
	}
	for i, want := range []float64{60.0 / 90, 20.0 / 90} {
		if got := float64(heights[i+1]) / float64(heights[0]); got < want-0.05 || got > want+0.05 {
			t.Errorf("bar %d is %.2f of the tallest, want %.2f", i+2, got, want)
		}
	}
	if width := g.maxX - g.minX + 1; width < 50 || width > 70 {
		t.Errorf("bar width %d", width)
	}

	// No unit with tasks: no chart.
	empty := weekly.Report{Kind: weekly.Monday, Week: w, Zone: "Asia/Ho_Chi_Minh", Stats: &weekly.Stats{Units: []weekly.UnitStats{{UnitID: 3}}}}
	if data, err := empty.Chart(); err != nil || data != nil {
		t.Errorf("chart without tasks: %d bytes, %v", len(data), err)
	}
}

// TestChartPeriod: the chart shows the week when any unit had tasks to work
// on in it, otherwise the year, titled and captioned accordingly; with
// nothing in the year either there is no chart.
func TestChartPeriod(t *testing.T) {
	w, _ := weekly.ParseWeek("2021-W03")
	loc, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	weekFrom, yearFrom, at := weekly.Periods(w, w.End(loc), loc)
	stats := func(units ...weekly.UnitStats) *weekly.Stats {
		return &weekly.Stats{WeekFrom: weekFrom, YearFrom: yearFrom, At: at, Units: units}
	}
	doneEarlier := weekly.UnitStats{UnitID: 1, Name: "Phòng Kinh tế và Hạ tầng", Year: weekly.Counts{Assigned: 3, DoneOnTime: 3}}
	lateEarlier := weekly.UnitStats{UnitID: 2, Name: "UBND xã Quảng Lâm", Year: weekly.Counts{Assigned: 4, DoneOnTime: 2, DoneLate: 2}}
	busyWeek := weekly.UnitStats{UnitID: 3, Name: "Phòng Tài chính – Kế hoạch", Week: weekly.Counts{DoneOnTime: 1, Overdue: 1}, Year: weekly.Counts{DoneOnTime: 5, Overdue: 1}}
	idle := weekly.UnitStats{UnitID: 4, Name: "UBND xã Đầm Hà"}
	tests := []struct {
		name        string
		stats       *weekly.Stats
		wantChart   bool
		wantTitle   string
		wantCaption string
		wantColours []string
	}{
		{"week", stats(doneEarlier, busyWeek, idle), true,
			"Tỷ lệ hoàn thành nhiệm vụ theo đơn vị, tuần 03/2021 (%)", "Tỷ lệ hoàn thành nhiệm vụ theo đơn vị, tuần 03/2021 (18/01/2021 – 24/01/2021).", []string{"amber"}},
		{"year", stats(doneEarlier, lateEarlier, idle), true,
			"Tỷ lệ hoàn thành nhiệm vụ theo đơn vị từ đầu năm, 01/01/2021 – 24/01/2021 (%)",
			"Tỷ lệ hoàn thành nhiệm vụ theo đơn vị từ đầu năm (01/01/2021 – 24/01/2021): trong tuần 03/2021 (18/01/2021 – 24/01/2021) không đơn vị nào có nhiệm vụ phải thực hiện.", []string{"green"}},
		{"nothing", stats(idle), false, "", "", nil},
		{"no statistics", nil, false, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := weekly.Report{Kind: weekly.Monday, Week: w, Zone: "Asia/Ho_Chi_Minh", Stats: tt.stats}
			data, err := rep.Chart()
			if err != nil {
				t.Fatal(err)
			}
			if (data != nil) != tt.wantChart {
				t.Fatalf("chart: %d bytes, want a chart: %v", len(data), tt.wantChart)
			}
			if !tt.wantChart {
				return
			}
			if got := rep.ChartTitle(); got != tt.wantTitle {
				t.Errorf("title %q, want %q", got, tt.wantTitle)
			}
			if got := rep.ChartCaption(); got != tt.wantCaption {
				t.Errorf("caption %q, want %q", got, tt.wantCaption)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("the chart is not a PNG: %v", err)
			}
			found := bars(img, barColours)
			for _, c := range tt.wantColours {
				if found[c].pixels < 1000 {
					t.Errorf("no %s bar: %+v", c, found)
				}
			}
			files, err := rep.Files()
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 2 || !files[1].Photo || files[1].Caption != tt.wantCaption {
				t.Errorf("%d files: want the workbook and the chart with its caption", len(files))
			}
		})
	}
}
