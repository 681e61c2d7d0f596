"""Fast writing of many rows inside one import transaction.

The import holds the database write lock (``BEGIN IMMEDIATE``) from start to end, so ids can
be handed out here (``max(id) + 1`` onwards) and inserted later in batches with Core
``executemany``; nobody else can insert meanwhile. Journal rows get gapless ``seq`` numbers
the same way and carry the same JSON pictures the services write (``snapshots``).
Anything written through the ORM in between (updates of existing rows) must be preceded by
:meth:`BulkWriter.write_pending` and followed by :meth:`BulkWriter.resync`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import journal
from ...db.models import Author, Book, BookAuthor, BookMarc, Copy, JournalEntry, Member
from ...domain.fields import BOOK, COPY, MEMBER
from ...domain.text import fold

LOOKUP_CHUNK = 500


def json_value(value: Any) -> Any:
    """Dates and times as ISO text, as ``snapshots`` writes them."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _db_value(value: Any) -> Any:
    """A Python value as SQLite stores it through our column types."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return value


def new_uuid() -> str:
    """A random (version 4) UUID as text, as ``uuid.uuid4()`` makes it, only faster."""
    value = (int.from_bytes(os.urandom(16)) & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC << 60) | (0x8 << 60)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def chunks(items: list[Any], size: int = LOOKUP_CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class BulkWriter:
    """Queues of rows to insert, id and seq counters, and the author cache of one import."""

    TABLES = (Author, Book, BookAuthor, BookMarc, Copy, Member, JournalEntry)

    def __init__(self, s: Session, now: datetime, *, actor: str | None = None, actor_uuid: str | None = None) -> None:
        self.s = s
        self.now = now
        self.actor, self.actor_uuid = actor, actor_uuid
        self.queues: dict[type, list[dict[str, Any]]] = {t: [] for t in self.TABLES}
        self.next_id: dict[type, int] = {}
        self.now_text = _db_value(now)
        # columns whose Python values need converting; timestamps are passed as now_text
        self.converted: dict[type, set[str]] = {t: set() for t in self.TABLES}
        self.converted.update({Copy: {"acquired"}, Member: {"joined", "expires"}})
        self.seq = 0
        self.authors: dict[str, tuple[int, str]] = {}  # exact name -> (id, uuid)
        self.resync()

    # -- counters ----------------------------------------------------------------------
    def resync(self) -> None:
        """Re-read the next free ids and journal seq (after ORM writes)."""
        for model in (Author, Book, Copy, Member):
            current = self.s.scalar(select(func.max(model.id))) or 0
            self.next_id[model] = max(current + 1, self.next_id.get(model, 0))
        self.seq = max(self.seq, journal.next_seq(self.s))

    def new_id(self, model: type) -> int:
        value = self.next_id[model]
        self.next_id[model] = value + 1
        return value

    # -- queue and write ---------------------------------------------------------------
    def queue(self, model: type, row: dict[str, Any]) -> None:
        """Queue a row: every row of a table has the same keys; timestamps are ``now_text``,
        dates (copies.acquired, members.joined/expires) may be ``date`` objects."""
        self.queues[model].append(row)

    def journal(self, kind: str, args: dict[str, Any], entity_uuid: str, base_version: int) -> None:
        """Queue one journal (outbox) row; seq numbers stay gapless and increasing."""
        self.queue(JournalEntry, {
            "op_id": new_uuid(), "seq": self.seq, "kind": kind, "args": json.dumps(args),
            "entity_uuid": entity_uuid, "base_version": base_version, "occurred_at": self.now_text,
            "status": "pending", "actor": self.actor, "actor_uuid": self.actor_uuid,
        })
        self.seq += 1

    def write_pending(self) -> None:
        """Insert every queued row, parents before children.

        Rows go to the driver directly (``executemany`` of plain tuples): values are converted
        here exactly as the column types store them (UTC timestamps as naive ISO text, dates
        as ISO text, JSON as text), which is several times faster than per-row type processing.
        """
        for model in self.TABLES:
            rows = self.queues[model]
            if not rows:
                continue
            columns = list(rows[0])
            table = model.__tablename__
            sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' for _ in columns)})")
            converted = self.converted[model] & set(columns)
            if converted:
                params = [tuple((_db_value(r[c]) if c in converted else r[c]) for c in columns) for r in rows]
            else:
                pick = itemgetter(*columns)
                params = [pick(r) for r in rows]
            self.s.connection().exec_driver_sql(sql, params)
            rows.clear()

    # -- authors -----------------------------------------------------------------------
    def load_authors(self, names: Iterable[str]) -> None:
        """Fill the cache for ``names`` from the database (by the indexed sort key)."""
        missing = {n for n in names if n not in self.authors}
        keys = sorted({fold(n) for n in missing})
        for part in chunks(keys):
            rows = self.s.execute(select(Author.id, Author.uuid, Author.name)
                                  .where(Author.name_sort.in_(part)).order_by(Author.id))
            for author_id, author_uuid, name in rows:
                if name in missing:
                    self.authors.setdefault(name, (author_id, author_uuid))

    def author(self, name: str) -> tuple[int, str]:
        """(id, uuid) of the author with exactly ``name``; queued for insertion if new.
        Call :meth:`load_authors` for the batch first, or an existing author is duplicated."""
        found = self.authors.get(name)
        if found is None:
            found = (self.new_id(Author), new_uuid())
            self.queue(Author, {"id": found[0], "uuid": found[1], "version": 1, "updated_at": self.now_text,
                                "name": name, "name_sort": fold(name)})
            self.authors[name] = found
        return found


def book_args(values: dict[str, Any], book_uuid: str, version: int,
              credits: list[tuple[str, str, str]]) -> dict[str, Any]:
    """The journal picture of a book, as ``snapshots.book_data`` builds it.
    ``credits``: (author uuid, name, role) in order."""
    data = {name: values.get(name) for name in BOOK.picture}  # a book has no date fields
    data["uuid"] = book_uuid
    data["version"] = version
    data["authors"] = [{"uuid": u, "name": n, "role": r} for u, n, r in credits]
    return data


def copy_args(values: dict[str, Any], copy_uuid: str, version: int, book_uuid: str) -> dict[str, Any]:
    """The journal picture of a copy, as ``snapshots.copy_data`` builds it."""
    data = {name: values.get(name) for name in COPY.picture}
    data["acquired"] = json_value(data["acquired"])
    data.update(uuid=copy_uuid, version=version, book_uuid=book_uuid)
    return data


def member_args(values: dict[str, Any], member_uuid: str, version: int, category: str) -> dict[str, Any]:
    """The journal picture of a member, as ``snapshots.member_data`` builds it."""
    data = {name: json_value(values.get(name)) for name in MEMBER.picture}
    data.update(uuid=member_uuid, version=version, category=category)
    return data
