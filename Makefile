# Two entry points for a new machine: `make demo` and `make test`.
# The distribution's Python 3.11 when there is one: Debian builds it with profile-guided and
# link-time optimisation, and it runs the extractor about 15-25 % faster than an unoptimised
# pyenv build (same output; benchmarks/README.md). Any other Python 3.11 works: make PYTHON=...
PYTHON ?= $(firstword $(wildcard /usr/bin/python3.11) python3.11)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/claimledger run

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_bench.py

eval: $(STAMP)
	$(BIN)/claimledger extract ../shared/eval/dev/docs --format jsonl > /tmp/claimledger-dev.jsonl
	python3 ../shared/eval/score.py ../shared/eval/dev/gold.jsonl /tmp/claimledger-dev.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info
