# Every build, test and vet uses the sqlite_fts5 tag: without it the SQLite
# driver has no FTS5 and full-text search fails at run time.
GOFLAGS := -tags=sqlite_fts5
export GOFLAGS

BIN := bin/minutes
N ?= 2000
FUZZTIME ?= 60s

.PHONY: build test vet golden fuzz bench sample clean

build:
	go build -o $(BIN) ./cmd/minutes

test:
	go vet ./...
	go test ./...

vet:
	go vet ./...

# Rewrite the readers' golden files; review their diff like code.
golden:
	go test ./extract/... -update

# Run each fuzz target for FUZZTIME.
fuzz:
	go test ./extract/pdf -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./extract/docx -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./extract/html -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME)
	go test ./normalize -run '^$$' -fuzz FuzzDue -fuzztime $(FUZZTIME)

# The main job on the bundled sample corpus.
sample: build
	$(BIN) ingest testdata/corpus --db minutes.db

clean:
	rm -rf bin minutes.db
