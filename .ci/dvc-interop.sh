#!/usr/bin/env bash
# DVC reads lrlab bundles: in a scratch git + DVC repository, commit a bundle, change one
# case's rate, commit again, and check that `dvc metrics diff` shows that configuration's
# val_loss change (summary.json keys configurations by label; DVC skips lists).
# Usage: .ci/dvc-interop.sh path/to/lrlab   (needs `pip install dvc`)
set -euo pipefail
lrlab="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
git config user.email ci@example.com
git config user.name ci
git config commit.gpgsign false
dvc init -q
mkdir experiments
cat > experiments/tiny.yaml <<'YAML'
version: 1
name: tiny
seed: 3
data: {source: moons, samples: 80}
model: {kind: mlp, hidden: [4]}
optimizer: {kind: sgd, lr: 0.1}
train: {epochs: 3, batch_size: 20}
sweep:
  method: grid
  cases:
    - {name: slow, optimizer.lr: 0.05}
    - {name: fast, optimizer.lr: 0.3}
  seeds: [1, 2]
YAML
printf 'metrics:\n  - results/tiny/summary.json\n' > dvc.yaml
printf '.cache\n' > .gitignore
"$lrlab" run experiments/tiny.yaml --quiet --cache .cache > /dev/null
git add -A && git commit -qm "fast at 0.3"
sed -i 's/lr: 0.3}/lr: 0.5}/' experiments/tiny.yaml
"$lrlab" run experiments/tiny.yaml --quiet --cache .cache > /dev/null
git add -A && git commit -qm "fast at 0.5"
dvc metrics diff HEAD~1 HEAD --json > diff.json
python3 - diff.json <<'PY'
import json, sys
diff = json.load(open(sys.argv[1]))["results/tiny/summary.json"]
fast = diff.get("configurations.fast.metrics.val_loss.mean")
assert fast and fast["old"] != fast["new"], f"no val_loss change for 'fast' in {sorted(diff)}"
assert "configurations.slow.metrics.val_loss.mean" not in diff, "'slow' did not change but DVC shows a change"
print(f"dvc metrics diff: fast val_loss {fast['old']:.6g} -> {fast['new']:.6g}; slow unchanged")
PY
