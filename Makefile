# The two commands of the README: `make run` and `make test`. Everything else they need
# is installed by these targets.
PYTHON ?= $(shell command -v python3.12 2>/dev/null || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000
PYTEST_ARGS ?=

.PHONY: install run demo test test-only lint format browser-deps bench worker clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py collectstatic --no-input -v0
	$(BIN)/python manage.py demo_inhoud

run: demo
	$(BIN)/python manage.py runserver $(HOST)

worker: install
	$(BIN)/python manage.py db_worker

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { echo "chromium ontbreekt: installeren via apt"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "Let op: chromium kon niet geïnstalleerd worden; de browsertests worden overgeslagen."; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --silent \
		|| echo "Let op: axe-core kon niet geïnstalleerd worden."

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install browser-deps lint test-only

# Browser tests run in one process of their own: each restores the migrated database
# (serialized rollback), which went wrong when xdist mixed them with the other tests.
test-only: install
	$(BIN)/python -m pytest -n 2 --ignore=tests/browser $(PYTEST_ARGS)
	$(BIN)/python -m pytest -p no:xdist tests/browser $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) node_modules static_collected tmp
