#!/usr/bin/env bash
# CI guard for the supported Node versions (package.json's engines, ">=MAJOR.MINOR"):
#   - installs the oldest supported Node (the npm registry's node-linux-<arch> package) and writes
#     its bin folder to test-results/oldest-node-bin, for .ci/run to run the unit tests on it;
#   - on Node 20, below the floor, `npm ci` must stop with npm's engine message and
#     `bin/deskhand.js demo` must print one line naming the needed version and exit 1 (no crash).
set -uo pipefail
cd "$(dirname "$0")/../.."
step() { echo; echo "=== $* ==="; }

floor=$(node -p 'require("./package.json").engines.node.replace(/^>=\s*/, "")')
arch=$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
cache="${XDG_CACHE_HOME:-$HOME/.cache}/deskhand-ci"

# node_bin VERSION: the bin folder of that Node, installed once into the cache.
node_bin() {
  local dir="$cache/node-$1"
  if [ ! -x "$dir/node_modules/node-linux-$arch/bin/node" ]; then
    mkdir -p "$dir"
    (cd "$dir" && npm i --no-save --no-audit --no-fund --no-package-lock "node-linux-$arch@$1" >/dev/null) || return 1
  fi
  echo "$dir/node_modules/node-linux-$arch/bin"
}

step "oldest supported Node: $floor"
oldest=$(node_bin "$floor") || { echo "could not install node-linux-$arch@$floor"; exit 1; }
mkdir -p test-results
echo "$oldest" > test-results/oldest-node-bin
echo "installed $("$oldest/node" -v) at $oldest"

step "an unsupported Node (20) refuses clearly"
old=$(node_bin 20) || { echo "could not install node-linux-$arch@20"; exit 1; }
ok=0
scratch=$(mktemp -d)
cp package.json package-lock.json .npmrc "$scratch/"
out=$(cd "$scratch" && PATH="$old:$PATH" npm ci --no-audit --no-fund 2>&1); rc=$?
rm -rf "$scratch"
if [ $rc -ne 0 ] && grep -q 'EBADENGINE' <<<"$out"; then
  echo "npm ci on $("$old/node" -v): refused (EBADENGINE): $(grep -m1 'Required' <<<"$out")"
else
  echo "npm ci on $("$old/node" -v) did not stop with an engine error (rc $rc):"; echo "$out" | tail -5; ok=1
fi
out=$(PATH="$old:$PATH" node bin/deskhand.js demo 2>&1); rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l <<<"$out")" -eq 1 ] && grep -q "needs Node $floor or newer" <<<"$out"; then
  echo "bin/deskhand.js demo on $("$old/node" -v): rc 1, \"$out\""
else
  echo "bin/deskhand.js demo on $("$old/node" -v) should print one line and exit 1; rc $rc:"; echo "$out" | tail -5; ok=1
fi
exit $ok
