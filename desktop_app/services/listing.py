"""Paginated, sortable lists: keyset pages over SQL, and offset pages over ranked search
results (capped, so offsets stay small).

The cursor is opaque to its reader: base64url JSON holding the sort, the direction, a hash of
the filters and the last row's sort key. A cursor used with other filters or another sort is
``BadCursor``, as is a damaged one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from ..domain.errors import BadCursor

T = TypeVar("T")

MAX_KEY = 2**62
_DAMAGED = "The cursor is damaged; start again without it"
_FOREIGN = "This cursor belongs to another list (other filters or sort)"


@dataclass(frozen=True)
class SortKey:
    """A sort: the column expression (never NULL: wrap in coalesce) and its value type."""

    column: Any
    kind: str = "str"  # str | int | date | datetime


@dataclass(frozen=True)
class Listed(Generic[T]):
    """One page of a list: its items, the cursor of the next page (None on the last) and the
    count of the whole list (only on the first page, None afterwards)."""

    items: list[T]
    next_cursor: str | None
    total: int | None


def _fingerprint(parts: dict[str, object]) -> str:
    raw = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def encode_cursor(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":"), default=str).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise BadCursor(_DAMAGED) from None
    if not isinstance(data, dict):
        raise BadCursor(_DAMAGED)
    return data


def _parse(kind: str, value: object) -> object:
    """A cursor's sort key back in its type, within what the database can compare (a crafted
    cursor is ``BadCursor``, never a driver error)."""
    try:
        if kind == "int":
            if not isinstance(value, int) or isinstance(value, bool) or not -MAX_KEY <= value <= MAX_KEY:
                raise ValueError(value)
            return value
        if kind == "date":
            return date.fromisoformat(str(value))
        if kind == "datetime":
            parsed = datetime.fromisoformat(str(value))
            if parsed.tzinfo is None:
                raise ValueError(value)
            return parsed
        if not isinstance(value, str) or len(value) > 2000:
            raise ValueError(value)
        return value
    except (TypeError, ValueError, OverflowError):
        raise BadCursor(_DAMAGED) from None


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


@dataclass
class Slice:
    rows: list[Any]
    next_cursor: str | None
    total: int | None


def keyset_page(s: Session, stmt: Select[*tuple[Any, ...]], *, id_column: Any, sort: SortKey, descending: bool,
                cursor: str | None, limit: int, filters: Mapping[str, object], sort_name: str) -> Slice:
    """A page of ``stmt`` (a select whose first entity or column is the row) ordered by
    ``(sort, id)``; ``filters`` identify the list so a cursor cannot jump between lists."""
    fingerprint = _fingerprint({"f": filters, "s": sort_name, "d": descending})
    total = None
    if cursor is None:
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    else:
        data = decode_cursor(cursor)
        if data.get("fp") != fingerprint or not isinstance(data.get("k"), list) or len(data["k"]) != 2:
            raise BadCursor(_FOREIGN)
        key = (_parse(sort.kind, data["k"][0]), _parse("int", data["k"][1]))
        pair = tuple_(sort.column, id_column)
        stmt = stmt.where(pair < tuple_(*key) if descending else pair > tuple_(*key))
    order = (sort.column.desc(), id_column.desc()) if descending else (sort.column.asc(), id_column.asc())
    stmt = stmt.add_columns(sort.column.label("_sort_key"), id_column.label("_sort_id"))
    rows = s.execute(stmt.order_by(*order).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        last = rows[-1]
        next_cursor = encode_cursor({"fp": fingerprint, "k": [_plain(last._sort_key), last._sort_id]})
    return Slice(list(rows), next_cursor, total)


def offset_page(items: Sequence[T], *, cursor: str | None, limit: int, filters: Mapping[str, object],
                total: int | None = None) -> tuple[list[T], str | None, int | None]:
    """A page of an already ordered, bounded list (search results, reports)."""
    fingerprint = _fingerprint({"f": filters, "offset": True})
    start = 0
    if cursor is not None:
        data = decode_cursor(cursor)
        offset = data.get("o")
        if data.get("fp") != fingerprint or not isinstance(offset, int) or isinstance(offset, bool) \
                or not 0 <= offset <= MAX_KEY:
            raise BadCursor(_FOREIGN)
        start = data["o"]
    chunk = list(items[start:start + limit])
    more = start + limit < len(items)
    next_cursor = encode_cursor({"fp": fingerprint, "o": start + limit}) if more else None
    return chunk, next_cursor, (total if total is not None else len(items)) if cursor is None else None
