# `make run` and `make test` are all a new user needs: both create the environment when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
LANDING ?= seeds/landing
WAREHOUSE ?= data/dateline.duckdb
N ?= 2000
SCALE ?= 5000,30000
NIGHTS ?= 30
# `make bench LANDING=DIR` measures that folder instead of the generated corpus.
BENCH_ARGS = --articles $(N) --scale $(SCALE) $(if $(filter command line,$(origin LANDING)),--landing $(LANDING))

.PHONY: setup run test test-fast fuzz lint wheel quality bench soak serve clean

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

# The inner loop: every test but the whole nights (no Prefect server, no model load per night).
test-fast: setup
	$(BIN)/python -m pytest -m "not night"

# The property tests alone, on twenty times the inputs `make test` gives them, new ones each run (tests/conftest.py).
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -m fuzz -o timeout=3600

# Lint and import order (ruff), and the layers each package may use (import-linter, pyproject.toml).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# What users and Dask workers install: dist/dateline-*.whl (its dependencies: requirements.lock).
wheel: setup
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

quality: setup
	$(BIN)/dateline quality

bench: setup
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# A long run: NIGHTS whole nights over a changing landing folder with faults injected, then every record
# landed looked for in the warehouse (docs/benchmarks.md). The full-disk faults mount a tmpfs: run as root.
soak: setup
	$(BIN)/python -m benchmarks.soak --nights $(NIGHTS)

serve: setup
	$(BIN)/dateline serve

clean:
	rm -rf data/ .pytest_cache build/ dist/
