# factcheck: `make run` sets everything up and opens the review UI on the seed articles; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= db/factcheck.db
FACTCHECK := FACTCHECK_DB=$(DB) $(BIN)/factcheck
PIP := PYTHONWARNINGS=ignore $(BIN)/python -m pip

.PHONY: run test lint install install-test bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[test,spark]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(FACTCHECK) ingest seeds/
	$(FACTCHECK) link
	@if [ -t 0 ] && [ -t 1 ]; then $(FACTCHECK) review; else $(FACTCHECK) stats; fi

test: install-test
	$(BIN)/pytest -q

lint: install-test
	$(BIN)/ruff check factcheck tests benchmarks

eval: install
	$(FACTCHECK) eval

bench: install
	$(BIN)/python benchmarks/bench_link.py --claims 50000
	$(BIN)/python benchmarks/bench_pipeline.py --articles 2000

clean:
	rm -rf $(VENV) .pytest_cache
