# Two commands for a fresh machine (Python 3.11+ and make):
#   make demo   - audit the bundled loopback farm of simulated PPID sites (no internet needed)
#   make test   - run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/ppid-audit demo

# two pytest workers (the 2 cores the suite is sized for), each test file in one worker (--dist loadfile keeps a
# file's module fixtures together): the real-world corpus file, a 5-minute crawl that renders 97 script-built
# fixtures in Chromium, runs beside the rest of the suite instead of before it (10 min 13 s in one process,
# 6 min 33 s in two, session 21)
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

clean:
	rm -rf $(VENV) reports/demo .pytest_cache
