"""Cover images: checked to be a real JPEG, PNG or GIF picture and kept small (at most
``MAX_HEIGHT`` pixels tall and ``MAX_WIDTH`` wide).

The core never imports Qt, and the packaged program carries a stand-in for Pillow (build.spec):
so the picture's kind and size are read from its header here, in plain Python. A picture within
the limits (and at most ``MAX_KEPT`` bytes) is kept as it is (Open Library's medium covers are); a
larger one is shrunk by the ``shrink`` function the caller gives (the desk passes one made with
Qt's QImage, see ui/catalog/cover.py), else by Pillow where a real Pillow is installed (pip
installs: reportlab brings it), else it is refused with a message saying why.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from dataclasses import dataclass

from ...domain.errors import InvalidInput

MAX_HEIGHT = 300
MAX_WIDTH = 300
MAX_FILE = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 6000 x 6600 scan; beyond that a "cover" is a decompression bomb
JPEG_QUALITY = 85
#: A kept cover is at most this many bytes: it travels to the server in the sync push (base64 in
#: the operation; a push of 200 operations must stay under the server's 24 MB body limit).
MAX_KEPT = 64 * 1024
#: A function that returns ``data`` as a JPEG at most MAX_WIDTH x MAX_HEIGHT (or None if it cannot).
Shrink = Callable[[bytes], bytes | None]


@dataclass(frozen=True)
class CoverImage:
    mime: str
    image: bytes
    width: int
    height: int
    source: str | None = None  # the address or file it came from


def measure(data: bytes) -> tuple[str, int, int] | None:
    """(mime, width, height) from the header of a JPEG, PNG or GIF; None for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if length < 2:
            return None
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return "image/jpeg", width, height
        at += 2 + length
    return None


def pillow_shrink(data: bytes) -> bytes | None:
    """``data`` shrunk to a JPEG with Pillow, or None where no real Pillow is installed."""
    try:
        from PIL import Image
    except ImportError:
        return None
    if "stand-in" in str(getattr(Image, "__version__", "")) or not hasattr(Image, "LANCZOS"):
        return None
    try:
        with Image.open(io.BytesIO(data)) as picture:
            picture.load()
            shown = picture.convert("RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    shown.thumbnail((MAX_WIDTH, MAX_HEIGHT))
    out = io.BytesIO()
    shown.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def small_cover(data: bytes, *, what: str = "the cover", source: str | None = None,
                shrink: Shrink | None = None) -> CoverImage:
    """``data`` as the small picture kept in the library; ``InvalidInput`` (field "cover") when
    it is empty, too big, not a JPEG, PNG or GIF picture, or too large and cannot be shrunk."""
    if not data:
        raise InvalidInput(f"{what} is empty", field="cover")
    if len(data) > MAX_FILE:
        raise InvalidInput(f"{what} is {len(data) / 1048576:.1f} MB; a cover may be at most "
                           f"{MAX_FILE // 1048576} MB", field="cover")
    found = measure(data)
    if found is None or not found[1] or not found[2]:
        raise InvalidInput(f"{what} is not a picture (JPEG, PNG or GIF)", field="cover")
    mime, width, height = found
    if width * height > MAX_PIXELS:
        raise InvalidInput(f"{what} is {width} x {height} pixels, too large for a cover", field="cover")
    if mime != "image/gif" and width <= MAX_WIDTH and height <= MAX_HEIGHT and len(data) <= MAX_KEPT:
        return CoverImage(mime, data, width, height, source)
    small = (shrink(data) if shrink is not None else None) or pillow_shrink(data)
    again = measure(small) if small else None
    if small is None or again is None or again[1] > MAX_WIDTH or again[2] > MAX_HEIGHT or len(small) > MAX_KEPT:
        raise InvalidInput(f"{what} ({width} x {height} pixels) could not be shrunk to a cover's size "
                           "(it may be damaged)", field="cover")
    return CoverImage(again[0], small, again[1], again[2], source)
