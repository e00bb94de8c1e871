# quotegraph: the two commands of the README's quick start, and a few more.
#
#   make demo    install what is missing, build (release), draw Samples/ as out/samples.svg
#   make test    install what is missing, run the whole test suite
#   make build   release build only
#   make bench   throughput, memory and the grep floor on the bench corpus (../shared), if present;
#                see scripts/bench.sh and docs/performance.md
#
# SWIFT_FLAGS passes options to swift, e.g. SWIFT_FLAGS="--scratch-path .build-mine".

SWIFT_FLAGS ?=
BENCH_CORPUS ?= ../shared/corpus/bench/articles.jsonl.gz
BIN = $(shell swift build -c release $(SWIFT_FLAGS) --show-bin-path)/quotegraph

.PHONY: demo test build deps bench

deps:
	@bash scripts/install-deps.sh

build: deps
	swift build -c release $(SWIFT_FLAGS)

demo: build
	@mkdir -p out
	$(BIN) analyze Samples --format json -o out/samples.json
	$(BIN) graph Samples -o out/samples.svg
	@echo "demo: statements in out/samples.json, graph in out/samples.svg"

test: deps
	swift test $(SWIFT_FLAGS)

bench: build
	@bash scripts/bench.sh "$(BIN)" "$(BENCH_CORPUS)"
