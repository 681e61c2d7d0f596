"""Plain-JSON pictures of rows, as written to the journal and exchanged with the server.
Rows refer to each other by ``uuid``, never by local ids."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..db.models import Book, Copy, Member


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


BOOK_FIELDS = ("title", "subtitle", "isbn13", "isbn10", "publisher", "year", "edition", "language", "series",
               "subjects", "description", "item_type", "call_number")
COPY_FIELDS = ("barcode", "call_number", "location", "status", "acquired", "price_cents", "notes")
MEMBER_FIELDS = ("card_number", "first_name", "last_name", "email", "phone", "address", "joined", "expires",
                 "blocked", "block_reason", "notes")


def book_data(book: Book) -> dict[str, Any]:
    data = {name: _json(getattr(book, name)) for name in BOOK_FIELDS}
    data["uuid"] = book.uuid
    data["version"] = book.version
    data["authors"] = [
        {"uuid": c.author.uuid, "name": c.author.name, "role": c.role} for c in book.credits
    ]
    return data


def copy_data(copy: Copy, book_uuid: str) -> dict[str, Any]:
    data = {name: _json(getattr(copy, name)) for name in COPY_FIELDS}
    data.update(uuid=copy.uuid, version=copy.version, book_uuid=book_uuid)
    return data


def member_data(member: Member) -> dict[str, Any]:
    data = {name: _json(getattr(member, name)) for name in MEMBER_FIELDS}
    data.update(uuid=member.uuid, version=member.version, category=member.category.code)
    return data
