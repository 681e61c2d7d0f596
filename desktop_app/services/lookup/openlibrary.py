"""The Open Library Books API (``/api/books?bibkeys=ISBN:...&format=json&jscmd=data``) and its
covers (``covers.openlibrary.org/b/isbn/ISBN-M.jpg``; ``?default=false`` answers 404 when there
is none). The answer is a JSON object keyed by the bibkey asked for; ``{}`` means not found."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from ...domain.targets import Target
from ...formats.isbn import InvalidIsbn, normalize_isbn
from ...formats.records import AuthorCredit, BookRecord
from .http import BAD_DATA, TargetFailed, get

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
MAX_SUBJECTS = 12


def cover_url(target: Target, isbn13: str) -> str:
    """Where the medium cover of ``isbn13`` is: the covers host beside openlibrary.org, else the
    target's own address (a mirror, a test server)."""
    host = urlsplit(target.url).hostname or ""
    base = "https://covers.openlibrary.org" if host.endswith("openlibrary.org") else target.url
    return f"{base}/b/isbn/{isbn13}-M.jpg?default=false"


def search(target: Target, isbn13: str, *, timeout: float) -> tuple[BookRecord | None, str | None]:
    """The record of ``isbn13`` and its cover's address, or (None, None) when Open Library has
    no such book."""
    key = f"ISBN:{isbn13}"
    body = get(f"{target.url}/api/books", params={"bibkeys": key, "format": "json", "jscmd": "data"},
               timeout=timeout, target=target.name)
    return parse_books(body or b"", key, target=target, isbn13=isbn13)


def _names(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item if isinstance(item, str) else None
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def parse_books(body: bytes, key: str, *, target: Target, isbn13: str) -> tuple[BookRecord | None, str | None]:
    try:
        answer = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TargetFailed(target.name, BAD_DATA, f"{target.name} sent an answer that is not JSON ({exc})") from None
    if not isinstance(answer, dict):
        raise TargetFailed(target.name, BAD_DATA, f"{target.name} sent JSON that is not an object of books")
    data = answer.get(key)
    if data is None:
        return None, None
    if not isinstance(data, dict) or not isinstance(data.get("title"), str) or not data["title"].strip():
        raise TargetFailed(target.name, BAD_DATA, f"{target.name} sent a book without a title for {key}")
    book = BookRecord(title=data["title"].strip(), source_ref=target.name)
    subtitle = data.get("subtitle")
    book.subtitle = subtitle.strip() or None if isinstance(subtitle, str) else None
    identifiers: dict[str, Any] = data["identifiers"] if isinstance(data.get("identifiers"), dict) else {}
    found = [*(identifiers.get("isbn_13") or []), *(identifiers.get("isbn_10") or []), isbn13]
    for candidate in found:
        try:
            book.isbn13, book.isbn10 = normalize_isbn(str(candidate))
            break
        except InvalidIsbn:
            continue
    book.authors = [AuthorCredit(name) for name in _names(data.get("authors"))]
    publishers = _names(data.get("publishers"))
    book.publisher = publishers[0] if publishers else None
    year = _YEAR.search(str(data.get("publish_date") or ""))
    book.year = int(year.group(1)) if year else None
    pages = data.get("number_of_pages")
    book.extent = f"{pages} pages" if isinstance(pages, int) and pages > 0 else None
    if not book.extent and isinstance(data.get("pagination"), str):
        book.extent = data["pagination"].strip() or None
    book.subjects = _names(data.get("subjects"))[:MAX_SUBJECTS]
    notes = data.get("notes")
    book.description = notes.strip() or None if isinstance(notes, str) else None
    url = data.get("url")
    book.links = [url] if isinstance(url, str) and url.startswith(("http://", "https://")) else []
    cover: dict[str, Any] = data["cover"] if isinstance(data.get("cover"), dict) else {}
    shown = cover.get("medium") or cover.get("large") or cover.get("small")
    if isinstance(shown, str) and shown.startswith(("http://", "https://")):
        return book, shown
    return book, cover_url(target, book.isbn13 or isbn13)
