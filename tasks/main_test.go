package tasks_test

import (
	"os"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
