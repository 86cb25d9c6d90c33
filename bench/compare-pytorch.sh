#!/usr/bin/env bash
# Times lrlab's engine against PyTorch (1 thread) on the shapes `lrlab bench` reports,
# alternating the two ROUNDS times (default 3) in one run, and prints the median steps/s of
# each and their ratio. Needs a release build of lrlab and `pip install torch`.
# Usage: bench/compare-pytorch.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
lrlab="${LRLAB:-.build/release/lrlab}"
[ -x "$lrlab" ] || { echo "error: $lrlab not found; run: swift build -c release --product lrlab" >&2; exit 2; }
python3 -c "import torch" 2>/dev/null || { echo "error: PyTorch is not installed (pip install torch)" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for round in $(seq 1 "$rounds"); do
    echo "round $round/$rounds" >&2
    "$lrlab" bench --repetitions 3 | sed 's/^/lrlab /' >>"$log"
    python3 bench/pytorch_mlp.py 1 >>"$log"
done
grep -E "^lrlab (kernel path|single-core|gemm)" "$log" | tail -n 4
python3 - "$log" <<'PY'
import re, statistics, sys
lrlab, torch = {}, {}
for line in open(sys.argv[1]):
    m = re.match(r"lrlab (\d+)→\[([\d, ]*)\]→(\d+) @(\d+) (\w+)\s+([\d.]+)", line)
    if m:
        key = (m[1], m[2].replace(" ", ""), m[3], m[4], m[5])
        lrlab.setdefault(key, []).append(float(m[6]))
    m = re.match(r"pytorch (\d+)->\[([\d, ]*)\]->(\d+) @(\d+) (\w+): ([\d.]+) steps/s", line)
    if m:
        key = (m[1], m[2].replace(" ", ""), m[3], m[4], m[5])
        torch.setdefault(key, []).append(float(m[6]))
print(f"{'case':<34} {'lrlab steps/s':>14} {'PyTorch steps/s':>16} {'ratio':>7}")
for key in lrlab:
    if key not in torch:
        continue
    a, b = statistics.median(lrlab[key]), statistics.median(torch[key])
    name = f"{key[0]}→[{key[1]}]→{key[2]} @{key[3]} {key[4]}"
    print(f"{name:<34} {a:>14.1f} {b:>16.1f} {a / b:>6.2f}×")
PY
