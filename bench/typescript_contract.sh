#!/usr/bin/env bash
# The TypeScript side of the API contract: installs openapi-typescript and TypeScript with
# npm (once, into ${XDG_CACHE_HOME:-~/.cache}/dealer-rules-ts-tools) and runs the suite's
# check that strict tsc accepts the TypeScript example of docs/api.md against the types
# openapi-typescript generates from the served document. The suite itself never downloads
# them: without them installed that test is skipped, saying so.
#   usage: bench/typescript_contract.sh        (from the repository, its venv active or in .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${DEALER_RULES_TS_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/dealer-rules-ts-tools}
command -v npm >/dev/null || { echo "npm is not installed: nothing to check with"; exit 1; }
if [ ! -x "$tools/node_modules/.bin/openapi-typescript" ] || [ ! -x "$tools/node_modules/.bin/tsc" ]; then
  mkdir -p "$tools"
  (cd "$tools" && [ -f package.json ] || (cd "$tools" && npm init -y >/dev/null))
  (cd "$tools" && npm install --no-audit --no-fund openapi-typescript@7 typescript@5)
fi
python=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python )}
DEALER_RULES_TS_TOOLS=$tools "$python" -m pytest -q -p no:cacheprovider \
  "tests/service/test_openapi_contract.py::test_strict_typescript_accepts_the_typescript_example_of_docs_api_md"
