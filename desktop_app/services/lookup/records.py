"""What a look-up keeps beside a title: its cover (``book_covers``), written inside the action
that adds or changes the title, with an audit event and a journal operation; helper functions
``tx`` first, like the catalogue's transitions. The whole MARC record is kept by the
catalogue's own ``catalog.records.keep_record`` (the one the importer uses), so a looked-up
record travels in sync like an imported one."""

from __future__ import annotations

import base64

from ...db.models import Book
from ...db.record_models import BookCover
from ..transaction import Tx
from .covers import CoverImage


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
