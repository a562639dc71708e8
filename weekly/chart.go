package weekly

import (
	"bytes"
	"fmt"
	"sort"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/dondoc/dondoc/vntext"
)

// maxChartUnits caps the bars of the chart: the units with most tasks.
const maxChartUnits = 30

// Chart draws the week's completion rate of every unit that had tasks to
// work on as a PNG bar chart; it returns nil when no unit had any.
func (r Report) Chart() ([]byte, error) {
	if r.Stats == nil {
		return nil, nil
	}
	var us []UnitStats
	for _, u := range r.Stats.Units {
		if u.Week.Total() > 0 {
			us = append(us, u)
		}
	}
	if len(us) == 0 {
		return nil, nil
	}
	sort.SliceStable(us, func(i, j int) bool { return us[i].Week.Total() > us[j].Week.Total() })
	if len(us) > maxChartUnits {
		us = us[:maxChartUnits]
	}
	sort.SliceStable(us, func(i, j int) bool {
		a, _ := us[i].Week.Rate()
		b, _ := us[j].Week.Rate()
		return a > b
	})
	bars := make([]chart.Value, len(us))
	for i, u := range us {
		pct, _ := u.Week.Rate()
		color := drawing.ColorFromHex("2e7d32")
		switch {
		case pct < 50:
			color = drawing.ColorFromHex("c62828")
		case pct < 80:
			color = drawing.ColorFromHex("f9a825")
		}
		bars[i] = chart.Value{Value: pct, Label: vntext.Shorten(u.Name, 40) + " (" + decimal(pct) + "%)",
			Style: chart.Style{FillColor: color, StrokeColor: color}}
	}
	const barWidth, spacing = 64, 36
	c := chart.BarChart{
		Title:      fmt.Sprintf(monChartTitle, WeekTitle(r.Week)),
		TitleStyle: chart.Style{FontSize: 13},
		Background: chart.Style{Padding: chart.Box{Top: 50, Left: 20, Right: 20, Bottom: 70}},
		Width:      max(640, 120+len(bars)*(barWidth+spacing)),
		Height:     520,
		BarWidth:   barWidth,
		BarSpacing: spacing,
		XAxis:      chart.Style{FontSize: 9},
		YAxis: chart.YAxis{
			Range:          &chart.ContinuousRange{Min: 0, Max: 100},
			ValueFormatter: func(v any) string { return fmt.Sprintf("%.0f", v) },
			Ticks:          []chart.Tick{{Value: 0, Label: "0"}, {Value: 25, Label: "25"}, {Value: 50, Label: "50"}, {Value: 75, Label: "75"}, {Value: 100, Label: "100"}},
		},
		Bars: bars,
	}
	var buf bytes.Buffer
	if err := c.Render(chart.PNG, &buf); err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	return buf.Bytes(), nil
}
