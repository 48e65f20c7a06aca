# coursebuild: the two commands a newcomer needs are `make build` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/debug/coursebuild
RELEASE := .build/release/coursebuild
SHARED := ../shared
PREFIX ?= /usr/local

.PHONY: build tool release install test deps check bench theme starter rules-doc clean

## Build the release tool, then the course into output/ (installs libcmark-dev when missing).
build: release
	$(RELEASE) build . --output output

## A release build of the tool (what `make build` and `make install` use).
release: deps
	$(SWIFT) build -c release --product coursebuild

## Put the release build on the PATH: $(PREFIX)/bin/coursebuild (PREFIX=/usr/local by default).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(RELEASE) "$(DESTDIR)$(PREFIX)/bin/coursebuild"

## Install the C library the parser links against.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "installing libcmark-dev (CommonMark parser)"; \
	  $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get update -qq && \
	  $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq libcmark-dev; }

tool: deps
	$(SWIFT) build --product coursebuild

## Unit, golden and CLI tests, then the SARIF schema check and the claims scorer.
test: tool
	$(SWIFT) test
	bash scripts/check-sarif $(BIN)
	bash scripts/check-claims-score $(BIN)

## External validators (EPUBCheck, Nu HTML checker, linkchecker, axe) on the built course.
check: build
	bash $(SHARED)/checks/install-deps
	bash $(SHARED)/checks/check-all output

## The performance benchmark (not part of the tests).
bench: release
	python3 bench/run.py --tool .build/release/coursebuild

## Regenerate docs/rules.md from the rules (a test checks it is current).
rules-doc: tool
	$(BIN) rules --markdown > docs/rules.md

## Re-embed templates/ as the built-in theme after editing it.
theme:
	python3 scripts/embed-theme

clean:
	rm -rf .build output

## Re-embed starter/ as the course `coursebuild init` writes, after editing it.
starter:
	python3 scripts/embed-starter
