# Briefing — build, check and serve the site.  `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PELICAN := $(PY) -m pelican
INPUTDIR := content
OUTPUTDIR := output
STAGEDIR := .output-staging
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
DEBUG ?= 0
RELATIVE ?= 0
STRICT ?= 0
N ?= 1000
CHECKOPTS := $(if $(filter 1,$(STRICT)),--strict)

PELICANOPTS ?=
ifeq ($(DEBUG), 1)
	PELICANOPTS += -D
endif
ifeq ($(RELATIVE), 1)
	PELICANOPTS += --relative-urls
endif

.PHONY: help html check test clean regenerate serve devserver publish draft sentences eval bench venv golden

help:
	@echo 'make html          validate, then build the site into $(OUTPUTDIR)/'
	@echo 'make check         validate content and seeds, print every problem (STRICT=1: warnings fail too)'
	@echo 'make test          run the test suite'
	@echo 'make devserver     rebuild on change and serve on PORT ($(PORT))'
	@echo 'make serve         serve $(OUTPUTDIR)/ on PORT'
	@echo 'make regenerate    rebuild on change without serving'
	@echo 'make publish       production build with $(PUBLISHCONF); strict: warnings stop it'
	@echo 'make draft SRC=f   copy a raw article into seeds/ and draft a brief'
	@echo 'make sentences SEED=f  list a seed'"'"'s paragraph and sentence ids (p4s2), lines and text'
	@echo 'make eval          score the drafter on the evaluation set'
	@echo 'make bench N=1000  time a cold build and a one-brief dev-server edit of N synthetic briefs'
	@echo 'make golden        rewrite tests/fixtures/site-golden after a reviewed change'
	@echo 'make clean         remove $(OUTPUTDIR)/ and caches'

# The virtual environment is made on first use and refreshed when the pins change.
# The project itself is not installed: commands run from this folder (python -m).
$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

venv: $(VENV)/.installed

check: $(VENV)/.installed
	$(PY) -m generator check $(CHECKOPTS)

# Build into a staging folder and swap it in only on success, so a failed
# build leaves the previous output/ intact.
html: $(VENV)/.installed
	$(PY) -m generator build --settings $(CONFFILE) --output $(OUTPUTDIR) $(CHECKOPTS) -- $(PELICANOPTS)

# Publishing is strict: a warning stops it until it is fixed or acknowledged.
publish: $(VENV)/.installed
	$(PY) -m generator build --settings $(PUBLISHCONF) --output $(OUTPUTDIR) --strict -- $(PELICANOPTS)

test: $(VENV)/.installed
	$(PY) -m pytest $(PYTESTOPTS)

# Rewrite the golden copy of the fixture site after reviewing a deliberate change.
golden: $(VENV)/.installed
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

regenerate: $(VENV)/.installed
	$(PY) -m generator devserver --no-serve --settings $(CONFFILE) --output $(OUTPUTDIR)

devserver: $(VENV)/.installed
	$(PY) -m generator devserver --port $(PORT) --settings $(CONFFILE) --output $(OUTPUTDIR)

serve: $(VENV)/.installed
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUTDIR)

draft: $(VENV)/.installed
	@test -n "$(SRC)" || (echo 'usage: make draft SRC=path/to/article.txt' >&2; exit 2)
	$(PY) -m generator draft "$(SRC)"

sentences: $(VENV)/.installed
	@test -n "$(SEED)" || (echo 'usage: make sentences SEED=seeds/001_example.txt' >&2; exit 2)
	@$(PY) -m generator sentences "$(SEED)"

eval: $(VENV)/.installed
	$(PY) -m generator eval

bench: $(VENV)/.installed
	$(PY) -m generator.bench --briefs $(N)

clean:
	rm -rf $(OUTPUTDIR) $(STAGEDIR) .$(OUTPUTDIR)-search .$(OUTPUTDIR)-old cache __pycache__ .pytest_cache
