# coursebuild: the two commands a newcomer needs are `make build` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/debug/coursebuild
RELEASE := .build/release/coursebuild
SHARED := ../shared
PREFIX ?= /usr/local

.PHONY: build tool release install test deps check bench theme starter rules-doc claims-model fuzz fuzz-tool clean

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
	python3 scripts/train-claims-model --check

## External validators (EPUBCheck, Nu HTML checker, linkchecker, axe) on the built course.
check: build
	bash $(SHARED)/checks/install-deps
	bash $(SHARED)/checks/check-all output

## The performance benchmark (not part of the tests).
bench: release
	python3 bench/run.py --tool .build/release/coursebuild

## Fuzz each reader and the whole pipeline with libFuzzer (not part of the tests).
## FUZZ_TIME seconds per target (default 600), FUZZ_TARGETS to choose; crashes land in fuzz/crashes/.
FUZZ_TIME ?= 600
FUZZ_TARGETS ?= frontmatter config glossary bibtex csljson chapter
FUZZ_BIN := .build/fuzz/debug/CourseBuildFuzz
FUZZ_RT = $(shell find $(dir $(shell command -v swiftc))../lib/clang -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)
fuzz-tool: deps
	@test -n "$(FUZZ_RT)" || { echo "no libclang_rt.fuzzer_no_main in this toolchain"; exit 1; }
	$(SWIFT) build --product CourseBuildFuzz --scratch-path .build/fuzz \
	  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	  -Xlinker $(FUZZ_RT) -Xlinker -lstdc++ -Xlinker --export-dynamic -Xlinker -u -Xlinker LLVMFuzzerRunDriver

fuzz: fuzz-tool
	@mkdir -p fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t; \
	  echo "== $$t ($(FUZZ_TIME) s)"; \
	  SWIFT_BACKTRACE=enable=no FUZZ_TARGET=$$t $(FUZZ_BIN) -max_total_time=$(FUZZ_TIME) \
	    -timeout=20 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix=fuzz/crashes/$$t- fuzz/corpus/$$t || exit 1; \
	done

## Regenerate docs/rules.md from the rules (a test checks it is current).
rules-doc: tool
	$(BIN) rules --markdown > docs/rules.md

## Retrain the claims checker's learned layer from the development corpora (a `make test` step checks it is current).
claims-model:
	python3 scripts/train-claims-model

## Re-embed templates/ as the built-in theme after editing it.
theme:
	python3 scripts/embed-theme

clean:
	rm -rf .build output .output.spare

## Re-embed starter/ as the course `coursebuild init` writes, after editing it.
starter:
	python3 scripts/embed-starter
