# Two entry points for a fresh clone: `make demo` and `make test`. Everything else is a detail.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= cronaca.duckdb
STAMP := $(VENV)/.installed

.PHONY: demo test install clean-db bench eval serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,spark]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/cronaca ingest samples/ --db $(DB)
	$(VENV)/bin/cronaca dedup --db $(DB)
	$(VENV)/bin/cronaca digest --db $(DB)
	@echo
	@echo "Open the web UI on this store:  $(VENV)/bin/cronaca serve --db $(DB)   then http://127.0.0.1:8000"

serve: $(STAMP)
	$(VENV)/bin/cronaca serve --db $(DB)

test: $(STAMP)
	$(PY) -m pytest -n auto

bench: $(STAMP)
	$(PY) bench/run.py

eval: $(STAMP)
	$(VENV)/bin/cronaca eval

clean-db:
	rm -f $(DB) $(DB).wal
