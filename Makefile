# Every target bootstraps its own virtual environment in .venv/ on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
TF     := $(VENV)/bin/tradeflows
INPUT  ?= data/raw
OUT    ?= outputs
BENCH_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help setup data test eval bench export report fuzz formats clean

help: ## list every target
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,dask,ru]'
	touch $@

$(VENV)/.bench: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dev,dask,ru,bench]'
	touch $@

setup: $(VENV)/.installed ## create .venv and install the package with dev tools and the dask and ru extras

data: $(VENV)/.installed ## build the dataset from $(INPUT) into $(OUT)/ (incremental)
	$(TF) build $(INPUT) -o $(OUT)

test: $(VENV)/.installed ## run the test suite
	$(PY) -m pytest

eval: $(VENV)/.installed ## score every development set of data/eval_sets.csv, tuned and held-out apart (overview also in $(OUT)/eval.json)
	$(TF) eval --json $(OUT)/eval.json

export: data ## write XLSX, CSV and datapackage.json from the built tables
	$(TF) export -o $(OUT)

report: data ## write $(OUT)/report.html: series with evidence, checks, charts (offline page)
	$(TF) report -o $(OUT)

bench: $(VENV)/.bench ## throughput, engines, memory, report vs build (BENCH_MB=1000 sizes the large run; BENCH_ARGS=--only-report)
	$(PY) -m compileall -q src >/dev/null  # byte code as an installed package has it, even where PYTHONDONTWRITEBYTECODE is set
	$(PY) bench/bench.py $(BENCH_ARGS)

formats: $(VENV)/.installed ## every dev news page as .txt, saved HTML and a chromium print to PDF: trade-fact F1 of each (needs chromium)
	$(PY) scripts/format_fidelity.py

FUZZ_N ?= 100000
FUZZ_SECONDS ?=
fuzz: $(VENV)/.installed ## mutate real sentences (FUZZ_N, default 100000; FUZZ_SECONDS=600 for a time budget): no rule may throw, offsets map back, time linear
	$(PY) tests/fuzzing.py -n $(FUZZ_N) $(if $(FUZZ_SECONDS),--seconds $(FUZZ_SECONDS))

clean: ## remove built outputs and caches (keeps .venv)
	rm -rf $(OUT)/*.parquet $(OUT)/*.csv $(OUT)/*.xlsx $(OUT)/datapackage.json $(OUT)/report.html $(OUT)/eval.json $(OUT)/.cache
