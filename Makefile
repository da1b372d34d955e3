# Miasta: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format messages clean

$(BIN)/activate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BIN)/activate

## run: install, migrate, load the demo content into an empty site, serve http://127.0.0.1:8000/
run: $(BIN)/activate
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) runserver 127.0.0.1:8000

## test: install, then run the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set)
test: $(BIN)/activate
	$(BIN)/pytest --create-db

## lint: ruff's checks and formatting
lint: $(BIN)/activate
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/activate
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: refresh locale/*/django.po from the code and compile them (needs GNU gettext)
messages: $(BIN)/activate
	$(MANAGE) makemessages -l pl -l nb -l en --ignore=.venv --ignore=var --ignore=tests --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) var
