#!/usr/bin/env bash
# Install Library Desk and open it on a demo library in the user data folder (created on the
# first run; log in as "admin" with the password "demo-admin").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-env.sh ""
DATA_DIR="$(.venv/bin/python -c 'from desktop_app.config import resolve_paths; print(resolve_paths().data_dir)')"
if [[ ! -s "$DATA_DIR/library.sqlite3" ]]; then
  .venv/bin/library-desk demo
fi
exec .venv/bin/library-desk "$@"
