# taizhang — 任务分解表 → 工作台账
# `make demo` and `make test` work on a fresh machine with only the Swift toolchain:
# `deps` installs the C libraries from Debian when pkg-config cannot find them.

SWIFT ?= swift
BIN := .build/debug/taizhang
DEMO_OUT := out/demo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := pkg-config libzip-dev zlib1g-dev libxml2-dev python3 unzip

.PHONY: deps build test demo serve bench bench-quick bench-deps bench-peers fuzz sanitize clean

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libzip zlib libxml-2.0 \
	   || ! command -v python3 >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; then \
	  echo "安装依赖：$(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	@mkdir -p $(DEMO_OUT)
	$(BIN) extract samples/2025-汶上县-要点分解表.docx --format table | head -n 20
	@echo
	$(BIN) split samples/2025-汶上县-要点分解表.docx -o $(DEMO_OUT) --roster samples/汶上县-单位名册.csv --force

# The office loop in a browser: prints the address to open (Ctrl+C stops it).
serve: build
	$(BIN) serve

# Speed against the C floor on real-shaped inputs (needs ../shared/bench); not part of the tests.
# The floor writes with libxlsxwriter, which taizhang itself does not use.
bench: deps bench-deps
	python3 scripts/bench.py

bench-quick: deps bench-deps
	python3 scripts/bench.py --quick

bench-deps:
	@pkg-config --exists xlsxwriter || { echo "安装依赖：libxlsxwriter-dev（C 语言下限）"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libxlsxwriter-dev; }

# Python peers on the same inputs (after make bench): python-calamine, lxml, XlsxWriter.
bench-peers:
	python3 scripts/bench-peers.py

# Fuzzing (not in CI): each libFuzzer target runs for SECONDS; JOBS=2 runs two at a time,
# TARGETS picks some of docx xlsx csv plan ledger. See docs/fuzzing.md.
SECONDS ?= 60
JOBS ?= 1
TARGETS ?=
fuzz: deps
	JOBS=$(JOBS) scripts/fuzz.sh $(SECONDS) $(TARGETS)

# The whole test suite under AddressSanitizer, in its own build folder. swiftc has no
# UndefinedBehaviorSanitizer on Linux (-sanitize=undefined is refused for this target): undefined
# behaviour in Swift is what the debug build already traps (overflow, bounds, exclusivity, kept
# checked here); the C libraries are Debian's and not rebuilt, and their own leaks are suppressed
# (scripts/lsan.supp). Leaks are looked for in every run of the taizhang binary the tests start
# (CLIRunner, BoundedRun), not in the test runner, whose Foundation Process plumbing leaks on its
# own. Swift's backtracer is off: it reads a crashed process's memory in a way AddressSanitizer
# reports. See docs/fuzzing.md.
SANITIZE := --scratch-path .build/sanitize --sanitize=address -Xswiftc -enforce-exclusivity=checked
sanitize: deps
	$(SWIFT) build --build-tests $(SANITIZE)
	TAIZHANG_SANITIZED=1 SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=fast_unwind_on_malloc=0:detect_leaks=0 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0 $(SWIFT) test --skip-build $(SANITIZE)

clean:
	rm -rf .build out bench-data
