#!/usr/bin/env python3
"""Writes the fixtures whose bytes cannot be typed reliably: tabs, binary, bad UTF-8, BOM, CRLF."""
import pathlib

here = pathlib.Path(__file__).resolve().parent / "invalid"
(here / "tab-indentation.yaml").write_bytes(
    b"version: 1\nname: tabs\noptimizer:\n\tkind: adam\n")
(here / "binary-garbage.yaml").write_bytes(
    bytes([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x3A, 0x10]))
(here / "invalid-utf8.yaml").write_bytes(
    b"version: 1\nname: bad-bytes\ndescription: caf\xc3\x28 \xff\xfe\n")

# A byte order mark and CRLF line ends, as some Windows editors write: valid.
valid = pathlib.Path(__file__).resolve().parent / "valid"
(valid / "bom-crlf.yaml").write_bytes(
    b"\xef\xbb\xbfversion: 1\r\nname: bom-crlf\r\ndata: {source: iris}\r\nmodel: {kind: logistic}\r\n"
    b"optimizer: {kind: adam}\r\ntrain: {epochs: 5}\r\n")
# CRLF line ends with an error on line 5: lines and columns must count CRLF as one break.
(here / "crlf-line-endings.yaml").write_bytes(
    b"version: 1\r\nname: crlf\r\ndata: {source: iris}\r\nmodel: {kind: mlp}\r\n"
    b"optimizer: {kind: adam, lr: 0}\r\ntrain: {epochs: 5}\r\n")

# An IDX pair (the MNIST format): four 2×2 uint8 images and their labels.
data = pathlib.Path(__file__).resolve().parent / "data"
(data / "images.idx").write_bytes(
    bytes([0, 0, 0x08, 3, 0, 0, 0, 4, 0, 0, 0, 2, 0, 0, 0, 2]) + bytes(range(0, 160, 10)))
(data / "labels.idx").write_bytes(bytes([0, 0, 0x08, 1, 0, 0, 0, 4, 0, 1, 0, 1]))
