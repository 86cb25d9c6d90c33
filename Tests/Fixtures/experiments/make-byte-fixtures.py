#!/usr/bin/env python3
"""Writes the fixtures that cannot be typed: tab indentation, binary garbage, invalid UTF-8."""
import pathlib

here = pathlib.Path(__file__).resolve().parent / "invalid"
(here / "tab-indentation.yaml").write_bytes(
    b"version: 1\nname: tabs\noptimizer:\n\tkind: adam\n")
(here / "binary-garbage.yaml").write_bytes(
    bytes([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x3A, 0x10]))
(here / "invalid-utf8.yaml").write_bytes(
    b"version: 1\nname: bad-bytes\ndescription: caf\xc3\x28 \xff\xfe\n")
