"""Replicated rows as the plain JSON that desks and the server exchange: scalar fields,
references to other rows by uuid, a book's credits (``[[author_uuid, role], ...]``) and its kept
MARC record (``marc``, base64, see ``services.catalog.records.record_args``). The
server's change feed reads rows this way for a pull (``rows_data``, ``rows_in_range``); a
library joining a server uploads itself in the same shape (``rows_after``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from ..db.models import Author, Book, BookAuthor, BookMarc
from ..db.sync_models import SyncFeed
from ..services.catalog.records import record_args
from .entities import SPECS


def select_json(entity: str) -> Any:
    """SELECT of the JSON fields of ``entity``'s rows, parents' uuids included."""
    spec = SPECS[entity]
    t = spec.table
    stmt = select(t.c.uuid, t.c.version, t.c.updated_at, *(t.c[f] for f in spec.fields))
    for ref in spec.refs:
        parent = SPECS[ref.entity].table.alias(f"p_{ref.key}")
        stmt = stmt.outerjoin(parent, parent.c.id == t.c[ref.column]).add_columns(parent.c.uuid.label(ref.key))
    return stmt


def collect_json(conn: Connection, entity: str, stmt: Any, out: dict[str, dict[str, Any]]) -> None:
    result = conn.execute(stmt)
    keys = list(result.keys())
    for row in result:
        data = {k: (v.isoformat() if isinstance(v, (datetime, date)) else v) for k, v in zip(keys, row, strict=True)}
        out[data["uuid"]] = data


def rows_data(conn: Connection, entity: str, uuids: list[str]) -> dict[str, dict[str, Any]]:
    """The current JSON data of rows of ``entity``, by uuid (missing rows are left out)."""
    t = SPECS[entity].table
    out: dict[str, dict[str, Any]] = {}
    base = select_json(entity)
    for start in range(0, len(uuids), 900):
        collect_json(conn, entity, base.where(t.c.uuid.in_(uuids[start:start + 900])), out)
    if entity == "book" and out:
        add_credits(conn, out)
        add_records(conn, out)
    return out


def rows_in_range(conn: Connection, entity: str, after: int, last: int) -> dict[str, dict[str, Any]]:
    """The current JSON data of the rows of ``entity`` whose latest change (a put) is in the
    feed range ``(after, last]``: one join on the feed's seq index instead of a long list of
    uuids (much cheaper to build, send and plan, on PostgreSQL above all)."""
    t = SPECS[entity].table
    stmt = select_json(entity).join(SyncFeed, SyncFeed.uuid == t.c.uuid).where(
        SyncFeed.seq > after, SyncFeed.seq <= last, SyncFeed.entity == entity, SyncFeed.op == "put")
    out: dict[str, dict[str, Any]] = {}
    collect_json(conn, entity, stmt, out)
    if entity == "book" and out:
        add_credits(conn, out, (after, last))
        add_records(conn, out)
    return out


def add_credits(conn: Connection, books: dict[str, dict[str, Any]], feed_range: tuple[int, int] | None = None) -> None:
    for data in books.values():
        data["credits"] = []
    stmt = (select(Book.uuid, Author.uuid, BookAuthor.role, BookAuthor.position)
            .join(BookAuthor, BookAuthor.book_id == Book.id).join(Author, Author.id == BookAuthor.author_id))
    if feed_range is not None:
        found = conn.execute(stmt.join(SyncFeed, SyncFeed.uuid == Book.uuid).where(
            SyncFeed.seq > feed_range[0], SyncFeed.seq <= feed_range[1]).order_by(Book.uuid, BookAuthor.position))
        rows = [r for r in found if r[0] in books]
    else:
        uuids = list(books)
        rows = []
        for start in range(0, len(uuids), 900):
            rows += conn.execute(stmt.where(Book.uuid.in_(uuids[start:start + 900]))
                                 .order_by(Book.uuid, BookAuthor.position)).all()
    for book_uuid, author_uuid, role, _pos in rows:
        books[book_uuid]["credits"].append([author_uuid, role])


def add_records(conn: Connection, books: dict[str, dict[str, Any]]) -> None:
    """The kept MARC record of each book that has one (``record_args``)."""
    uuids = list(books)
    stmt = select(Book.uuid, BookMarc.data, BookMarc.source).join(BookMarc, BookMarc.book_id == Book.id)
    for start in range(0, len(uuids), 900):
        for book_uuid, data, source in conn.execute(stmt.where(Book.uuid.in_(uuids[start:start + 900]))):
            books[book_uuid].update(record_args(bytes(data), source))


def rows_after(conn: Connection, entity: str, after_id: int, limit: int,
               extra: tuple[str, ...] = ()) -> tuple[list[dict[str, Any]], int]:
    """Up to ``limit`` rows of ``entity`` with a local id above ``after_id``, in id order, as
    JSON (with the ``extra`` columns too), and the last id read (``after_id`` when none)."""
    t = SPECS[entity].table
    stmt = select_json(entity).add_columns(t.c.id.label("_local_id"), *(t.c[c] for c in extra)) \
        .where(t.c.id > after_id).order_by(t.c.id).limit(limit)
    found: dict[str, dict[str, Any]] = {}
    collect_json(conn, entity, stmt, found)
    rows = list(found.values())
    last = max((r.pop("_local_id") for r in rows), default=after_id)
    if entity == "book" and found:
        add_credits(conn, found)
        add_records(conn, found)
    return rows, last
