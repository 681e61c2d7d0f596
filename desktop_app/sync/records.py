"""Kept MARC records arriving with their books: a desk applying a page of the server's feed, or
the server taking in the upload of a library that joins it. A book change that carries
``marc`` (base64, ``services.catalog.records.record_args``) replaces the book's kept record; a
change without it leaves the record as it is (a record too big for sync stays where it is)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.record_models import BookMarc
from ..formats.marc_map import control_number
from ..services.catalog.records import FORMAT, normalise, record_of_args


def store_records(conn: Connection | Session, changes: list[dict[str, Any]], *, books: dict[str, int]) -> int:
    """Keep the records ``changes`` (``{"id": uuid, "data": {...}}`` or plain rows with
    ``uuid``) carry, for the books of ``books`` (uuid -> local id). Returns how many."""
    rows = []
    for change in changes:
        data = change.get("data", change)
        book_uuid = change.get("id") or change.get("uuid")
        found = record_of_args(data)
        if found is None or book_uuid not in books:
            continue
        record, source = found
        clean, raw = normalise(record)
        rows.append({"book_id": books[book_uuid], "format": FORMAT, "data": clean,
                     "control_number": control_number(raw), "source": source, "updated_at": utcnow()})
    if rows:
        ids = [r["book_id"] for r in rows]
        for start in range(0, len(ids), 500):
            conn.execute(delete(BookMarc).where(BookMarc.book_id.in_(ids[start:start + 500])))
        conn.execute(insert(BookMarc), rows)
    return len(rows)
