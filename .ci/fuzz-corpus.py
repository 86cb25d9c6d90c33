#!/usr/bin/env python3
"""Seed corpus for the fuzz targets (see docs/fuzzing.md), from what lrlab ships:
experiment/  every example experiment and experiment fixture;
bundle/      each committed bundle's bundle.json (selector byte 0), metrics.json (1), a few
             curve CSVs (2) and, for the small bundles, the whole bundle as an archive (3)."""
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
(out / "experiment").mkdir(parents=True, exist_ok=True)
(out / "bundle").mkdir(parents=True, exist_ok=True)

count = 0
def seed(folder, data):
    global count
    count += 1
    (out / folder / f"seed-{count:04d}").write_bytes(data)

for path in sorted(list(root.glob("experiments/*.yaml")) + list(root.glob("Tests/Fixtures/experiments/**/*.yaml"))):
    seed("experiment", path.read_bytes())

for bundle in sorted(p.parent for p in root.glob("results/*/bundle.json")):
    seed("bundle", b"\x00" + (bundle / "bundle.json").read_bytes())
    seed("bundle", b"\x01" + (bundle / "metrics.json").read_bytes())
    for curve in sorted(bundle.glob("trials/*/*.csv"))[:3]:
        seed("bundle", b"\x02" + curve.read_bytes()[:16384])
    files = sorted(p for p in bundle.rglob("*") if p.is_file())
    if sum(p.stat().st_size for p in files) <= 100_000:
        archive = b"".join(b"=== " + str(p.relative_to(bundle)).encode() + b"\n" + p.read_bytes() + b"\n" for p in files)
        seed("bundle", b"\x03" + archive)
print(f"fuzz seeds: {count} files in {out}")
