# The two commands of the README: `make site` and `make test`. Each installs what is missing on a fresh
# Debian machine (libcmark-dev, pkg-config), so either can be the first command run.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: site test build deps check clean

site: build
	"$(RELEASE_BIN)/relais" build --content Content --templates Templates --output Site

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build -c release --product relais

check: build
	"$(RELEASE_BIN)/relais" check --content Content --templates Templates

# cmark comes from Debian (a SwiftPM system library found through pkg-config).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

clean:
	rm -rf .build Site
