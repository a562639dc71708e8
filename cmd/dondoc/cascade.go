package main

import (
	"context"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dondoc/dondoc/tasks"
)

// cascadePoll is how often a process looks for cascade steps to apply.
const cascadePoll = 500 * time.Millisecond

// runCascade applies the steps that carry tasks between a parent
// organisation and its children, until ctx ends. Every process runs it: a
// step is claimed by one worker and applied once whatever happens, and it
// needs no Telegram token. The notices a step queues wake the sender.
func (a *app) runCascade(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	a.store.RunCascade(ctx, time.Now, cascadePoll, a.sender.Kick, a.log.With("component", "cascade"))
}

// forgetCascadeSteps deletes the cascade steps done a week ago.
func (a *app) forgetCascadeSteps(ctx context.Context) {
	if err := a.store.ForgetCascadeSteps(ctx, time.Now().Add(-7*24*time.Hour)); err != nil {
		a.log.Error("cleanup cascade steps", "err", err)
	}
}

// cascadeCollector reports the cascade steps as they stand when Prometheus
// scrapes: a step waiting long means a commune does not see its province.
type cascadeCollector struct {
	db                       *sqlx.DB
	pending, failing, oldest *prometheus.Desc
}

func newCascadeCollector(db *sqlx.DB) *cascadeCollector {
	return &cascadeCollector{
		db:      db,
		pending: prometheus.NewDesc("dondoc_cascade_steps_pending", "Steps between a parent organisation and its children not applied yet.", nil, nil),
		failing: prometheus.NewDesc("dondoc_cascade_steps_failing", "Cascade steps whose last attempt failed.", nil, nil),
		oldest:  prometheus.NewDesc("dondoc_cascade_due_oldest_seconds", "Age of the oldest cascade step due and not applied.", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *cascadeCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.pending
	ch <- c.failing
	ch <- c.oldest
}

// Collect implements prometheus.Collector.
func (c *cascadeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	b, err := tasks.CascadeSteps(ctx, c.db, time.Now())
	if err != nil {
		return
	}
	ch <- prometheus.MustNewConstMetric(c.pending, prometheus.GaugeValue, float64(b.Pending))
	ch <- prometheus.MustNewConstMetric(c.failing, prometheus.GaugeValue, float64(b.Failing))
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, b.Oldest.Seconds())
}
