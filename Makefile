# Two commands do all set-up: `make run` and `make test`. Each creates .venv when needed and
# reinstalls the project into it whenever pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test lint format bench fonts fuzz clean dist translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The dist extra too: tests/test_bundle.py builds the frozen bundle and the .deb.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev,dist]'
	touch $@ $(APP_STAMP) $(DIST_STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(APP_STAMP)

run: $(APP_STAMP)
	$(BIN)/briefing

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile

# The property tests with many more examples than the suite runs (hundreds there), as long as
# they take (no per-test limit).
fuzz: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -m fuzz --timeout=0

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench resources
	$(BIN)/ruff format --check src tests bench resources
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(TEST_STAMP)
	$(BIN)/ruff format src tests bench resources
	$(BIN)/ruff check --fix src tests bench resources

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_load.py
	$(BIN)/python bench/bench_positions.py
	$(BIN)/python bench/bench_draft.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_office.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_handout.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_show.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_grid.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_find.py
	$(BIN)/python bench/bench_export.py
	$(BIN)/python bench/bench_endurance.py
	$(BIN)/python bench/bench_bundle.py

# The offline packages for officials: dist/briefing-<version>-linux-x86_64.tar.gz (the one-folder
# bundle) and dist/briefing_<version>_amd64.deb. PyInstaller (pinned in the dist extra) freezes
# resources/packaging/briefing.spec; about 1.5 minutes here, most of it compressing the .deb.
dist: $(DIST_STAMP)
	$(BIN)/python resources/packaging/build_dist.py --out dist --work build/dist

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

# Rebuild the bundled font subset (after a dataset or a UI string gains a character).
fonts: $(TEST_STAMP)
	$(BIN)/python resources/fonts/build_fonts.py --download

# Extract the UI's strings into resources/i18n/*.ts (keeping their translations) and compile the
# .qm files the app loads; translate new entries in between (pyside6-linguist, or the XML).
translations: $(TEST_STAMP)
	$(BIN)/python resources/i18n/update_translations.py
