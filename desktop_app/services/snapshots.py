"""Plain-JSON pictures of rows, as written to the journal and exchanged with the server.
Rows refer to each other by ``uuid``, never by local ids."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..db.models import Book, Copy, Member
from ..domain.fields import BOOK, COPY, MEMBER


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def book_data(book: Book) -> dict[str, Any]:
    data = {name: _json(getattr(book, name)) for name in BOOK.picture}
    data["uuid"] = book.uuid
    data["version"] = book.version
    data["authors"] = [
        {"uuid": c.author.uuid, "name": c.author.name, "role": c.role} for c in book.credits
    ]
    return data


def copy_data(copy: Copy, book_uuid: str) -> dict[str, Any]:
    data = {name: _json(getattr(copy, name)) for name in COPY.picture}
    data.update(uuid=copy.uuid, version=copy.version, book_uuid=book_uuid)
    return data


def member_data(member: Member) -> dict[str, Any]:
    data = {name: _json(getattr(member, name)) for name in MEMBER.picture}
    data.update(uuid=member.uuid, version=member.version, category=member.category.code)
    return data
