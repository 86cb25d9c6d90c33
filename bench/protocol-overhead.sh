#!/usr/bin/env bash
# The external trainer protocol's cost per update, on the NumPy example trainer: runs
# bench/protocol-overhead.yaml ROUNDS times (default 3) from an empty cache and prints each
# run's median round trip (report_update → schedule tick → rates). Needs numpy.
#
#   bash bench/protocol-overhead.sh [ROUNDS] [LRLAB]
set -euo pipefail
rounds=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
lrlab=${2:-$root/.build/release/lrlab}
[ -x "$lrlab" ] || { echo "no lrlab at $lrlab: swift build -c release --product lrlab" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for round in $(seq 1 "$rounds"); do
  rm -rf "$scratch/cache" "$scratch/out"
  "$lrlab" run "$root/bench/protocol-overhead.yaml" --quiet --cache "$scratch/cache" --out "$scratch/out" >/dev/null
  grep -h "protocol round trip" "$scratch"/out/protocol-overhead/trials/*/trainer.log
done
