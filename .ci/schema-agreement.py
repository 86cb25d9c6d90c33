#!/usr/bin/env python3
"""Checks that schemas/experiment.schema.json and `lrlab validate` agree on every fixture.

Usage: .ci/schema-agreement.py PATH/TO/lrlab [--root PACKAGE_ROOT]

For each experiment fixture (Tests/Fixtures/experiments/{valid,invalid}/*.yaml) and each
example (experiments/*.yaml), the file is loaded with PyYAML and validated against the schema
(jsonschema, Draft 2020-12), and `lrlab validate` is run on it. Both must accept or both must
reject, except for the fixtures listed in EXPECTED_DISAGREEMENTS (rules a JSON Schema cannot
state). A file PyYAML cannot load counts as rejected on the schema side.

PyYAML implements YAML 1.1; lrlab reads YAML 1.2 (core schema). The loader below resolves
plain scalars with the 1.2 core rules (no yes/no/on/off booleans, no sexagesimal or leading-0
octal integers, `1e-3` is a float, no timestamps) and rejects duplicate keys and alias expansion
beyond the node limit, as lrlab does, so the two sides see the same data.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys

import jsonschema
import yaml

# Fixture (relative to the package root) -> why lrlab and the schema are allowed to differ.
EXPECTED_DISAGREEMENTS = {
    "Tests/Fixtures/experiments/invalid/csv-bad-delimiter.yaml":
        "a csv delimiter is one character other than a quote, space or line end; the schema says string",
    "Tests/Fixtures/experiments/invalid/csv-columns-with-header.yaml":
        "cross-field: 'columns' needs 'header: false'",
    "Tests/Fixtures/experiments/invalid/csv-header-without-columns.yaml":
        "cross-field: 'header: false' needs 'columns'",
    "Tests/Fixtures/experiments/invalid/csv-decimal-is-delimiter.yaml":
        "cross-field: the decimal mark ',' needs another delimiter",
    "Tests/Fixtures/experiments/invalid/csv-text-regression.yaml":
        "file contents: the csv file's target column holds text, refused for a regression",
    "Tests/Fixtures/experiments/invalid/idx-labels-are-images.yaml":
        "file contents: the idx labels file has 3 dimensions",
    "Tests/Fixtures/experiments/invalid/case-unknown-path.yaml":
        "a case's keys are dotted paths checked against the key tables; the schema checks only their form",
    "Tests/Fixtures/experiments/invalid/case-named-twice.yaml":
        "cross-item: case names must be unique",
    "Tests/Fixtures/experiments/invalid/case-overlaps-parameter.yaml":
        "cross-section: a case and a sweep parameter set the same path",
    "Tests/Fixtures/experiments/invalid/case-invalid-combination.yaml":
        "cross-section: the case's kind does not take a key its section inherits",
    "Tests/Fixtures/experiments/invalid/baseline-unknown-case.yaml":
        "cross-section: the baseline names a case that does not exist",
    "Tests/Fixtures/experiments/invalid/baseline-matches-two.yaml":
        "expansion: the baseline must single out one configuration of the grid",
    "Tests/Fixtures/experiments/invalid/baseline-matches-none.yaml":
        "expansion: the baseline must match a configuration of the grid",
    "Tests/Fixtures/experiments/invalid/baseline-with-halving.yaml":
        "cross-field: a baseline needs a grid sweep",
    "Tests/Fixtures/experiments/invalid/pbt-on-function-model.yaml":
        "cross-field: pbt needs a model trained on data, not a function model",
    "Tests/Fixtures/experiments/invalid/halving-on-function-model.yaml":
        "cross-field: halving sets train.epochs, which function models do not have",
    "Tests/Fixtures/experiments/valid/extends-two-bases.yaml":
        "extends: merged at load time; the file alone lacks model, optimizer and train",
    "Tests/Fixtures/experiments/invalid/extends-missing-file.yaml":
        "extends: the base file is read at load time; the schema sees only a path",
    "Tests/Fixtures/experiments/invalid/extends-cycle.yaml":
        "extends: cycles are found at load time",
    "Tests/Fixtures/experiments/invalid/extends-broken-base.yaml":
        "extends: the base's syntax error is found at load time",
    "Tests/Fixtures/experiments/invalid/lr-nan.yaml":
        "NaN: JSON Schema bounds cannot exclude NaN (every comparison with NaN is false)",
    "Tests/Fixtures/experiments/invalid/split-not-one.yaml":
        "cross-field: split fractions must sum to 1",
    "Tests/Fixtures/experiments/invalid/milestones-not-increasing.yaml":
        "cross-field: milestones must be strictly increasing",
    "Tests/Fixtures/experiments/invalid/nesterov-without-momentum.yaml":
        "cross-field: nesterov needs momentum > 0 and dampening 0",
    "Tests/Fixtures/experiments/invalid/beale-three-coordinates.yaml":
        "cross-field: beale/himmelblau take exactly 2 start coordinates",
    "Tests/Fixtures/experiments/invalid/sequence-milestone-count.yaml":
        "cross-field: a sequence needs one milestone fewer than schedules",
    "Tests/Fixtures/experiments/invalid/cyclic-max-below-base.yaml":
        "cross-field: max_lr must exceed base_lr",
    "Tests/Fixtures/experiments/invalid/uniform-bounds-reversed.yaml":
        "cross-field: uniform needs a < b",
    "Tests/Fixtures/experiments/invalid/logistic-on-regression.yaml":
        "cross-section: a logistic model needs classification data",
    "Tests/Fixtures/experiments/invalid/grid-with-uniform.yaml":
        "cross-section: a grid sweep cannot draw from a continuous distribution",
    "Tests/Fixtures/experiments/invalid/log-uniform-zero-min.yaml":
        "cross-field: log_uniform needs min > 0",
    "Tests/Fixtures/experiments/invalid/sweep-unknown-path.yaml":
        "sweep paths are resolved against the key tables; the schema only checks their shape",
    "Tests/Fixtures/experiments/invalid/sweep-bad-value.yaml":
        "sweep values are checked against the swept key's type; the schema only checks list shape",
    "Tests/Fixtures/experiments/invalid/sweep-kind-conflicts.yaml":
        "cross-section: a swept kind must accept the keys written beside it",
    "Tests/Fixtures/experiments/invalid/csv-missing-file.yaml":
        "file system: the CSV file must exist",
    "Tests/Fixtures/experiments/invalid/bandit-gamma-for-ucb1.yaml":
        "cross-field: gamma applies to the exp3 policy only",
    "Tests/Fixtures/experiments/invalid/class-weights-on-regression.yaml":
        "cross-section: class weights need classification data",
    "Tests/Fixtures/experiments/invalid/class-weights-on-function-model.yaml":
        "cross-section: class weights do not apply to function models",
    "Tests/Fixtures/experiments/invalid/class-weights-wrong-count.yaml":
        "data shape: one class weight per class of the data",
    "Tests/Fixtures/experiments/invalid/buy-rate-below-noise.yaml":
        "cross-field: buy_rate must lie between noise and 1 - noise",
    "Tests/Fixtures/experiments/invalid/epochs-to-with-metric.yaml":
        "cross-field: an objective is a metric or an epochs_to target, not both",
    "Tests/Fixtures/experiments/invalid/epochs-to-halving.yaml":
        "cross-field: epochs_to ranks grid and random sweeps only",
    "Tests/Fixtures/experiments/invalid/epochs-to-not-recorded.yaml":
        "cross-section: a val_<name> target needs <name> in train.metrics",
    "Tests/Fixtures/experiments/invalid/epochs-to-unreachable.yaml":
        "cross-field: the target value must lie in the metric's range",
    "Tests/Fixtures/experiments/invalid/epochs-to-function-model.yaml":
        "cross-section: function models have no epochs",
}

MAX_NODES = 1_000_000  # lrlab's YAMLLimits.default.maxNodes


class Loader12(yaml.SafeLoader):
    """A safe loader with YAML 1.2 core-schema resolution and strict mappings."""


Loader12.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),
]:
    Loader12.add_implicit_resolver(tag, re.compile(pattern), list(first))


def construct_int(loader, node):
    value = loader.construct_scalar(node)
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


def construct_float(loader, node):
    value = loader.construct_scalar(node).lower()
    if value.endswith(".inf"):
        return float("-inf") if value.startswith("-") else float("inf")
    if value == ".nan":
        return float("nan")
    return float(value)


def construct_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (list, dict)):
            raise yaml.constructor.ConstructorError(None, None, "unhashable key", key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


Loader12.add_constructor("tag:yaml.org,2002:int", construct_int)
Loader12.add_constructor("tag:yaml.org,2002:float", construct_float)
Loader12.add_constructor("tag:yaml.org,2002:bool", construct_bool)


def _yaml_map(loader, node):
    data = {}
    yield data
    data.update(construct_mapping(loader, node))


Loader12.add_constructor("tag:yaml.org,2002:map", _yaml_map)


def expanded_size(value, budget):
    """Node count with aliases expanded, stopping once it exceeds `budget`."""
    count = 0
    stack = [value]
    while stack:
        item = stack.pop()
        count += 1
        if count > budget:
            return count
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def schema_accepts(path, validator):
    """(accepted, reason) on the schema side; unloadable files are rejected."""
    try:
        data = yaml.load(path.read_bytes(), Loader=Loader12)
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as error:
        return False, f"not loadable: {str(error).splitlines()[0]}"
    if expanded_size(data, MAX_NODES) > MAX_NODES:
        return False, "not loadable: alias expansion exceeds the node limit"
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        return False, errors[0].message[:120]
    return True, "valid"


def lrlab_accepts(binary, path):
    result = subprocess.run([binary, "validate", str(path)], capture_output=True, text=True, timeout=60)
    if result.returncode not in (0, 2):
        raise SystemExit(f"lrlab exited {result.returncode} on {path}:\n{result.stderr}")
    first = (result.stderr.splitlines() or ["ok"])[0]
    return result.returncode == 0, first


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lrlab", help="path to the built lrlab binary")
    parser.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parent.parent),
                        help="package root (default: this script's parent directory)")
    parser.add_argument("--verbose", action="store_true", help="print every file's verdicts")
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    schema = json.loads((root / "schemas/experiment.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    fixtures = root / "Tests/Fixtures/experiments"
    files = sorted(fixtures.glob("valid/*.yaml")) + sorted(fixtures.glob("invalid/*.yaml"))
    files += sorted((root / "experiments").glob("*.yaml"))
    agree = expected = unexpected = 0
    listed_but_agreeing = []
    for path in files:
        name = str(path.relative_to(root))
        by_schema, schema_reason = schema_accepts(path, validator)
        by_lrlab, lrlab_reason = lrlab_accepts(args.lrlab, path)
        if by_schema == by_lrlab:
            agree += 1
            if name in EXPECTED_DISAGREEMENTS:
                listed_but_agreeing.append(name)
            verdict = "agree"
        elif name in EXPECTED_DISAGREEMENTS:
            expected += 1
            verdict = f"expected disagreement ({EXPECTED_DISAGREEMENTS[name]})"
        else:
            unexpected += 1
            verdict = "UNEXPECTED disagreement"
        if args.verbose or verdict.startswith("UNEXPECTED"):
            print(f"{name}: {verdict}\n  schema: {'accept' if by_schema else 'reject'} ({schema_reason})"
                  f"\n  lrlab:  {'accept' if by_lrlab else 'reject'} ({lrlab_reason})")
    for name in listed_but_agreeing:
        print(f"note: {name} is listed as a disagreement but both sides agree; remove it from the list")
    print(f"schema agreement: {agree} agree, {expected} expected disagreements, {unexpected} unexpected")
    return 1 if unexpected or listed_but_agreeing else 0


if __name__ == "__main__":
    sys.exit(main())
