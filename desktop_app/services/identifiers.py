"""Generated barcodes and card numbers.

Format: a kind digit (3 for copies, 2 for members), the two-digit desk code (so desks that
create items offline never collide; 00 on a library without a server), a seven-digit counter
and a Luhn check digit: 11 digits, e.g. 3 00 0000042 7.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from ..db.models import Counter
from ..domain.text import mod10_check_digit
from .library import Library

COPY_KIND = "3"
MEMBER_KIND = "2"


def desk_code(lib: Library, session: Session) -> str:
    code = str(lib.setting(session, "desk_code"))
    return code if len(code) == 2 and code.isdigit() else "00"


def _next(session: Session, name: str) -> int:
    row = session.get(Counter, name)
    if row is None:
        row = Counter(name=name, value=0)
        session.add(row)
    row.value += 1
    session.flush()
    return row.value


def next_identifier(lib: Library, session: Session, kind: str, *,
                    exists: Callable[[str], bool] | None = None) -> str:
    """The next unused identifier of ``kind`` for this desk. ``exists(code) -> bool`` tells
    whether a candidate is already in use (an imported barcode may sit in our range)."""
    prefix = kind + desk_code(lib, session)
    while True:
        body = f"{prefix}{_next(session, 'id_' + kind):07d}"
        code = body + mod10_check_digit(body)
        if exists is None or not exists(code):
            return code
