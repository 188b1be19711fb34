#!/usr/bin/env bash
# Installs everything the tests need and runs the whole test suite:
#   - the package and its test extras in .venv (created if missing);
#   - Debian's headless Chromium, for rendering the HTML reports (when root and apt-get exist);
#   - Label Studio, in its own environment, through newsgold's own installer;
# then checks lint, formatting and types (ruff, mypy), then runs pytest.
# Arguments are passed to pytest.  pytest's exit code is this script's (5, "no tests ran", fails).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the HTML report checks ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium not found and cannot be installed here: HTML rendering checks will say why they skip"
  fi
fi

# Label Studio in its own environment (~1 GB the first time, under a minute with uv from the test extra; a no-op after).
.venv/bin/newsgold ls install

# The house rules first: lint, format and types are clean, or nothing else runs.
.venv/bin/ruff check src tests eval scripts
.venv/bin/ruff format --check src tests eval scripts
.venv/bin/mypy

export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
