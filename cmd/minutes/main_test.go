package main

import (
	"context"
	"os"
	"testing"

	"github.com/sahelim/minutes/extract/isolate"
)

// TestMain lets the test binary stand in for the program when ingest starts
// its parsing children (os.Executable is the test binary), and provides
// children that misbehave on purpose for the isolation tests.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case parseCmdName:
			os.Exit(run(context.Background(), os.Args[1:]))
		case asProgram:
			os.Exit(run(context.Background(), os.Args[2:]))
		case "__test-loop":
			for {
			}
		case "__test-balloon":
			balloon()
		case "__test-crash":
			var m map[string]int
			m["nil map"]++
		}
	}
	os.Exit(m.Run())
}

// asProgram as the first argument runs the test binary as the program
// with the arguments that follow.
const asProgram = "__test-minutes"

// balloon limits its memory as the real child does, then allocates until
// the limit kills it.
func balloon() {
	if err := isolate.LimitMemory(256 << 20); err != nil {
		panic(err)
	}
	var keep [][]byte
	for {
		b := make([]byte, 16<<20)
		for i := range b {
			b[i] = 1
		}
		keep = append(keep, b)
	}
}
