#!/usr/bin/env bash
# How well a sweep uses two cores: times `lrlab run bench/digits-sweep.yaml` with --jobs 1
# and --jobs 2, alternating, each from an empty cache, and prints the medians and their ratio
# (the ideal is 0.5; the serial part of a run - planning, the bundle - keeps it above).
#
#   bash bench/jobs-scaling.sh [ROUNDS] [LRLAB]
set -euo pipefail
rounds=${1:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
lrlab=${2:-$root/.build/release/lrlab}
[ -x "$lrlab" ] || { echo "no lrlab at $lrlab: swift build -c release --product lrlab" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
one() {
  rm -rf "$scratch/cache" "$scratch/out"
  python3 -c 'import subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - start)' \
    "$lrlab" run "$root/bench/digits-sweep.yaml" --quiet --jobs "$1" --cache "$scratch/cache" --out "$scratch/out"
}
one 1 >/dev/null  # warm the file cache
: >"$scratch/j1"; : >"$scratch/j2"
for _ in $(seq "$rounds"); do
  one 1 >>"$scratch/j1"
  one 2 >>"$scratch/j2"
done
python3 - "$scratch/j1" "$scratch/j2" <<'PY'
import statistics, sys
j1 = [float(x) for x in open(sys.argv[1])]
j2 = [float(x) for x in open(sys.argv[2])]
m1, m2 = statistics.median(j1), statistics.median(j2)
print(f"--jobs 1: median {m1:.3f} s over {len(j1)} runs (min {min(j1):.3f})")
print(f"--jobs 2: median {m2:.3f} s over {len(j2)} runs (min {min(j2):.3f})")
print(f"ratio --jobs 2 / --jobs 1: {m2 / m1:.3f} (medians), {min(j2) / min(j1):.3f} (minimums)")
PY
