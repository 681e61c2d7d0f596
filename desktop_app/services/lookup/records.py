"""What a look-up keeps beside a title: its MARC record whole (``book_records``) and its cover
(``book_covers``). Both are written inside the action that adds or changes the title, with an
audit event; helper functions ``tx`` first, like the catalogue's transitions.

``keep_record`` is this package's own until the catalogue's record keeping (services/catalog/
records.py) is merged; it writes the same row the importer writes."""

from __future__ import annotations

import base64

from ...db.models import Book
from ...db.record_models import BookCover, BookMarc
from ...formats.marc_raw import RecordError, parse_record
from ..transaction import Tx
from .covers import CoverImage


def control_number(data: bytes) -> str | None:
    """ "003 001" of an ISO 2709 record (e.g. "DLC 2001012345"), or None without an 001."""
    try:
        raw = parse_record(data)
    except RecordError:
        return None
    f001, f003 = raw.first("001"), raw.first("003")
    number = (f001.value or "").strip() if f001 else ""
    if not number:
        return None
    agency = (f003.value or "").strip() if f003 else ""
    return f"{agency} {number}".strip()[:80]


def keep_record(tx: Tx, book: Book, data: bytes, source: str) -> BookMarc:
    """Keep ``data`` (one ISO 2709 record) as ``book``'s whole record, replacing any before."""
    tx.s.flush()
    row = tx.s.get(BookMarc, book.id)
    if row is None:
        row = BookMarc(book_id=book.id)
        tx.s.add(row)
    row.format, row.data, row.source = "marc21", data, source[:200]
    row.control_number = control_number(data)
    row.updated_at = tx.lib.now()
    tx.audit("book_record_keep", "book", book.uuid, source=source[:200], bytes=len(data))
    return row


def keep_cover(tx: Tx, book: Book, cover: CoverImage, source: str) -> BookCover:
    """Keep ``cover`` (already small) as ``book``'s cover, replacing any before."""
    tx.s.flush()
    row = tx.s.get(BookCover, book.id)
    if row is None:
        row = BookCover(book_id=book.id)
        tx.s.add(row)
    row.mime, row.image, row.width, row.height = cover.mime, cover.image, cover.width, cover.height
    row.source = source[:300]
    row.updated_at = tx.lib.now()
    # the cover goes to the server with the book (base64 in the operation); the audit names it only
    tx.record("book_cover_set", {"book_uuid": book.uuid, "mime": cover.mime, "width": cover.width,
                                 "height": cover.height, "source": source[:300],
                                 "image": base64.b64encode(cover.image).decode("ascii")},
              row_uuid=book.uuid, entity="book", source=source[:300], width=cover.width, height=cover.height)
    return row


def drop_cover(tx: Tx, book: Book) -> bool:
    """Remove ``book``'s cover; False when it had none."""
    row = tx.s.get(BookCover, book.id)
    if row is None:
        return False
    tx.s.delete(row)
    tx.record("book_cover_remove", {"book_uuid": book.uuid}, row_uuid=book.uuid, entity="book")
    return True
