# `make run` and `make test` are all a new user needs: both create the environment when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
LANDING ?= seeds/landing
WAREHOUSE ?= data/dateline.duckdb
N ?= 2000
SCALE ?= 5000,30000
# `make bench LANDING=DIR` measures that folder instead of the generated corpus.
BENCH_ARGS = --articles $(N) --scale $(SCALE) $(if $(filter command line,$(origin LANDING)),--landing $(LANDING))

.PHONY: setup run test quality bench serve clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

run: setup
	$(BIN)/dateline run --landing $(LANDING) --warehouse $(WAREHOUSE)

test: setup
	$(BIN)/python -m pytest

quality: setup
	$(BIN)/dateline quality

bench: setup
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

serve: setup
	$(BIN)/dateline serve

clean:
	rm -rf data/ .pytest_cache
