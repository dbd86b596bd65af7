# Two commands set everything up on a fresh machine: `make generate` and `make test`.
# Both create .venv when it is missing and install what they need into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The services, output and templates are configured in pyproject.toml
# ([tool.botocore-codegen]); every target below acts on all the configured services.
# moto (an AWS emulator) for tests/test_moto_*.py, in an environment of its own
# so that its many dependencies never reach the project's.
MOTO_VENV := .venv-moto
MOTO_STAMP := $(MOTO_VENV)/.installed
MOTO := moto[server]==5.2.5
GENERATE := $(BIN)/python -m generator generate
REPORT ?= CHANGES.md

.PHONY: generate test check lint bench survey docs update-models clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(MOTO_STAMP): Makefile
	test -x $(MOTO_VENV)/bin/python || $(PYTHON) -m venv $(MOTO_VENV)
	$(MOTO_VENV)/bin/python -m pip install --quiet '$(MOTO)'
	touch $(MOTO_STAMP)

generate: $(STAMP)
	$(GENERATE)
	$(BIN)/python -m generator.context_docs docs/templates.md

test: $(STAMP) $(MOTO_STAMP)
	$(BIN)/python -m pytest

# Stale-output check for CI: exits 1 naming the files when generated/ is not what the
# generator produces from models/ now.
check: $(STAMP)
	$(GENERATE) --check
	$(BIN)/python -m generator.context_docs --check docs/templates.md

# The template-context reference page, generated from the IR's own dataclasses.
docs: $(STAMP)
	$(BIN)/python -m generator.context_docs docs/templates.md

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy generator  # the runtime (generator/runtime) included
	$(BIN)/black --check --quiet generator/runtime  # vendored as it is, unformatted

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Every json and rest-json service of the installed botocore: generate, import, construct,
# mypy --strict. Slow (mypy over every package); not part of make test.
survey: $(STAMP)
	$(BIN)/python bench/survey.py --markdown SURVEY.md

# Refreshes models/ from the installed botocore and writes the API changes of every
# service it updated to $(REPORT), the description of the pull request CI opens.
update-models: $(STAMP)
	$(BIN)/python -m generator.update_models --report $(REPORT)

clean:
	rm -rf $(VENV) $(MOTO_VENV) .pytest_cache .mypy_cache .ruff_cache
