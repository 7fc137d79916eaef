# Two commands on a fresh machine: `make run` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
export PYTHONPATH := $(CURDIR)

.PHONY: run serve demo test test-fast lint bench sample-data clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

data/lagesbild.db: | $(VENV)/.runtime
	$(PY) -m lagesbild demo --db sqlite:///data/lagesbild.db

## Install, load the sample data into the embedded database (first time only) and serve the dashboard.
run: $(VENV)/.runtime data/lagesbild.db serve

serve: $(VENV)/.runtime
	$(VENV)/bin/streamlit run dashboard/server.py --server.port $(PORT)

demo: $(VENV)/.runtime
	$(PY) -m lagesbild demo

## Lint, type-check and run the whole suite (PostGIS tests skip unless a server is reachable), on two
## workers, each test file whole on one of them (its module fixtures built once: the bench smoke
## test's, built twice at once, dropped each other's databases). PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= 2
test: $(VENV)/.dev lint
	$(PY) -m pytest -q -rs -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

## The inner loop: everything but the slow and browser tests, without lint.
test-fast: $(VENV)/.dev
	$(PY) -m pytest -q -m "not slow and not browser" $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy lagesbild data_ingest dashboard bench scripts tests

bench: $(VENV)/.dev
	$(PY) -m bench.run

sample-data: $(VENV)/.runtime
	$(PY) scripts/generate_sample_data.py

clean:
	rm -rf data test-artifacts .pytest_cache .mypy_cache .ruff_cache
