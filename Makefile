# quotegraph: the two commands of the README's quick start, and a few more.
#
#   make demo    install what is missing, build (release), audit Samples/ on screen,
#                write out/samples.json and draw out/samples.svg
#   make test    install what is missing, check the code's shape (scripts/check-shape.sh),
#                run the whole test suite
#   make build   release build only
#   make install copy the release binary to $(PREFIX)/bin (PREFIX=/usr/local;
#                make install PREFIX=$$HOME/.local needs no root)
#   make bench   throughput, memory and the grep floor on the bench corpus (../shared), if present;
#                see scripts/bench.sh and docs/performance.md
#
# SWIFT_FLAGS passes options to swift, e.g. SWIFT_FLAGS="--scratch-path .build-mine".

SWIFT_FLAGS ?=
PREFIX ?= /usr/local
BENCH_CORPUS ?= ../shared/corpus/bench/articles.jsonl.gz
BIN = $(shell swift build -c release $(SWIFT_FLAGS) --show-bin-path)/quotegraph

.PHONY: demo test build deps bench install

deps:
	@bash scripts/install-deps.sh

build: deps
	swift build -c release $(SWIFT_FLAGS)

demo: build
	@mkdir -p out
	@echo "demo: the anonymous-source audit of the three articles in Samples/:"
	@$(BIN) audit Samples | sed -n '1,8p'
	@echo
	@echo "demo: the first statement of Samples/asharq-moscow-idlib.txt:"
	@$(BIN) analyze Samples/asharq-moscow-idlib.txt --format table | sed -n '1,8p'
	@$(BIN) analyze Samples --format json -o out/samples.json
	@$(BIN) graph Samples -o out/samples.svg
	@echo "demo: every statement in out/samples.json, the quote graph in out/samples.svg (open it in a browser)"

install: build
	install -d "$(PREFIX)/bin"
	install -m 755 "$(BIN)" "$(PREFIX)/bin/quotegraph"
	@echo "install: $(PREFIX)/bin/quotegraph (put $(PREFIX)/bin on your PATH if it is not)"

test: deps
	@bash scripts/check-shape.sh
	swift test $(SWIFT_FLAGS)

bench: build
	@bash scripts/bench.sh "$(BIN)" "$(BENCH_CORPUS)"
