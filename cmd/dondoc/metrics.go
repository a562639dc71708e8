package main

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
)

// queueCollector reports the outbox and reminder queues as they stand in the
// database when Prometheus scrapes.
type queueCollector struct {
	db      *sqlx.DB
	outbox  *prometheus.Desc
	due     *prometheus.Desc
	planned *prometheus.Desc
}

func newQueueCollector(db *sqlx.DB) *queueCollector {
	return &queueCollector{
		db:      db,
		outbox:  prometheus.NewDesc("dondoc_outbox_messages", "Outbox rows not yet delivered, by status (pending, sending, failed).", []string{"status"}, nil),
		due:     prometheus.NewDesc("dondoc_outbox_due_oldest_seconds", "Age of the oldest outbox row due and not sent.", nil, nil),
		planned: prometheus.NewDesc("dondoc_reminders_pending", "Reminders planned and not yet queued.", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.outbox
	ch <- c.due
	ch <- c.planned
}

// Collect implements prometheus.Collector.
func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if counts, err := outbox.UnsentCounts(ctx, c.db); err == nil {
		for status, n := range counts {
			ch <- prometheus.MustNewConstMetric(c.outbox, prometheus.GaugeValue, float64(n), status)
		}
	}
	if age, err := outbox.OldestDue(ctx, c.db, time.Now()); err == nil {
		ch <- prometheus.MustNewConstMetric(c.due, prometheus.GaugeValue, age.Seconds())
	}
	if n, err := reminders.Pending(ctx, c.db); err == nil {
		ch <- prometheus.MustNewConstMetric(c.planned, prometheus.GaugeValue, float64(n))
	}
}

// metricsHandler serves Prometheus metrics: the senders' outcomes by kind,
// the bots' updates (summed over the bots of the deployment), the queues,
// and the Go runtime.
func metricsHandler(db *sqlx.DB, senders []*outbox.Stats, updates []*bot.Stats, extra ...prometheus.Collector) http.Handler {
	reg := prometheus.NewRegistry()
	sends := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "dondoc_outbox_outcomes_total",
		Help: "What the sender did with outbox rows, by message kind and outcome.",
	}, []string{"kind", "outcome"})
	reg.MustRegister(sends, newQueueCollector(db), collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	reg.MustRegister(newCascadeCollector(db))
	reg.MustRegister(extra...)
	for _, stats := range senders {
		stats.OnCount(func(kind, outcome string) { sends.WithLabelValues(kind, outcome).Inc() })
	}
	if len(updates) > 0 {
		for name, help := range map[string]string{
			"received": "Telegram updates recorded for the first time.",
			"handled":  "Telegram updates handled (or given up on).",
			"retried":  "Attempts at an update that failed for a passing reason and were tried again.",
			"failed":   "Telegram updates given up on after their retries, recorded with their reason.",
		} {
			var cs []*atomic.Int64
			for _, u := range updates {
				cs = append(cs, map[string]*atomic.Int64{"received": &u.Received, "handled": &u.Handled, "retried": &u.Retried, "failed": &u.Failed}[name])
			}
			reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "dondoc_updates_" + name + "_total", Help: help},
				func() float64 {
					var n int64
					for _, c := range cs {
						n += c.Load()
					}
					return float64(n)
				}))
		}
	}
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}
