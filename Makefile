# The two commands of the README: `make run` and `make test`. Everything else they need
# is installed by these targets.
PYTHON ?= $(shell command -v python3.12 2>/dev/null || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000
PYTEST_ARGS ?=

.PHONY: install run demo deploy test test-only lint format browser-deps nginx-deps bench worker clean

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

# Production (docs/DEPLOYMENT.md): install, collectstatic with the production settings,
# migrate, check --deploy, restart web, worker and timers. Needs the production environment
# (/etc/vreemdelingenrecht/productie.env or the variables themselves). Not for `make run`:
# that one collects with the development settings, which production cannot serve from.
deploy:
	deploy/deploy.sh $(STAPPEN)

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { echo "chromium ontbreekt: installeren via apt"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "Let op: chromium kon niet geïnstalleerd worden; de browsertests worden overgeslagen."; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --silent \
		|| echo "Let op: axe-core kon niet geïnstalleerd worden."

# Debian's nginx for tests/deploy (the site behind the real proxy); without it that test is skipped.
nginx-deps:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { echo "nginx ontbreekt: installeren via apt"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null) \
		|| echo "Let op: nginx kon niet geïnstalleerd worden; tests/deploy wordt overgeslagen."; }

# lint-imports: the borders between the apps (pyproject.toml [tool.importlinter]).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install browser-deps nginx-deps lint test-only

# Browser tests run in one process of their own: each restores the migrated database
# (serialized rollback), which went wrong when xdist mixed them with the other tests.
test-only: install
	$(BIN)/python -m pytest -n 2 --ignore=tests/browser $(PYTEST_ARGS)
	$(BIN)/python -m pytest -p no:xdist tests/browser $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) node_modules static_collected tmp
