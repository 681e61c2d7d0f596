"""Test helper: build ISO 2709 records byte by byte (for MARC-8 and deliberately broken data)."""

from __future__ import annotations


def field(ind: str, *subfields: tuple[str, bytes]) -> bytes:
    """Data field content (indicators and subfields) without the field terminator."""
    return ind.encode("ascii") + b"".join(b"\x1f" + c.encode("ascii") + v for c, v in subfields)


def iso2709(fields: list[tuple[str, bytes]], *, coding: str = " ", kind: str = "a") -> bytes:
    """A complete record; ``coding`` is leader position 9 (" " MARC-8, "a" UTF-8)."""
    directory = b""
    data = b""
    for tag, content in fields:
        content += b"\x1e"
        directory += f"{tag}{len(content):04d}{len(data):05d}".encode("ascii")
        data += content
    base = 24 + len(directory) + 1
    total = base + len(data) + 1
    leader = f"{total:05d}n{kind}m {coding}22{base:05d} a 4500".encode("ascii")
    return leader + directory + b"\x1e" + data + b"\x1d"
