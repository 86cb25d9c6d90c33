#!/usr/bin/env bash
# lrlab on a real Slurm cluster (.ci/slurm-up.sh brings one up on this machine):
#   1. a 16-trial grid × seeds sweep with --executor slurm and 4 array tasks gives the bundle
#      of a local `lrlab run --jobs 2`, byte for byte (provenance.json aside); the same for a
#      halving sweep;
#   2. `scancel` of one array task: its trials are submitted again, the bundle is the same;
#   3. SIGINT to the driver: squeue shows none of its jobs, and the rerun trains only what
#      is missing;
#   4. an experiment path with spaces and quotes runs through the job script;
#   5. sbatch failing, and sbatch printing something that is not a job id, are clear errors.
# Prints the wall times of the 16-trial sweep, locally and through Slurm.
#
#   .ci/slurm-e2e.sh path/to/lrlab
set -euo pipefail

bin=$(realpath "$1")
if ! command -v sbatch >/dev/null; then
    echo "slurm-e2e: skipped: sbatch is not installed (run .ci/slurm-up.sh as root first)"
    exit 0
fi
if ! sinfo --noheader --format=%T 2>/dev/null | grep -Eq 'idle|mixed|allocated'; then
    echo "slurm-e2e: no Slurm node is up (sinfo: $(sinfo 2>&1 | tr '\n' ' ')); run .ci/slurm-up.sh" >&2
    exit 1
fi

work=$(mktemp -d)
# The driver of a failed check may have left jobs; cancel only those of this script's runs.
trap 'squeue --noheader --format=%F --name=lrlab-e2e-grid,lrlab-e2e-halving,lrlab-e2e-slow 2>/dev/null | xargs -r scancel; rm -rf "$work"' EXIT
cd "$work"

fail() { echo "slurm-e2e: FAIL: $*" >&2; exit 1; }
same_bundle() {
    diff -r -x provenance.json "$1" "$2" >/dev/null || { diff -r -x provenance.json "$1" "$2" | head -20 >&2; fail "$1 and $2 differ"; }
}
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Sixteen trials: 4 rates × 4 seeds of a small MLP; each trains for about a second.
cat > grid.yaml <<'EOF'
version: 1
name: e2e-grid
seed: 7
data: {source: moons, samples: 2000, split: {train: 0.6, validation: 0.2, test: 0.2}}
model: {kind: mlp, hidden: [32, 32], activation: relu}
optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}
train: {epochs: 60, batch_size: 32}
sweep:
  method: grid
  parameters:
    optimizer.lr: [0.003, 0.01, 0.03, 0.1]
  seeds: [1, 2, 3, 4]
