#!/usr/bin/env python3
"""TensorBoard reads lrlab's export: `lrlab export tensorboard` on a committed bundle, read back
with TensorBoard's EventAccumulator, gives every curve column's values at float32 precision at
their steps; a second export is byte-identical. Needs `pip install tensorboard`.

Usage: .ci/tensorboard-interop.py path/to/lrlab results/<bundle>
"""
import csv, filecmp, json, math, os, struct, subprocess, sys, tempfile

from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

lrlab, bundle = sys.argv[1], sys.argv[2]


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def export(directory):
    subprocess.run([lrlab, "export", "tensorboard", bundle, directory], check=True, stdout=subprocess.DEVNULL)


with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
    export(a)
    export(b)
    comparison = filecmp.dircmp(a, b)
    runs = []
    for root, _, files in os.walk(a):
        for name in files:
            relative = os.path.relpath(os.path.join(root, name), a)
            assert filecmp.cmp(os.path.join(a, relative), os.path.join(b, relative), shallow=False), relative
            runs.append(os.path.dirname(relative))
    metrics = json.load(open(os.path.join(bundle, "summary.json")))
    labels = {c["id"]: label for label, c in metrics["configurations"].items()}
    trials = json.load(open(os.path.join(bundle, "metrics.json")))["trials"]
    checked = 0
    for trial in trials:
        run = os.path.join(labels[trial["configuration"]], f"seed-{trial['seed']}")
        accumulator = EventAccumulator(os.path.join(a, run), size_guidance={"scalars": 0})
        accumulator.Reload()
        rows = list(csv.DictReader(open(os.path.join(bundle, "trials", trial["id"], "curve.csv"))))
        for column in rows[0]:
            if column in ("step", "epoch"):
                continue
            expected = [(int(r["step"]), f32(float(r[column]))) for r in rows if r[column] != ""]
            got = [(e.step, e.value) for e in accumulator.Scalars(column)] if expected else []
            assert len(got) == len(expected), (run, column, len(got), len(expected))
            for (s1, v1), (s2, v2) in zip(got, expected):
                assert s1 == s2 and (v1 == v2 or (math.isnan(v1) and math.isnan(v2))), (run, column, s1, v1, v2)
            checked += len(expected)
    print(f"tensorboard: {len(runs)} runs, {checked} scalars equal to curve.csv at float32; two exports byte-identical")
