"""Test helper: read Code 128 back from bar widths (a scanline or a module string).

Independent of the encoder under test except for the published width table, which the tests
check separately against reportlab's drawing.
"""

from __future__ import annotations

from itertools import groupby

from desktop_app.formats.code128 import WIDTHS

_BY_PATTERN = {pattern: value for value, pattern in enumerate(WIDTHS)}


def runs_from_pixels(row: bytes, threshold: int = 128) -> list[int]:
    """Run lengths from the first dark pixel: bar, space, bar, ... (trailing light dropped)."""
    dark = [p < threshold for p in row]
    groups = [(k, len(list(g))) for k, g in groupby(dark)]
    while groups and not groups[0][0]:
        groups.pop(0)
    while groups and not groups[-1][0]:
        groups.pop()
    return [n for _, n in groups]


def runs_from_modules(modules: str) -> list[int]:
    """Run lengths of a "1"/"0" module string."""
    return [len(list(g)) for _, g in groupby(modules)]


def decode_runs(runs: list[int]) -> str:
    """Decode Code 128 runs; raise ValueError on any bad symbol, checksum or missing stop."""
    values: list[int] = []
    i = 0
    while True:
        count = 7 if len(runs) - i == 7 else 6
        group = runs[i : i + count]
        if len(group) < 6:
            raise ValueError("no stop pattern")
        total = 13 if count == 7 else 11
        scale = sum(group) / total
        pattern = "".join(str(round(w / scale)) for w in group)
        if pattern not in _BY_PATTERN:
            raise ValueError(f"unknown symbol {pattern} at run {i}")
        values.append(_BY_PATTERN[pattern])
        i += count
        if values[-1] == 106:
            break
    if i != len(runs):
        raise ValueError("bars after the stop pattern")
    start, *data, checksum, _stop = values
    expected = (start + sum(n * v for n, v in enumerate(data, start=1))) % 103
    if checksum != expected:
        raise ValueError(f"checksum {checksum} != {expected}")
    code = {103: "A", 104: "B", 105: "C"}[start]
    text = []
    for v in data:
        if code == "C" and v < 100:
            text.append(f"{v:02d}")
        elif v in (99, 100, 101):
            code = {99: "C", 100: "B", 101: "A"}[v]
        elif code == "B":
            text.append(chr(v + 32))
        else:
            text.append(chr(v + 32) if v < 64 else chr(v - 64))
    return "".join(text)
