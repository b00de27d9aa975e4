# Funnel Planner: `make run` sets up and launches the app; `make test` sets up and checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

# Shared libraries Qt 6 needs on Debian/Ubuntu: GL/EGL, fonts, keyboard, D-Bus, and the
# xcb platform plugin's libraries for a real screen.
QT_SYSTEM_PACKAGES := libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 \
	libglib2.0-0 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 poppler-utils desktop-file-utils
# make test-bundle opens the bundled window on a virtual X server and looks for it.
BUNDLE_TEST_SYSTEM_PACKAGES := xvfb x11-utils

# The one-folder program `make bundle` builds (PyInstaller, build.spec), and what it is built from.
BUNDLE_DIR := dist/funnelplanner
BUNDLE := $(BUNDLE_DIR)/funnelplanner
BUNDLE_STAMP := $(VENV)/.bundle-stamp
BUNDLE_SOURCES := build.spec pyproject.toml tools/bundle_entry.py $(shell find funnelplanner resources -type f \
	-not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: run test test-slow test-fast lint typecheck layers setup system-deps bench bench-large clean \
	bundle test-bundle install-desktop uninstall-desktop translations

run: setup
	$(BIN)/funnelplanner

test: setup lint typecheck layers
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# The long runs: 200+ crash kills and every property test at ten times its examples.
test-slow: setup
	FUNNELPLANNER_HYPOTHESIS=slow QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m "slow or hypothesis"

# Every benchmark at 10k and 100k leads, one table, written to benchmarks/RESULTS.md.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --sizes 10000 100000

bench-large: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --sizes 10000 100000 1000000

# Gathers every string the screen shows into the .ts files translators edit (with
# .venv/bin/pyside6-linguist), then compiles the .qm files the app loads. Both are committed.
# English is the source language: its file holds only the plural forms ("1 contact").
TS_DIR := resources/translations
LUPDATE := $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none
translations: setup
	$(LUPDATE) $$(find funnelplanner -name '*.py' | sort) -ts $(TS_DIR)/funnelplanner_de.ts
	$(LUPDATE) -pluralonly $$(find funnelplanner -name '*.py' | sort) -ts $(TS_DIR)/funnelplanner_en.ts
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/*.ts

# The program in dist/funnelplanner/, rebuilt when a source file is newer than it.
bundle: $(BUNDLE)

$(BUNDLE): $(BUNDLE_SOURCES) $(BUNDLE_STAMP) | system-deps
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
	@du -sh $(BUNDLE_DIR)

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

# Runs the built program as a user would (no venv; the commands with no display, the window
# on Xvfb); builds it first if needed.
# Fails, never skips, when the bundle is missing or broken.
test-bundle: $(BUNDLE)
	@$(MAKE) --no-print-directory system-deps EXTRA_SYSTEM_PACKAGES="$(BUNDLE_TEST_SYSTEM_PACKAGES)"
	FUNNELPLANNER_BUNDLE="$(abspath $(BUNDLE))" $(BIN)/pytest -q -m bundle tests/bundle

# The menu entry and icon for the current user ($$XDG_DATA_HOME, default ~/.local/share),
# starting the bundled program.
install-desktop: $(BUNDLE)
	sh tools/desktop_integration.sh install "$(abspath $(BUNDLE))"

uninstall-desktop:
	sh tools/desktop_integration.sh uninstall

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

layers: setup
	$(BIN)/lint-imports

setup: system-deps $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installs only what is missing, and only where apt-get exists (Debian/Ubuntu).
system-deps:
	@missing=""; \
	if command -v dpkg >/dev/null 2>&1; then \
	  for p in $(QT_SYSTEM_PACKAGES) $(EXTRA_SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system libraries Qt needs:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
