# Two commands do all set-up: `make run` and `make test`. Each creates .venv when needed and
# reinstalls the project into it whenever pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint format bench fonts fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(APP_STAMP)

run: $(APP_STAMP)
	$(BIN)/briefing

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The property tests with many more examples than the suite runs (hundreds there).
fuzz: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -m fuzz

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_load.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_show.py
	$(BIN)/python bench/bench_export.py
	$(BIN)/python bench/bench_endurance.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

# Rebuild the bundled font subset (after a dataset or a UI string gains a character).
fonts: $(TEST_STAMP)
	$(BIN)/python resources/fonts/build_fonts.py --download
