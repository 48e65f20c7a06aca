# coursebuild: the two commands a newcomer needs are `make build` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/debug/coursebuild
SHARED := ../shared

.PHONY: build tool test deps check bench theme starter rules-doc clean

## Build the tool, then the course into output/ (installs libcmark-dev when missing).
build: tool
	$(BIN) build . --output output

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
bench: tool
	$(SWIFT) build -c release --product coursebuild
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
