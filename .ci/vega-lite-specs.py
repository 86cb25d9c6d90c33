#!/usr/bin/env python3
"""Every plot's Vega-Lite spec (plots/*.vl.json beside each SVG, lr-find.vl.json) validates
against the Vega-Lite v6 schema that altair ships: the committed bundles' and those of a
freshly written sweep bundle (with small multiples and smoothing) and lr-find bundle.

Usage: .ci/vega-lite-specs.py path/to/lrlab   (from the package root)
"""
import glob, json, os, subprocess, sys, tempfile

import altair
import jsonschema

lrlab = sys.argv[1]
schema_path = os.path.join(os.path.dirname(altair.__file__), "vegalite", "v6", "schema", "vega-lite-schema.json")
validator = jsonschema.Draft7Validator(json.load(open(schema_path)))


def check(path):
    spec = json.load(open(path))
    assert spec.get("$schema") == "https://vega.github.io/schema/vega-lite/v6.json", path
    errors = sorted(validator.iter_errors(spec), key=lambda e: list(e.path))
    assert not errors, f"{path}: {errors[0].message} at {list(errors[0].path)}"
    svg = path[: -len(".vl.json")] + ".svg"
    assert os.path.exists(svg), f"{path}: no {svg} beside it"


def specs(root):
    return sorted(glob.glob(f"{root}/**/*.vl.json", recursive=True))


committed = specs("results")
for path in committed:
    check(path)

with tempfile.TemporaryDirectory() as directory:
    # Four functions as cases: one panel each; smoothing on the loss plot.
    run = subprocess.run(
        [lrlab, "run", "experiments/rosenbrock-paths.yaml", "--quiet", "--out", directory,
         "--set", "train.steps=60", "--set", "output.smoothing=0.6", "--cache", os.path.join(directory, "cache")],
        capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    found = subprocess.run(
        [lrlab, "lr-find", "experiments/lr-find-digits.yaml", "--num-steps", "30", "--out", directory],
        capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    fresh = specs(directory)
    assert len(fresh) >= 4, fresh
    for path in fresh:
        check(path)
    # Every SVG a bundle writes has its spec, and the manifest lists both.
    manifest = json.load(open(f"{directory}/rosenbrock-paths/bundle.json"))
    listed = {f["path"] for f in manifest["files"]}
    for f in listed:
        if f.endswith(".svg"):
            assert f[: -len(".svg")] + ".vl.json" in listed, f

print(f"vega-lite specs: {len(committed)} committed and {len(fresh)} fresh specs validate against Vega-Lite v6")
