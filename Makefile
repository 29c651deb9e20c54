# The two commands the README opens with: `make demo` and `make test`.
# Both create .venv with Python 3.11 and install the pinned dependencies first.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEEDS := ../shared/seeds
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck unit gate eval bench clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "Python 3.11 is needed (set PY=/path/to/python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip==25.3
	$(BIN)/python -m pip install -q -e '.[dev,baselines]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/crosswire compare $(SEEDS)/000_*.txt $(SEEDS)/001_*.txt --published 2018-09-07

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -q

gate: $(STAMP)
	$(BIN)/crosswire eval gate

test: lint typecheck unit gate

eval: $(STAMP)
	$(BIN)/crosswire eval all

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
