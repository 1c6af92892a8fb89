# The two commands a fresh machine needs: `make run` and `make test`.
# Everything else here is a building block of those two.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export PYTHONPATH := src:.
HOST ?= 127.0.0.1
PORT ?= 8000
# The web app (web/, Next.js) listens here and forwards /api/ and /ws/ to Django on PORT.
WEB_PORT ?= 3000
WEB_URL := http://$(HOST):$(WEB_PORT)
NPM := npm --prefix web --no-audit --no-fund --loglevel=error
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/next.config.ts web/package-lock.json web/tsconfig.json

.PHONY: FORCE run test install lint lint-imports format migrate demo bench-http clean web-install web-build web-types web-test worker beat

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

# The fake media store keeps its objects here under `make run`, so what seed_demo stores (the demo
# recording) is there for the server, a second process (MEDIA_FAKE_DIRECTORY in .env.example).
FAKE_MEDIA_DIRECTORY = $${MEDIA_FAKE_DIRECTORY:-$(CURDIR)/media/fake}

demo: migrate
	$(BIN)/python manage.py collectstatic --no-input -v 0
	MEDIA_FAKE_DIRECTORY=$(FAKE_MEDIA_DIRECTORY) $(BIN)/python manage.py seed_demo

# The platform on its embedded defaults: SQLite, in-memory channel layer, eager Celery,
# fake providers, demo data; the periodic tasks run in the server process (no beat needed).
# Set DATABASE_URL / REDIS_URL to use real services (then run `make worker` and `make beat` too).
# Django serves the API on PORT; the web app serves WEB_URL, the one URL to open, and forwards
# /api/, /ws/, /admin/ and /dev/ to Django (web/server.mjs). Ctrl-C stops both.
run: demo web-build
	@echo "HumanLink: open $(WEB_URL)/ (API docs: $(WEB_URL)/api/docs)"
	@trap 'kill $$api 2>/dev/null' EXIT INT TERM; \
	PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-$(WEB_URL)} MEDIA_FAKE_DIRECTORY=$(FAKE_MEDIA_DIRECTORY) $(BIN)/uvicorn config.asgi:application --host $(HOST) --port $(PORT) --ws auto & api=$$!; \
	cd web && PORT=$(WEB_PORT) HOST=$(HOST) API_ORIGIN=http://$(HOST):$(PORT) NODE_ENV=production node server.mjs

# --- Web app (Node 20+, see web/README.md) ---------------------------------------------------
# Reinstall only when the lockfile changes; browsers are never downloaded (Debian's chromium).
web/node_modules/.installed: web/package-lock.json web/package.json
	@command -v node >/dev/null || { echo "Node.js 20 is required for the web app (node not found)"; exit 1; }
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(NPM) ci
	touch $@

web-install: web/node_modules/.installed

# Rebuild only when a source file or the public origin changes. SITE_URL is the origin used in
# canonical links and sitemap.xml (default: WEB_URL); the stamp file changes only with it.
WEB_SITE_URL = $${SITE_URL:-$(WEB_URL)}
web/.site-url: FORCE
	@echo "$(WEB_SITE_URL)" | cmp -s - $@ || echo "$(WEB_SITE_URL)" > $@

web/.next/BUILD_ID: web/node_modules/.installed web/.site-url $(WEB_SOURCES)
	cd web && NEXT_TELEMETRY_DISABLED=1 SITE_URL=$$(cat .site-url) npx next build > .next-build.log 2>&1 \
		|| { cat .next-build.log; exit 1; }
	@rm -f web/.next-build.log

web-build: web/.next/BUILD_ID

# Regenerate web/src/api/*.d.ts from the backend's OpenAPI documents (commit the result).
web-types: install web-install
	$(NPM) run api:types

# Lint, types (and that they match the backend's spec), unit tests, then the browser tests
# against a fresh backend with fakes (web/scripts/e2e.mjs).
web-test: install web-install
	web/scripts/ensure-chromium.sh
	$(NPM) run lint
	$(NPM) run api:check
	$(NPM) run typecheck
	$(NPM) run test:unit
	$(MAKE) --no-print-directory web-build
	$(NPM) run test:e2e

# A Celery worker and the beat scheduler on the broker in REDIS_URL (docs/operations.md).
worker: install
	@test -n "$(REDIS_URL)" || { echo "make worker needs REDIS_URL (without it, make run runs tasks itself)"; exit 1; }
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/celery -A config worker --loglevel=INFO

beat: install
	@test -n "$(REDIS_URL)" || { echo "make beat needs REDIS_URL (without it, make run runs the schedule itself)"; exit 1; }
	$(BIN)/celery -A config beat --loglevel=INFO --schedule=$(VENV)/celerybeat-schedule

# The whole suite. Uses PostgreSQL and Redis when DATABASE_URL / REDIS_URL point at them
# (.ci/run does), SQLite and in-memory layers otherwise.
test: install
	$(BIN)/python -m pytest -p no:cacheprovider -n 2 $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory web-test

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --config importlinter.ini

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench-http: install
	$(BIN)/python bench/http_me.py

clean:
	rm -rf $(VENV) .pytest_cache db.sqlite3 db.sqlite3-wal db.sqlite3-shm web/node_modules web/.next web/artifacts
