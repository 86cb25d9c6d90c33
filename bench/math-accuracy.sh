#!/usr/bin/env bash
# Measures the maximum error, in ulps, of lrlab's elementary functions (Sources/LREngine/Math)
# against a 120-bit mpmath reference: `bash bench/math-accuracy.sh [COUNT]` (default 1,000,000
# inputs per function; a few minutes). Needs `pip install mpmath`. Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swiftc -O -module-name MathEval Sources/LREngine/Math/*.swift bench/math/main.swift -o "$work/math-eval" 2>/dev/null
python3 bench/math_accuracy.py "$work/math-eval" "${1:-1000000}"
