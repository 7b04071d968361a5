# tgbe — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench schema docs fuzz clean bytecode

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compile tgbe's bytecode as a wheel install does: an editable install leaves it to the first
# import, which never writes it under PYTHONDONTWRITEBYTECODE (containers, CI), and every
# start would then recompile every module (~1.5x the cold start).
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src/tgbe

demo: $(STAMP) bytecode
	$(BIN)/tgbe parse seeds/tonggu-2023.txt
	$(BIN)/tgbe lint seeds/tonggu-2023.txt --select DUP002,TGT001,UNT001,HDG001 || true
	$(BIN)/tgbe check-deadlines seeds/tonggu-2023.txt --today 2023-07-01 --lang en | head -12
	$(BIN)/tgbe list seeds/tonggu-2023.txt --unit 县法院 --due-before 2023-09-01

test: $(STAMP) bytecode lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

# A long random hypothesis campaign over the attacks of tests/security (make test runs a
# dozen derandomized examples); FUZZ_EXAMPLES=N to change its length.
FUZZ_EXAMPLES ?= 500
fuzz: $(STAMP)
	TGBE_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -p no:cacheprovider \
		tests/security/test_fuzz.py tests/robustness/test_mutated_seed.py

bench: $(STAMP) bytecode
	$(BIN)/python bench/run.py

schema: $(STAMP)
	$(BIN)/tgbe schema --all -o schemas

docs: $(STAMP)
	$(BIN)/tgbe rules --format md --lang en -o docs/reference/rules.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
