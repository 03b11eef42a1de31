#!/usr/bin/env bash
# Checks that keep the docs true to the code (run by .ci/run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node scripts/check-docs.mjs
node scripts/check-layers.mjs
npm run -s lint
bash scripts/lint-workflows.sh
