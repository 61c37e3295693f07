# Three commands: `make run` opens Vantage, `make test` runs the whole suite headless, `make lint` runs ruff and mypy.
# Both create .venv inside the checkout on first use and reinstall when pyproject.toml changes.

VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
# The first Python 3.11+ found on PATH.
PYTHON  ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
             command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; \
           done)

.PHONY: run test lint demo lab-demo bench screenshots translations update-translations clean

# The translations' compiled form (.qm) is built from the .ts sources, never committed.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Vantage needs Python 3.11 or newer; none was found on PATH."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps 'oonidata==0.3.0'
	@touch $(STAMP)

# `make run` opens the app; `make run ARGS=--demo` opens it against the built-in lab.
ARGS ?=
run: $(STAMP) $(QM)
	$(VENV)/bin/vantage $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# ruff and mypy over the whole tree, as configured in pyproject.toml; zero findings is the bar.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-facing strings: refresh the .ts sources (then translate the new entries).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(shell find desktop_app/gui desktop_app/app desktop_app/common \
	  desktop_app/evidence/formats desktop_app/collect -name "*.py") desktop_app/probes/network.py -ts resources/translations/*.ts -no-obsolete

# One sweep against the project's own censorship lab on loopback: safe anywhere, no internet needed.
lab-demo: $(STAMP) $(QM)
	$(VENV)/bin/vantage lab demo

demo: $(STAMP) $(QM)
	$(VENV)/bin/vantage --demo

bench: $(STAMP)
	for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/translations/*.qm
