# Two commands do all the set-up on a fresh machine:
#   make run    the whole system on embedded defaults (SQLite, filesystem broker)
#   make test   the whole test suite, on PostgreSQL and again on SQLite
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install lint format bench clean

run: $(STAMP)
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_seed
	$(BIN)/python manage.py ensure_admin
	$(BIN)/python -m config.devrun

test: $(STAMP)
	@scripts/run-tests

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || "$$(scripts/find-python)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var staticfiles
