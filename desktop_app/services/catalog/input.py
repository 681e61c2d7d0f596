"""What a person types for a book or a copy, validated into clean values. The limits and the
labels in the messages are the field tables' (``domain.fields``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...domain.errors import InvalidInput
from ...domain.fields import BOOK, COPY, MAX_SHORT, Field, text_value
from ...domain.text import normalize_scan
from ...domain.values import AuthorRole, CopyStatus, ItemType
from ...formats.isbn import InvalidIsbn, normalize_isbn


@dataclass
class BookInput:
    title: str
    subtitle: str | None = None
    isbn: str | None = None
    publisher: str | None = None
    year: int | None = None
    edition: str | None = None
    language: str | None = None
    series: str | None = None
    series_number: str | None = None
    extent: str | None = None
    subjects: list[str] = field(default_factory=list)
    description: str | None = None
    item_type: str = ItemType.BOOK.value
    call_number: str | None = None
    links: list[str] = field(default_factory=list)  # web addresses (MARC 856 $u)
    authors: list[tuple[str, str]] = field(default_factory=list)  # (name, role) in order


@dataclass
class CleanBook:
    values: dict[str, object]
    authors: list[tuple[str, str]]


_AUTHOR = Field("authors", "Author", str, MAX_SHORT)


def item_type(value: str | None) -> str:
    """The ``ItemType`` a person or a file means ("DVD", "Blu-ray", "bk"); ``InvalidInput`` names
    the choices for a word it does not know."""
    found = ItemType.parse(value)
    if found is None:
        choices = ", ".join(t.value for t in ItemType)
        raise InvalidInput(f"Item type {value!r} is not one Library Desk knows; choose one of {choices}",
                           field="item_type")
    return found.value


def clean_book(data: BookInput, *, today: date) -> CleanBook:
    """Validate a book form. Raises ``InvalidInput`` naming the field and the problem."""
    def text(name: str) -> str | None:
        return text_value(BOOK[name], getattr(data, name))

    title = text("title")
    if not title:
        raise InvalidInput("A book needs a title", field="title")
    isbn13 = isbn10 = None
    if data.isbn and data.isbn.strip():
        try:
            isbn13, isbn10 = normalize_isbn(data.isbn)
        except InvalidIsbn as exc:
            raise InvalidInput(str(exc), field="isbn") from exc
    year = data.year
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise InvalidInput(f"Year {data.year!r} is not a number", field="year") from None
    if year is not None and not (0 < year <= today.year + 1):
        raise InvalidInput(f"Year {year} is not a plausible publication year", field="year")
    language = text("language")
    if language and not language.isalpha():
        raise InvalidInput(f"Language {language!r} must be a three-letter code such as 'eng'", field="language")
    authors: list[tuple[str, str]] = []
    for name, role in data.authors:
        clean = text_value(_AUTHOR, name)
        if not clean:
            continue
        try:
            authors.append((clean, AuthorRole(role or "author").value))
        except ValueError as exc:
            raise InvalidInput(f"Unknown author role {role!r} for {clean}", field="authors") from exc
    subjects = [s for s in (text_value(BOOK["subjects"], x) for x in data.subjects) if s]
    values: dict[str, object] = {
        "title": title,
        "subtitle": text("subtitle"),
        "isbn13": isbn13,
        "isbn10": isbn10,
        "publisher": text("publisher"),
        "year": int(year) if year is not None else None,
        "edition": text("edition"),
        "language": language.lower() if language else None,
        "series": text("series"),
        "series_number": text("series_number"),
        "extent": text("extent"),
        "subjects": "; ".join(subjects) or None,
        "description": text("description"),
        "item_type": item_type(data.item_type),
        "call_number": text("call_number"),
        "links": _links(data.links),
    }
    return CleanBook(values=values, authors=authors)


def _links(links: list[str]) -> str | None:
    """Web addresses joined by "; ", each one http(s):// or ftp:// without spaces."""
    kept: list[str] = []
    for raw in links:
        link = (raw or "").strip()
        if not link:
            continue
        if " " in link or ";" in link or not link.lower().startswith(("http://", "https://", "ftp://")):
            raise InvalidInput(f"Link {link[:80]!r} is not a web address (http:// or https://)", field="links")
        if link not in kept:
            kept.append(link)
    return text_value(BOOK["links"], "; ".join(kept)) if kept else None


@dataclass
class CopyInput:
    barcode: str | None = None  # generated when empty
    call_number: str | None = None
    location: str | None = None
    status: str = CopyStatus.AVAILABLE.value
    acquired: date | None = None
    price_cents: int | None = None
    notes: str | None = None


def clean_copy(data: CopyInput) -> dict[str, object]:
    barcode = normalize_scan(data.barcode) if data.barcode else None
    if data.barcode is not None and data.barcode.strip() and not barcode:
        raise InvalidInput(f"Barcode {data.barcode!r} has no usable characters", field="barcode")
    if barcode:
        text_value(COPY["barcode"], barcode)
    try:
        status = CopyStatus(data.status).value
    except ValueError as exc:
        raise InvalidInput(f"Unknown copy status {data.status!r}", field="status") from exc
    if status == CopyStatus.ON_LOAN or status == CopyStatus.ON_HOLD_SHELF:
        raise InvalidInput("A copy goes on loan or on the hold shelf through the desk, not by editing",
                           field="status")
    price = COPY["price_cents"]
    if data.price_cents is not None and (not isinstance(data.price_cents, int) or isinstance(data.price_cents, bool)
                                         or not (price.low or 0) <= data.price_cents <= (price.limit or 0)):
        raise InvalidInput("A price cannot be negative: it is a whole number of cents", field="price")
    if data.acquired is not None and not isinstance(data.acquired, date):
        raise InvalidInput("The acquisition date is not a date", field="acquired")
    return {
        "barcode": barcode,
        "call_number": text_value(COPY["call_number"], data.call_number),
        "location": text_value(COPY["location"], data.location),
        "status": status,
        "acquired": data.acquired,
        "price_cents": data.price_cents,
        "notes": text_value(COPY["notes"], data.notes),
    }
