"""Raw values of the demo's bulk rows: ISBNs, identifiers like the desk's, timestamps as
SQLite stores them."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from ...domain.text import mod10_check_digit


def isbn13(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randrange(10)) for _ in range(9))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def isbn10(isbn13: str) -> str:
    core = isbn13[3:12]
    total = sum(int(d) * (10 - i) for i, d in enumerate(core))
    check = (11 - total % 11) % 11
    return core + ("X" if check == 10 else str(check))


def code(kind: str, n: int) -> str:
    body = f"{kind}00{n:07d}" if n < 10_000_000 else f"{kind}00{n}"
    return body + mod10_check_digit(body)


def ts(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
