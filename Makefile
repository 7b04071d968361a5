# tgbe — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench schema docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tgbe parse seeds/tonggu-2023.txt
	$(BIN)/tgbe lint seeds/tonggu-2023.txt --select DUP002,TGT001,UNT001,HDG001 || true
	$(BIN)/tgbe check-deadlines seeds/tonggu-2023.txt --today 2023-07-01 --lang en | head -12
	$(BIN)/tgbe list seeds/tonggu-2023.txt --unit 县法院 --due-before 2023-09-01

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

schema: $(STAMP)
	$(BIN)/tgbe schema --all -o schemas

docs: $(STAMP)
	$(BIN)/tgbe rules --format md --lang en -o docs/reference/rules.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
