"""Call numbers in shelf order, as a librarian files them.

``shelf_key("QA76.9 .A25 2005")`` is a key that sorts call numbers the way they stand on the
shelf, for Library of Congress, Dewey and home-made schemes alike:

- case and accents do not count ("qa76" is "QA76"); spaces and punctuation only separate parts
  ("QA 76" is "QA76");
- a run of digits is a whole number ("QA76.9" before "QA100", "FIC 2" before "FIC 10"), except
  right after a full stop in the same word, where it is a decimal fraction compared digit by
  digit, as Dewey and LC mean it ("823.92" after "823.914", ".A25" before ".A3");
- at one place numbers come before letters.

``in_range(key, low, high)``: a shelf range from..to includes both ends, and the upper end
includes everything filed under it ("QA76" to "QA77" holds "QA77.5"; "QA7" does not hold
"QA76"). Either end may be missing.
"""

from __future__ import annotations

import unicodedata

#: One part of a key: (0, whole number) | (1, decimal digits) | (2, letters). Comparable.
Part = tuple[int, int | str]
Key = tuple[Part, ...]
_NUMBER, _FRACTION, _LETTERS = 0, 1, 2
_AFTER_ALL: Part = (9, "")
_TOP = "\U0010ffff"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def shelf_key(call_number: str | None) -> Key:
    """The shelf-order key of ``call_number`` (empty for none)."""
    parts: list[Part] = []
    text = _fold(call_number or "")
    i, n = 0, len(text)
    after_stop = False  # a full stop earlier in this word: digits are a fraction
    while i < n:
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            digits = text[i:j]
            if after_stop:
                parts.append((_FRACTION, digits.rstrip("0") or "0"))
            else:
                parts.append((_NUMBER, int(digits)))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and text[j].isalpha():
                j += 1
            parts.append((_LETTERS, text[i:j]))
            i = j
        else:
            if ch == ".":
                after_stop = True
            elif ch.isspace():
                after_stop = False
            i += 1
    return tuple(parts)


def upper_bound(high: str) -> Key:
    """The largest key still filed under ``high`` (see ``in_range``)."""
    key = shelf_key(high)
    if not key:
        return (_AFTER_ALL,)
    kind, value = key[-1]
    if kind == _NUMBER:
        return (*key, _AFTER_ALL)
    return (*key[:-1], (kind, f"{value}{_TOP}"))


def in_range(key: Key, low: str | None, high: str | None) -> bool:
    """Whether a call number's ``key`` lies in the shelf range ``low``..``high`` (inclusive,
    the upper end with everything filed under it; a missing end is open)."""
    if low and key < shelf_key(low):
        return False
    return not (high and key > upper_bound(high))


def first_part(text: str | None) -> Part | None:
    """The first part of a call number's key (letters, or a whole number), None for none."""
    key = shelf_key(text)
    return key[0] if key else None
