"""Covers measured from their header in plain Python (the packaged desk has no real Pillow):
kept as they are when small, shrunk by the given function otherwise, refused when not a picture."""

from __future__ import annotations

import struct

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.services.lookup.covers import measure, small_cover


def png_header(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", width, height) + b"\x08\x02\x00\x00\x00"


def jpeg_header(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def test_measure_reads_jpeg_png_and_gif_headers() -> None:
    assert measure(jpeg_header(180, 270)) == ("image/jpeg", 180, 270)
    assert measure(png_header(300, 200)) == ("image/png", 300, 200)
    assert measure(b"GIF89a" + struct.pack("<HH", 40, 60)) == ("image/gif", 40, 60)
    assert measure(b"%PDF-1.4") is None and measure(b"\xff\xd8\xff") is None


def test_small_pictures_are_kept_and_large_ones_need_a_shrinker() -> None:
    small = jpeg_header(180, 270)
    assert small_cover(small).image == small
    shrunk = jpeg_header(200, 300)
    cover = small_cover(jpeg_header(2000, 3000), shrink=lambda _data: shrunk, source="x")
    assert (cover.width, cover.height, cover.image, cover.source) == (200, 300, shrunk, "x")
    with pytest.raises(InvalidInput, match="could not be shrunk"):
        small_cover(jpeg_header(2000, 3000) + b"\x00" * 10, shrink=lambda _data: None)
    with pytest.raises(InvalidInput, match="not a picture"):
        small_cover(b"hello" * 50)
    with pytest.raises(InvalidInput, match="too large for a cover"):
        small_cover(png_header(20000, 20000))
