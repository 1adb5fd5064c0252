#!/bin/sh
# Installs the npm packages pinned by package-lock.json, unless node_modules already holds exactly those.
set -e
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "The API checks need Node.js (20.17 or later) and npm (Debian: apt-get install nodejs npm; .ci/run installs them)" >&2
  exit 1
fi
if ! cmp -s package-lock.json node_modules/.installed-package-lock.json 2>/dev/null; then
  echo "Installing the pinned npm packages (package-lock.json) into e2e/client/node_modules"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-package-lock.json
fi
