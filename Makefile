# tidings — `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLES ?= $(wildcard ../shared/samples)
DB     ?= tidings.duckdb
COLUMNS ?= 150
export COLUMNS
STAMP  := $(VENV)/.installed

.PHONY: install run test lint eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The main job: ingest the example stories (and the shared sample, when present) into a store,
# then show what was found. Ingesting again is safe: stored articles are skipped.
run: install
	$(BIN)/tidings ingest examples $(SAMPLES) --db $(DB)
	$(BIN)/tidings events --db $(DB) --limit 15
	$(BIN)/tidings dyads --db $(DB) --limit 10
	$(BIN)/tidings quotes --db $(DB) --limit 10

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
