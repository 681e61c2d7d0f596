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


#: Letters that are not an accented letter (Unicode gives them no decomposition), as a person
#: types them on a keyboard without them: "Søren" is found by "soren", "Æsop" by "aesop",
#: "Straße" by "strasse". The desk's FTS index and the server's PostgreSQL search both fold them.
LETTER_FOLDS = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ẞ": "ss", "đ": "d", "ð": "d", "þ": "th",
                "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t", "ĸ": "k", "ŋ": "n"}
_FOLD_TABLE = str.maketrans(LETTER_FOLDS)


def fold_letters(text: str) -> str:
    """``text`` (lower case) with the letters of ``LETTER_FOLDS`` spelled out."""
    return text.translate(_FOLD_TABLE)


def folded_words(*texts: str | None) -> str:
    """The words of ``texts`` that ``fold_letters`` changes, folded: what the search index holds
    beside the words as written, so either spelling finds them ("" when there are none)."""
    seen: list[str] = []
    for value in texts:
        if not value:
            continue
        for word in value.lower().split():
            folded = fold_letters(word)
            if folded != word and folded not in seen:
                seen.append(folded)
    return " ".join(seen)


def search_extra(*, title: object, subtitle: object, author_names: object, series: object, series_number: object,
                 subjects: object, publisher: object, call_number: object) -> str:
    """A title's extra search text: publisher, number in its series, call number, and the folded
    spelling of its words (``folded_words``). Kept in ``books.search_extra`` beside the fields."""
    def words(value: object) -> str | None:
        return str(value) if value else None

    parts = [words(publisher), words(series_number), words(call_number),
             folded_words(*(words(v) for v in (title, subtitle, author_names, series, subjects, publisher)))]
    return " ".join(p for p in parts if p)[:4000]


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
