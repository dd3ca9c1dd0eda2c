# Every build, test and vet uses the sqlite_fts5 tag: without it the SQLite
# driver has no FTS5 and full-text search fails at run time.
GOFLAGS := -tags=sqlite_fts5
export GOFLAGS

BIN := bin/minutes
# The version `minutes --version` prints (by default the commit; Go also
# records the commit itself when building in a git checkout).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null)
N ?= 2000
FUZZTIME ?= 60s

.PHONY: build test test-postgres vet golden fuzz bench sample clean

build:
	go build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/minutes

# Every test, the store's and the CLI's tests again against PostgreSQL,
# and the benchmark harness on 20 documents (it fails only when the
# harness breaks, never on a missed target).
test:
	go vet ./...
	go test ./...
	$(MAKE) test-postgres
	$(MAKE) bench-smoke

# The store's and the CLI's tests against PostgreSQL, at
# $$MINUTES_TEST_POSTGRES: eval "$$(.ci/postgres.sh start)" starts a
# throwaway server and sets it. Without it they are skipped with a note,
# unless CI=true. The browser test and the extraction scores, which do not
# depend on the backend, run once, on SQLite.
test-postgres:
	@if [ -n "$$MINUTES_TEST_POSTGRES" ]; then \
		echo "MINUTES_TEST_BACKEND=postgres go test ./store/... ./cmd/minutes/..."; \
		MINUTES_TEST_BACKEND=postgres go test ./store/... ./cmd/minutes/... -skip 'TestServeBrowser|TestScore'; \
	elif [ "$$CI" = true ]; then \
		echo 'make test-postgres: CI needs $$MINUTES_TEST_POSTGRES (.ci/postgres.sh start)' >&2; exit 1; \
	else \
		echo 'make test-postgres: skipped, no $$MINUTES_TEST_POSTGRES (eval "$$(.ci/postgres.sh start)" gives one)'; \
	fi

vet:
	go vet ./...

# Rewrite the golden files (the readers', the extraction's, the SQL
# cookbook's page) in every package whose tests use doctest, which owns
# the -update flag; review their diff like code.
GOLDEN_PKGS = $(shell go list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... | awk '$$1 !~ /doctest$$/ && / [^ ]*extract\/doc\/doctest( |$$)/ {print $$1}')
golden:
	go test $(GOLDEN_PKGS) -run 'Golden|CookbookDoc' -update

# Run each fuzz target for FUZZTIME. Minimising large seeds (an 18-page
# PDF, zipped DOCX) would otherwise take the whole budget.
fuzz:
	go test ./extract/pdf -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 0
	go test ./extract/docx -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 10x
	go test ./extract/docx -run '^$$' -fuzz FuzzIndexStyles -fuzztime $(FUZZTIME) -fuzzminimizetime 10x
	go test ./extract/html -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 10x
	go test ./normalize -run '^$$' -fuzz FuzzDue -fuzztime $(FUZZTIME) -fuzzminimizetime 10x
	go test ./extract -run '^$$' -fuzz FuzzMeeting -fuzztime $(FUZZTIME) -fuzzminimizetime 10x

# Throughput, peak memory, re-run time, CPU per format against the
# text-extraction floor (pdftotext, unzip, cat), the read/extract/store
# split measured in process, extraction per 1,000 blocks against document
# size, a 30 MB HTML and a 500-page PDF, and scaling of `minutes ingest`
# on a synthetic corpus of N documents made from the fixtures (needs qpdf
# and poppler-utils), every target ok or MISSED (docs/performance.md);
# then the readers' and the extraction's Go benchmarks. SCALE is the series of corpus sizes; empty to skip it. With
# $$MINUTES_TEST_POSTGRES (or $$MINUTES_BENCH_POSTGRES) set, it also measures
# 1, 2 and 4 concurrent ingesters into PostgreSQL; without, it says so.
SCALE ?= 500,1000,2000,4000
bench: build
	go run ./cmd/minutes-bench -n $(N) -scale '$(SCALE)' -bin $(BIN)
	go test ./extract/... -run '^$$' -bench . -benchmem

# Compare the working tree with REF (a commit, branch or tag): both are
# built (REF from a temporary checkout, with this harness copied in), run
# on the same generated corpus of CMP_N documents, interleaved for ROUNDS
# rounds, and the median of every figure is printed with its ratio.
REF ?= main
CMP_N ?= 300
ROUNDS ?= 3
.PHONY: bench-compare
bench-compare:
	go run ./cmd/minutes-bench -compare '$(REF)' -n $(CMP_N) -rounds $(ROUNDS)

# The same harness on 20 documents: fails if the harness breaks, not on a
# missed target.
.PHONY: bench-smoke
bench-smoke: build
	go run ./cmd/minutes-bench -n 20 -scale 10,20 -smoke -ocr-pages 1 -bin $(BIN)

# The main job on the bundled sample corpus.
sample: build
	$(BIN) ingest testdata/corpus --db minutes.db
	@echo
	@echo "Database: $(CURDIR)/minutes.db. Try:"
	@echo '  bin/minutes actions --db minutes.db'
	@echo '  bin/minutes query --db minutes.db "SELECT m.date, a.text, a.owner_raw, a.due_date FROM actions a JOIN meetings m ON m.id = a.meeting_id ORDER BY a.due_date"'

clean:
	rm -rf bin minutes.db