executor: {array_size: 4}
EOF
sed -e 's/^name: e2e-grid/name: e2e-slow/' -e 's/epochs: 60/epochs: 200/' grid.yaml > slow.yaml
cat > halving.yaml <<'EOF'
version: 1
name: e2e-halving
seed: 5
data: {source: moons, samples: 600, split: {train: 0.6, validation: 0.2, test: 0.2}}
model: {kind: mlp, hidden: [16], activation: relu}
optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}
train: {epochs: 9, batch_size: 32}
sweep:
  method: halving
  parameters:
    optimizer.lr: [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
  seeds: [1, 2]
EOF

echo "== 1. grid × seeds: --executor slurm (4 array tasks) equals --jobs 2"
t0=$(seconds)
"$bin" run grid.yaml --jobs 2 --quiet --cache local-cache --out local >/dev/null
t1=$(seconds)
"$bin" run grid.yaml --executor slurm --quiet --cache slurm-cache --out slurm > slurm.out 2> slurm.err
t2=$(seconds)
grep -q "submitted job .*, 4 of 4 array tasks for 16 trials" slurm.err || fail "expected one 4-task array: $(cat slurm.err)"
grep -q "^e2e-grid: 16 trials (16 trained, 0 cached): 16 ok" slurm.out || fail "$(cat slurm.out)"
same_bundle local/e2e-grid slurm/e2e-grid
echo "16-trial sweep wall time: local --jobs 2 $(elapsed "$t0" "$t1") s; Slurm, 4 array tasks $(elapsed "$t1" "$t2") s"

echo "== 1b. halving: one array per rung, equals --jobs 2"
"$bin" run halving.yaml --jobs 2 --quiet --cache local-cache --out local >/dev/null
"$bin" run halving.yaml --executor slurm --set executor.array_size=4 --quiet --cache slurm-cache --out slurm > halving.out 2> halving.err
[ "$(grep -c 'submitted job' halving.err)" -ge 2 ] || fail "halving should submit one array per rung: $(cat halving.err)"
same_bundle local/e2e-halving slurm/e2e-halving

echo "== 2. scancel of one array task: its trials are submitted again; same bundle"
"$bin" run slow.yaml --jobs 2 --quiet --cache local-cache --out local >/dev/null
"$bin" run slow.yaml --executor slurm --cache retry-cache --out retry > retry.out 2> retry.err &
driver=$!
job=""
for _ in $(seq 100); do
    job=$(squeue --noheader --name=lrlab-e2e-slow --format=%F | head -1)
    [ -n "$job" ] && squeue --noheader --jobs="$job" --states=RUNNING --format=%i | grep -q "_1$" && break
    sleep 0.1
done
[ -n "$job" ] || fail "the driver's job did not appear in squeue"
scancel "${job}_1"
wait "$driver" || fail "the driver failed after a cancelled task: $(cat retry.err)"
grep -q "array task 1 of job $job (CANCELLED" retry.err || fail "no retry of task 1: $(cat retry.err)"
grep -q "submitting again (retry 1 of 2)" retry.err || fail "$(cat retry.err)"
same_bundle local/e2e-slow retry/e2e-slow

echo "== 3. SIGINT to the driver: its jobs are cancelled; the rerun trains only what is missing"
"$bin" run slow.yaml --executor slurm --cache interrupt-cache --out interrupted > interrupt.out 2> interrupt.err &
driver=$!
for _ in $(seq 200); do
    [ "$(ls interrupt-cache 2>/dev/null | grep -vc slurm)" -ge 3 ] && break
    sleep 0.1
done
kill -INT "$driver"
status=0
wait "$driver" || status=$?
[ "$status" = 130 ] || fail "the interrupted driver exited $status, not 130: $(cat interrupt.err)"
sleep 1
[ -z "$(squeue --noheader --name=lrlab-e2e-slow --format=%i)" ] || fail "jobs left after SIGINT: $(squeue)"
grep -q "cancelled Slurm job" interrupt.err || fail "$(cat interrupt.err)"
kept=$(ls interrupt-cache | grep -vc slurm)
"$bin" run slow.yaml --executor slurm --quiet --cache interrupt-cache --out interrupted > rerun.out 2> rerun.err
grep -q "^e2e-slow: 16 trials ($((16 - kept)) trained, $kept cached): 16 ok" rerun.out || fail "rerun: $(cat rerun.out) (kept $kept)"
same_bundle local/e2e-slow interrupted/e2e-slow

echo "== 4. paths with spaces and quotes reach the job script intact"
mkdir -p "dir with 'quotes' and spaces"
cp grid.yaml "dir with 'quotes' and spaces/my \"grid\".yaml"
"$bin" run "dir with 'quotes' and spaces/my \"grid\".yaml" --executor slurm --quiet --cache "cache 'q' dir" --out "out dir" > quoted.out 2> quoted.err \
    || fail "quoted paths: $(cat quoted.err)"
same_bundle local/e2e-grid "out dir/e2e-grid"

echo "== 5. sbatch errors are reported, not crashes"
mkdir -p fake
printf '#!/bin/sh\necho "sbatch: error: Batch job submission failed: Invalid partition name specified" >&2\nexit 1\n' > fake/sbatch
chmod +x fake/sbatch
status=0
PATH="$work/fake:$PATH" "$bin" run grid.yaml --executor slurm --cache fake-cache > fake.out 2> fake.err || status=$?
[ "$status" = 1 ] || fail "a failing sbatch should exit 1, got $status"
grep -q "error: e2e-grid: sbatch failed (exit 1): sbatch: error: Batch job submission failed: Invalid partition name specified" fake.err \
    || fail "$(cat fake.err)"
printf '#!/bin/sh\necho "Submitted batch job 12"\n' > fake/sbatch
status=0
PATH="$work/fake:$PATH" "$bin" run grid.yaml --executor slurm --cache fake-cache > fake.out 2> fake.err || status=$?
[ "$status" = 1 ] || fail "a non-id from sbatch should exit 1, got $status"
grep -q "sbatch printed 'Submitted batch job 12', not a job id" fake.err || fail "$(cat fake.err)"

echo "slurm-e2e: all checks passed"
