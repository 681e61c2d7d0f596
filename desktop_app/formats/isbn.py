"""ISBN handling: what a clerk types or a scanner sends, turned into clean numbers.

Accepted: ISBN-10 and ISBN-13 with or without hyphens/spaces, a lowercase or uppercase final
"X", the "ISBN" prefix, and a scanned EAN-13 (978/979) with or without a 2- or 5-digit price
add-on. Everything else raises :class:`InvalidIsbn` with a sentence that repeats what was
typed and says what is wrong. Check digits are computed here (the importers call this for every
record, and this is several times faster than going through stdnum); stdnum supplies the
hyphenation ranges.
"""

from __future__ import annotations

import re

from stdnum import isbn as _stdnum_isbn

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.]+")
_PREFIX = re.compile(r"^isbn(?:1[03])?:?", re.IGNORECASE)
_SHAPE10 = re.compile(r"^\d{9}[\dX]$")
_SHAPE13 = re.compile(r"^97[89]\d{10}$")


class InvalidIsbn(ValueError):
    """The text is not a valid ISBN; ``str()`` explains why in one sentence."""

    def __init__(self, text: str, why: str) -> None:
        super().__init__(f"{text!r} is not a valid ISBN: {why}")
        self.text = text
        self.why = why


def _compact(text: str) -> str:
    """Strip prefix, spaces and hyphens; uppercase a final x."""
    cleaned = _SEPARATORS.sub("", text.strip())
    cleaned = _PREFIX.sub("", cleaned)
    return cleaned.upper()


def _check_digit_10(first9: str) -> str:
    """ISBN-10 check character for nine digits (weights 10..2, modulus 11)."""
    total = sum((10 - i) * int(d) for i, d in enumerate(first9))
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)


def _check_digit_13(first12: str) -> str:
    """ISBN-13/EAN-13 check digit for twelve digits (weights 1,3,1,3..., modulus 10)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def looks_like_isbn(text: str) -> bool:
    """True if ``text`` has the *shape* of an ISBN-10 or ISBN-13 (check digit not verified).

    Use it to decide whether a search box entry should be treated as an ISBN.
    """
    number = _compact(text)
    return bool(_SHAPE10.match(number) or _SHAPE13.match(number))


def normalize_isbn(text: str) -> tuple[str, str | None]:
    """Return ``(isbn13, isbn10)`` as bare digits; ``isbn10`` is None for 979 numbers.

    Raises :class:`InvalidIsbn` naming what was typed and why it is refused.
    """
    number = _compact(text)
    if not number:
        raise InvalidIsbn(text, "nothing was typed")
    if len(number) in (15, 18) and number.isdigit() and number[:3] in ("978", "979"):
        number = number[:13]  # EAN-13 followed by a 2- or 5-digit price add-on
    if not re.fullmatch(r"\d+X?", number):
        raise InvalidIsbn(text, "it may contain only digits, hyphens, spaces and a final X")
    if len(number) == 10:
        expected = _check_digit_10(number[:9])
        if number[9] != expected:
            raise InvalidIsbn(text, f"the check digit is wrong (expected {expected})")
        first12 = "978" + number[:9]
        return first12 + _check_digit_13(first12), number
    if "X" in number:
        raise InvalidIsbn(text, "only a 10-character ISBN may end in X")
    if len(number) != 13:
        raise InvalidIsbn(
            text, f"it has {len(number)} digits; an ISBN has 10 or 13 digits"
        )
    if number[:3] not in ("978", "979"):
        raise InvalidIsbn(
            text, "a 13-digit ISBN starts with 978 or 979 (this looks like another barcode)"
        )
    expected = _check_digit_13(number[:12])
    if number[12] != expected:
        raise InvalidIsbn(text, f"the check digit is wrong (expected {expected})")
    isbn10 = number[3:12] + _check_digit_10(number[3:12]) if number[:3] == "978" else None
    return number, isbn10


def hyphenate(isbn13: str) -> str:
    """Format an ISBN-13 with hyphens by registration group ("978-0-441-01359-3").

    Raises :class:`InvalidIsbn` if ``isbn13`` is not valid. When the publisher ranges are not
    known for a group, the number is still hyphenated after the prefix and group.
    """
    number, _ = normalize_isbn(isbn13)
    return str(_stdnum_isbn.format(number, convert=False))
