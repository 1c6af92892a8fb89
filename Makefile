# The two commands a fresh machine needs: `make run` and `make test`.
# Everything else here is a building block of those two.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export PYTHONPATH := src:.
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint lint-imports format migrate demo bench-http clean

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check -e ".[dev]"
	touch $@

install: $(VENV)/.installed

migrate: install
	$(BIN)/python manage.py migrate --no-input

demo: migrate
	$(BIN)/python manage.py collectstatic --no-input -v 0
	$(BIN)/python manage.py seed_demo

# The platform on its embedded defaults: SQLite, in-memory channel layer, eager Celery,
# fake providers, demo data. Set DATABASE_URL / REDIS_URL to use real services.
run: demo
	$(BIN)/uvicorn config.asgi:application --host $(HOST) --port $(PORT) --ws auto

# The whole suite. Uses PostgreSQL and Redis when DATABASE_URL / REDIS_URL point at them
# (.ci/run does), SQLite and in-memory layers otherwise.
test: install
	$(BIN)/python -m pytest -p no:cacheprovider -n 2 $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --config importlinter.ini

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench-http: install
	$(BIN)/python bench/http_me.py

clean:
	rm -rf $(VENV) .pytest_cache db.sqlite3 db.sqlite3-wal db.sqlite3-shm
