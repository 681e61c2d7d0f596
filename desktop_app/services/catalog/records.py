"""The whole MARC record a title came from, kept beside the fields the program uses.

A kept record (``BookMarc``) is ISO 2709 in UTF-8 (leader/09 'a'): a MARC-8 record is turned
into UTF-8 when it is kept. ``control_number`` is "003 001" ("DLC 2001012345") or the 001
alone; a re-import without ISBN finds its title by it. Export merges the desk's changes into
the kept record (``formats.marc_merge``), so a cataloguer's fields survive a round trip.

The record travels with its book in sync: the ``book_upsert`` operation that brings a record
carries it (``record_args``), the server keeps it when it replays the operation, and the
server's change feed hands it to the other desks. Records over :data:`SYNC_LIMIT` bytes stay
on the desk that has them (a push of 500 operations must fit the server's body limit).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Book
from ...db.record_models import BookMarc
from ...domain.errors import InvalidInput
from ...domain.values import Role
from ...formats.marc_map import control_number
from ...formats.marc_raw import RawRecord, RecordError, build_record, parse_record
from ..library import require
from ..snapshots import book_data
from ..transaction import Tx

FORMAT = "marc21"
#: The largest record (ISO 2709 bytes) that travels in sync; 500 operations of this size fit
#: the server's 24 MiB body limit once base64-encoded.
SYNC_LIMIT = 16_384
SOURCE_LIMIT = 200


@dataclass(frozen=True)
class KeptRecord:
    """A title's kept record: ``data`` ISO 2709 UTF-8 bytes, ``raw`` its fields."""

    book_id: int
    data: bytes
    control_number: str | None
    source: str | None

    @property
    def raw(self) -> RawRecord:
        return parse_record(self.data)


def normalise(data: bytes) -> tuple[bytes, RawRecord]:
    """``data`` as kept: parsed (``InvalidInput`` saying what is broken) and, unless it is
    already UTF-8, rebuilt in UTF-8."""
    try:
        raw = parse_record(bytes(data))
    except RecordError as exc:
        raise InvalidInput(f"The MARC record cannot be kept: {exc.reason}", field="record") from None
    if data[9:10] == b"a":
        return bytes(data), raw
    try:
        return build_record(raw), raw
    except ValueError as exc:
        raise InvalidInput(f"The MARC record cannot be kept: {exc}", field="record") from None


def store_record(s: Session, book_id: int, data: bytes, source: str | None, *, now: Any = None) -> BookMarc:
    """Insert or replace the kept record of ``book_id`` (no checks, no journal: the callers
    are :func:`keep_record` and the replay of a synced book)."""
    clean, raw = normalise(data)
    row = s.get(BookMarc, book_id)
    if row is None:
        row = BookMarc(book_id=book_id)
        s.add(row)
    row.format = FORMAT
    row.data = clean
    row.control_number = control_number(raw)
    row.source = (source or None) and str(source)[:SOURCE_LIMIT]
    if now is not None:
        row.updated_at = now
    return row


def keep_record(tx: Tx, book: Book, data: bytes, source: str | None) -> BookMarc:
    """Keep ``data`` (one ISO 2709 record, MARC-8 or UTF-8) as the whole record of ``book``.

    Librarians and admins. The book's ``book_upsert`` operation is recorded with the record
    in it (``record_args``), so the server and the other desks keep it too."""
    require(tx.actor, Role.LIBRARIAN, "keep catalogue records")
    tx.s.flush()
    row = store_record(tx.s, book.id, data, source, now=tx.lib.now())
    base = book.version
    tx.touch(book)
    tx.s.flush()
    tx.record("book_upsert", {**book_data(book), **record_args(row.data, row.source)}, row_uuid=book.uuid,
              base_version=base, audit="book_record", entity="book", title=book.title,
              control_number=row.control_number, source=row.source, bytes=len(row.data))
    return row


def kept_record(s: Session, book_id: int) -> KeptRecord | None:
    """The kept record of ``book_id``, or None."""
    row = s.get(BookMarc, book_id)
    if row is None:
        return None
    return KeptRecord(row.book_id, bytes(row.data), row.control_number, row.source)


def kept_records(s: Session, book_ids: list[int]) -> dict[int, bytes]:
    """The kept records of ``book_ids`` (those that have one), by book id."""
    out: dict[int, bytes] = {}
    for start in range(0, len(book_ids), 500):
        part = book_ids[start:start + 500]
        for book_id, data in s.execute(select(BookMarc.book_id, BookMarc.data).where(BookMarc.book_id.in_(part))):
            out[book_id] = bytes(data)
    return out


def books_by_control_number(s: Session, numbers: list[str]) -> dict[str, int]:
    """Book ids whose kept record has one of ``numbers`` (the first book when several do)."""
    out: dict[str, int] = {}
    for start in range(0, len(numbers), 500):
        rows = s.execute(select(BookMarc.control_number, BookMarc.book_id)
                         .where(BookMarc.control_number.in_(numbers[start:start + 500])).order_by(BookMarc.book_id))
        for number, book_id in rows:
            if number is not None:
                out.setdefault(number, book_id)
    return out


# -- the record in sync ------------------------------------------------------------------
def record_args(data: bytes, source: str | None) -> dict[str, Any]:
    """What a ``book_upsert`` operation (or a change of the feed) carries of a kept record:
    ``marc`` (base64) and ``marc_source``; a record over :data:`SYNC_LIMIT` bytes is left
    out (``marc_omitted`` gives its size)."""
    if len(data) > SYNC_LIMIT:
        return {"marc_omitted": len(data)}
    return {"marc": base64.b64encode(data).decode("ascii"), "marc_source": source}


def record_of_args(args: dict[str, Any]) -> tuple[bytes, str | None] | None:
    """The record a synced book carries (``record_args``), or None; ``InvalidInput`` when it is
    not base64."""
    text = args.get("marc")
    if not text:
        return None
    try:
        data = base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("The book's MARC record is not base64", field="marc") from None
    source = args.get("marc_source")
    return data, str(source) if source else None
