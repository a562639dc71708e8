package weekly_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

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
