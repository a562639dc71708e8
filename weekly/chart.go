package weekly

import (
	"bytes"
	"fmt"
	"sort"
	"time"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// maxChartUnits caps the bars of the chart: the units with most tasks.
const maxChartUnits = 30

// chartData chooses what the Monday chart shows: the week's completion
// rate of every unit that had tasks to work on in the week when any had,
// otherwise the year's (since YearFrom) of every unit that had tasks in the
// year. It returns no units when there is nothing to show at all.
func (r Report) chartData() (us []UnitStats, counts func(UnitStats) Counts, year bool) {
	if r.Stats == nil {
		return nil, nil, false
	}
	periods := []func(UnitStats) Counts{
		func(u UnitStats) Counts { return u.Week },
		func(u UnitStats) Counts { return u.Year },
	}
	for i, c := range periods {
		for _, u := range r.Stats.Units {
			if c(u).Total() > 0 {
				us = append(us, u)
			}
		}
		if len(us) > 0 {
			return us, c, i == 1
		}
	}
	return nil, nil, false
}

// ChartTitle names what the chart shows: the week, or the year up to the
// end of the week when nothing was to be done in the week itself.
func (r Report) ChartTitle() string {
	if _, _, year := r.chartData(); year {
		return fmt.Sprintf(monChartTitleYear, r.yearSpan())
	}
	return fmt.Sprintf(monChartTitle, WeekTitle(r.Week))
}

// ChartCaption is the caption sent with the chart.
func (r Report) ChartCaption() string {
	if _, _, year := r.chartData(); year {
		return fmt.Sprintf(monChartCaptionYear, r.yearSpan(), WeekLabel(r.Week, r.Location()))
	}
	return fmt.Sprintf(monChartCaption, WeekLabel(r.Week, r.Location()))
}

// yearSpan writes the year's period: "01/01/2021 – 17/01/2021".
func (r Report) yearSpan() string {
	loc := r.Location()
	return deadline.FormatDate(r.Stats.YearFrom.In(loc)) + " – " + deadline.FormatDate(r.Stats.At.Add(-time.Nanosecond).In(loc))
}

// Chart draws the completion rate per unit that chartData chooses as a PNG
// bar chart, titled by its period; it returns nil when no unit had any task
// in the week or the year.
func (r Report) Chart() ([]byte, error) {
	us, counts, _ := r.chartData()
	if len(us) == 0 {
		return nil, nil
	}
	sort.SliceStable(us, func(i, j int) bool { return counts(us[i]).Total() > counts(us[j]).Total() })
	if len(us) > maxChartUnits {
		us = us[:maxChartUnits]
	}
	sort.SliceStable(us, func(i, j int) bool {
		a, _ := counts(us[i]).Rate()
		b, _ := counts(us[j]).Rate()
		return a > b
	})
	bars := make([]chart.Value, len(us))
	for i, u := range us {
		pct, _ := counts(u).Rate()
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
		Title:      r.ChartTitle(),
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
