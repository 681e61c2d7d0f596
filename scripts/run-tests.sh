#!/usr/bin/env bash
# Install everything the test suite needs, run the linters (ruff on the whole tree, mypy on the
# package), then run the suite (unit, integration with real SQLite and PostgreSQL and a real
# server on 127.0.0.1, GUI offscreen, architecture contracts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-env.sh "server,test"
.venv/bin/ruff check --quiet .
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen
# One test process per core (TEST_WORKERS=0 runs them in this process, for debugging).
exec .venv/bin/python -m pytest -p no:cacheprovider -n "${TEST_WORKERS:-auto}" "$@"
