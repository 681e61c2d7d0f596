"""Text helpers: formatting for people, normalising what scanners and clerks type."""

from __future__ import annotations

import unicodedata
from datetime import date

MAX_SCAN_LENGTH = 64


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def day(d: date) -> str:
    """A date as a clerk reads it: '12 Dec 2026'."""
    return f"{d.day} {d.strftime('%b')} {d.year}"


def normalize_scan(raw: str) -> str:
    """A scanned or typed barcode/card number: trimmed, control characters and inner spaces
    removed, upper-cased (scanners differ in case for letter prefixes)."""
    cleaned = "".join(ch for ch in raw if not unicodedata.category(ch).startswith(("C", "Z")))
    return cleaned.upper()


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for sorting and comparisons."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


ARTICLES = ("the ", "a ", "an ", "le ", "la ", "les ", "l'", "el ", "der ", "die ", "das ")


def sort_title(title: str) -> str:
    """Sort key of a title: folded, leading article dropped."""
    folded = fold(title)
    for article in ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article):]
    return folded


def mod10_check_digit(digits: str) -> str:
    """Luhn check digit for a string of digits (used on generated barcodes and cards)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)
