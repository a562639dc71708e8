package leader_test

import (
	"testing"
	"time"
)

// takeoverLimit is how soon after the holder's death another process must
// be leading.
const takeoverLimit = 5 * time.Second

// A standby takes over within seconds of the holder's kill -9, and never
// while the holder lives; three times in a row.
func TestStandbyTakesOverAfterKill(t *testing.T) {
	const name = "telegram:standby"
	holder := startHelper(t, name)
	if _, ok := holder.waitFor("start", 10*time.Second); !ok {
		t.Fatal("the first process never led")
	}
	all := []*proc{holder}
	var worst time.Duration
	for round := range 3 {
		standby := startHelper(t, name)
		all = append(all, standby)
		time.Sleep(2500 * time.Millisecond)
		if standby.leading() {
			t.Fatalf("round %d: the standby leads while the holder is alive", round)
		}
		killed := holder.kill()
		started, ok := standby.waitFor("start", takeoverLimit)
		if !ok {
			t.Fatalf("round %d: the standby had not taken over %v after the kill", round, takeoverLimit)
		}
		took := started.Sub(killed)
		t.Logf("round %d: standby took over %v after kill -9", round, took.Round(time.Millisecond))
		worst = max(worst, took)
		holder = standby
	}
	t.Logf("takeover after kill -9: worst %v of 3", worst.Round(time.Millisecond))
	checkExclusive(t, all...)
}

// A process restarted after a kill -9, with no standby, leads within
// seconds: nothing of its predecessor stands in its way.
func TestRestartedProcessLeads(t *testing.T) {
	const name = "telegram:restart"
	first := startHelper(t, name)
	if _, ok := first.waitFor("start", 10*time.Second); !ok {
		t.Fatal("the first process never led")
	}
	killed := first.kill()
	restarted := startHelper(t, name)
	started, ok := restarted.waitFor("start", takeoverLimit)
	if !ok {
		t.Fatalf("the restarted process did not lead within %v", takeoverLimit)
	}
	t.Logf("restarted process led %v after the kill -9 of its predecessor (process start included)", started.Sub(killed).Round(time.Millisecond))
	checkExclusive(t, first, restarted)
}

// When the database stops, the holder stops its work at once (its lock is
// gone with the server); when the database is back, one process leads again
// within seconds, and never two at once.
func TestDatabaseRestart(t *testing.T) {
	const name = "telegram:outage"
	a := startHelper(t, name)
	if _, ok := a.waitFor("start", 10*time.Second); !ok {
		t.Fatal("the first process never led")
	}
	b := startHelper(t, name)
	time.Sleep(2 * time.Second)
	down := time.Now()
	if err := server.Stop(); err != nil {
		t.Fatal(err)
	}
	stopped, ok := a.waitFor("stop", 3*time.Second)
	if !ok {
		t.Fatal("the holder kept working more than 3 s after the database stopped")
	}
	t.Logf("holder stopped its work %v after the database stopped", stopped.Sub(down).Round(time.Millisecond))
	time.Sleep(2 * time.Second)
	if a.leading() || b.leading() {
		t.Fatal("a process leads while the database is down")
	}
	if err := server.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	up := time.Now()
	back := make(chan time.Time, 2)
	for _, p := range []*proc{a, b} {
		go func() {
			if at, ok := p.waitFor("start", 3*time.Second); ok {
				back <- at
			}
		}()
	}
	select {
	case at := <-back:
		t.Logf("a process led again %v after the database was back", at.Sub(up).Round(time.Millisecond))
	case <-time.After(3 * time.Second):
		t.Fatal("no process led within 3 s of the database coming back")
	}
	time.Sleep(2 * time.Second)
	if a.leading() && b.leading() {
		t.Error("both processes lead")
	}
	checkExclusive(t, a, b)
}
