#!/usr/bin/env bash
# Install everything the test suite needs, then run it all (unit, integration with real SQLite
# and PostgreSQL and a real server on 127.0.0.1, GUI offscreen, architecture contracts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-env.sh "server,test"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
