# Two commands do all the set-up on a fresh machine:
#   make run    the whole system on embedded defaults (SQLite, filesystem broker):
#               migrates, loads the seed claims, starts web, worker and beat
#   make test   the whole test suite, on PostgreSQL and again on SQLite
# Both install the exact versions in uv.lock first (scripts/install).
#   make lock     regenerate uv.lock after editing the dependencies in pyproject.toml
#   make upgrade  move every locked dependency to its newest allowed version
#                 (make upgrade PACKAGE=django: only that one)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test install lock upgrade lint format clean

run: $(STAMP)
	@$(BIN)/python -m config.devrun

test: $(STAMP)
	@scripts/run-tests

install: $(STAMP)

$(STAMP): pyproject.toml uv.lock
	@scripts/install
	@touch $(STAMP)

lock:
	@scripts/uv lock

upgrade:
	@scripts/uv lock $(if $(PACKAGE),--upgrade-package $(PACKAGE),--upgrade)
	@scripts/install
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var staticfiles
