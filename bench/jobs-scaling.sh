#!/usr/bin/env bash
# How well a sweep uses two cores: times `lrlab run bench/digits-sweep.yaml` with --jobs 1 and
# --jobs 2, each from an empty cache, and prints the medians and their ratio (the ideal is 0.5;
# the serial part of a run - start, planning, the bundle - keeps it above).
#
# Each round also starts two --jobs 1 runs at once (their own caches and outputs): half their
# wall time is what one run would take if every part of it, serial ones included, were spread
# perfectly over both cores. Its ratio to --jobs 1 is the floor this machine allows: it is above
# 0.5 when two busy cores slow each other (shared caches, clock, virtual cores).
#
#   bash bench/jobs-scaling.sh [ROUNDS] [LRLAB]
set -euo pipefail
rounds=${1:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
lrlab=${2:-$root/.build/release/lrlab}
[ -x "$lrlab" ] || { echo "no lrlab at $lrlab: swift build -c release --product lrlab" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 - "$lrlab" "$root/bench/digits-sweep.yaml" "$scratch" "$rounds" <<'PY'
import shutil, statistics, subprocess, sys, time
lrlab, experiment, scratch, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def command(jobs, slot):
    for part in ("cache", "out"):
        shutil.rmtree(f"{scratch}/{part}{slot}", ignore_errors=True)
    return [lrlab, "run", experiment, "--quiet", "--jobs", str(jobs),
            "--cache", f"{scratch}/cache{slot}", "--out", f"{scratch}/out{slot}"]

def timed(*commands):
    """Wall time until every command has exited."""
    start = time.perf_counter()
    processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL) for c in commands]
    for p in processes:
        if p.wait() != 0:
            sys.exit(f"{' '.join(p.args)} failed with status {p.returncode}")
    return time.perf_counter() - start

timed(command(1, 0))  # warm the file cache
one, two, pair = [], [], []
for _ in range(rounds):
    one.append(timed(command(1, 0)))
    two.append(timed(command(2, 0)))
    pair.append(timed(command(1, 0), command(1, 1)) / 2)
m1, m2, mp = (statistics.median(x) for x in (one, two, pair))
print(f"--jobs 1: median {m1:.3f} s over {rounds} runs (min {min(one):.3f})")
print(f"--jobs 2: median {m2:.3f} s over {rounds} runs (min {min(two):.3f})")
print(f"ratio --jobs 2 / --jobs 1: {m2 / m1:.3f} (medians), {min(two) / min(one):.3f} (minimums)")
print(f"two --jobs 1 runs at once, halved: median {mp:.3f} s; floor for the ratio: {mp / m1:.3f}")
PY
