# Briefing — build, check and serve the site.  `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PELICAN := $(PY) -m pelican
INPUTDIR := content
OUTPUTDIR := output
STAGEDIR := .output-staging
PREVIEWDIR := preview
DRAFTS ?= 0
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
DEBUG ?= 0
RELATIVE ?= 0
STRICT ?= 0
N ?= 1000
CHECKOPTS := $(if $(filter 1,$(STRICT)),--strict)

# Browser tests: Debian's Chromium (never a downloaded browser) and axe-core from npm.
CHROMIUM := /usr/bin/chromium
NODE_DEPS := node_modules/.package-lock.json

# make rsync_upload: where the published site goes (SSH_USER empty: ssh's own default).
SSH_HOST ?=
SSH_PORT ?= 22
SSH_USER ?=
SSH_TARGET_DIR ?=
# make github: the branch GitHub Pages serves, and the remote it is pushed to.
GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_PAGES_REMOTE ?= origin
GITHUB_PAGES_COMMIT_MESSAGE ?= Publish the site

PELICANOPTS ?=
ifeq ($(DEBUG), 1)
	PELICANOPTS += -D
endif
ifeq ($(RELATIVE), 1)
	PELICANOPTS += --relative-urls
endif

.PHONY: help html check test clean regenerate serve devserver publish rsync_upload github browser draft sentences merge eval bench venv golden

help:
	@echo 'make html          validate, then build the site into $(OUTPUTDIR)/'
	@echo 'make check         validate content and seeds, print every problem (STRICT=1: warnings fail too)'
	@echo 'make test          run the test suite'
	@echo 'make devserver     rebuild on change and serve on PORT ($(PORT)); DRAFTS=1 previews drafts in $(PREVIEWDIR)/'
	@echo 'make serve         serve $(OUTPUTDIR)/ on PORT'
	@echo 'make regenerate    rebuild on change without serving'
	@echo 'make publish       production build with $(PUBLISHCONF); strict: warnings stop it'
	@echo 'make rsync_upload  publish, then rsync $(OUTPUTDIR)/ to SSH_USER@SSH_HOST:SSH_TARGET_DIR (SSH_PORT)'
	@echo 'make github        publish, then commit $(OUTPUTDIR)/ to GITHUB_PAGES_BRANCH and push it'
	@echo 'make browser       install what the browser tests need: chromium (apt) and axe-core (npm ci)'
	@echo 'make draft SRC=f   copy a raw article into seeds/ and draft a brief'
	@echo 'make sentences SEED=f  list a seed'"'"'s paragraph and sentence ids (p4s2), lines and text'
	@echo 'make merge KIND=k OLD=a NEW=b  merge entry OLD into NEW (KIND: person, organisation or claim; DRY_RUN=1: print only)'
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

# Upload targets as pelican-quickstart makes them; both publish first.
rsync_upload: publish
	@test -n "$(SSH_HOST)" -a -n "$(SSH_TARGET_DIR)" || \
		(echo 'usage: make rsync_upload SSH_HOST=example.org SSH_TARGET_DIR=/srv/www/briefing [SSH_USER=… SSH_PORT=22]' >&2; exit 2)
	rsync -e "ssh -p $(SSH_PORT)" -P -rvzc --include tags --cvs-exclude --delete "$(OUTPUTDIR)"/ "$(if $(SSH_USER),$(SSH_USER)@)$(SSH_HOST):$(SSH_TARGET_DIR)"

github: publish
	$(PY) -m generator.ghpages --branch "$(GITHUB_PAGES_BRANCH)" --message "$(GITHUB_PAGES_COMMIT_MESSAGE)" "$(OUTPUTDIR)"
	git push "$(GITHUB_PAGES_REMOTE)" "$(GITHUB_PAGES_BRANCH)"

test: $(VENV)/.installed browser
	$(PY) -m pytest $(PYTESTOPTS)

# What tests/browser needs besides the venv.  Where Chromium or axe-core cannot
# be installed, say so and go on: the browser tests then skip, saying why.
# Under CI (the CI variable set) that is a failure instead.
browser: $(CHROMIUM) $(NODE_DEPS)

SUDO := $(if $(filter 0,$(shell id -u)),,sudo -n)
$(CHROMIUM):
	@$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium || \
		{ echo 'make: apt-get could not install chromium (Debian): the browser tests will skip' >&2; test -z "$$CI"; }

$(NODE_DEPS): package.json package-lock.json
	@npm ci --ignore-scripts --no-audit --no-fund && touch $@ || \
		{ echo 'make: npm ci could not install axe-core (package.json): the browser tests will skip' >&2; test -z "$$CI"; }

# Rewrite the golden copy of the fixture site after reviewing a deliberate change.
golden: $(VENV)/.installed
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

regenerate: $(VENV)/.installed
	$(PY) -m generator devserver --no-serve --settings $(CONFFILE) --output $(OUTPUTDIR)

# DRAFTS=1 previews draft briefs and proposed entries too, each with a banner,
# in a folder of its own: output/ (what make html and make publish write) never holds them.
devserver: $(VENV)/.installed
	$(PY) -m generator devserver --port $(PORT) --settings $(CONFFILE) \
		$(if $(filter 1,$(DRAFTS)),--drafts --output $(PREVIEWDIR),--output $(OUTPUTDIR))

serve: $(VENV)/.installed
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUTDIR)

draft: $(VENV)/.installed
	@test -n "$(SRC)" || (echo 'usage: make draft SRC=path/to/article.txt' >&2; exit 2)
	$(PY) -m generator draft "$(SRC)"

sentences: $(VENV)/.installed
	@test -n "$(SEED)" || (echo 'usage: make sentences SEED=seeds/001_example.txt' >&2; exit 2)
	@$(PY) -m generator sentences "$(SEED)"

merge: $(VENV)/.installed
	@test -n "$(KIND)" -a -n "$(OLD)" -a -n "$(NEW)" || (echo 'usage: make merge KIND=person|organisation|claim OLD=old-id NEW=new-id [DRY_RUN=1]' >&2; exit 2)
	@$(PY) -m generator merge $(if $(filter 1,$(DRY_RUN)),--dry-run) "$(KIND)" "$(OLD)" "$(NEW)"

eval: $(VENV)/.installed
	$(PY) -m generator eval

bench: $(VENV)/.installed
	$(PY) -m generator.bench --briefs $(N)

clean:
	rm -rf $(OUTPUTDIR) $(STAGEDIR) .$(OUTPUTDIR)-search .$(OUTPUTDIR)-old cache __pycache__ .pytest_cache test-artifacts
	rm -rf $(PREVIEWDIR) .$(PREVIEWDIR)-staging .$(PREVIEWDIR)-search .$(PREVIEWDIR)-old
