#!/usr/bin/env python3
"""The --format json outputs of show, plan, check, lr-find and schedule conform to
schemas/output.schema.json, and their nested parts to bundle.schema.json and diff.schema.json.

Usage: .ci/output-schemas.py path/to/lrlab   (from the package root)
"""
import json, subprocess, sys, tempfile

import jsonschema

lrlab = sys.argv[1]
output = json.load(open("schemas/output.schema.json"))
bundle = json.load(open("schemas/bundle.schema.json"))
diff = json.load(open("schemas/diff.schema.json"))


def run(*arguments, allowed=(0,)):
    result = subprocess.run([lrlab, *arguments, "--format", "json"], capture_output=True, text=True)
    assert result.returncode in allowed, (arguments, result.returncode, result.stderr)
    value = json.loads(result.stdout)
    jsonschema.validate(value, output)
    return value


def part(value, schema, definition):
    """Validates `value` against one definition of another schema file."""
    jsonschema.validate(value, {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"})


shown = run("show", "results/optimizers-compared")
part(shown["summary"], bundle, "summary")
run("plan", "experiments/optimizers-compared.yaml")
sharded = run("plan", "experiments/optimizers-compared.yaml", "--shards", "3")
assert [t["shard"] for t in sharded["trials"]] == [i % 3 for i in range(len(sharded["trials"]))], sharded
assert sharded["shards"] == 3 and sharded["complete"] is True, sharded
checked = run("check", "experiments/quickstart.yaml")
assert checked["reproduced"] == 1, checked
with tempfile.TemporaryDirectory() as directory:
    found = run("lr-find", "experiments/lr-find-digits.yaml", "--num-steps", "30", "--out", directory)
    assert found["steps_run"] > 0, found
scheduled = run("schedule", "experiments/cyclical-vs-fixed.yaml", "--steps", "5")
assert len(scheduled["configurations"]) == 4, scheduled
run("schedule", "experiments/quickstart.yaml")
print("output schemas: show, plan, check, lr-find and schedule JSON conform")
