"""What a person types for a book or a copy, validated into clean values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...domain.errors import InvalidInput
from ...domain.text import normalize_scan
from ...domain.values import AuthorRole, CopyStatus
from ...formats.isbn import InvalidIsbn, normalize_isbn

MAX_TITLE = 1000
MAX_TEXT = 20_000
MAX_SHORT = 300


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
    subjects: list[str] = field(default_factory=list)
    description: str | None = None
    item_type: str = "book"
    call_number: str | None = None
    authors: list[tuple[str, str]] = field(default_factory=list)  # (name, role) in order


@dataclass
class CleanBook:
    values: dict[str, object]
    authors: list[tuple[str, str]]


def _text(value: str | None, field_name: str, limit: int = MAX_SHORT) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    if len(cleaned) > limit:
        raise InvalidInput(f"{field_name.capitalize()} is too long ({len(cleaned)} characters; at most {limit})",
                           field=field_name)
    return cleaned or None


def clean_book(data: BookInput, *, today: date) -> CleanBook:
    """Validate a book form. Raises ``InvalidInput`` naming the field and the problem."""
    title = _text(data.title, "title", MAX_TITLE)
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
    language = _text(data.language, "language", 3)
    if language and not language.isalpha():
        raise InvalidInput(f"Language {language!r} must be a three-letter code such as 'eng'", field="language")
    authors: list[tuple[str, str]] = []
    for name, role in data.authors:
        clean = _text(name, "author", MAX_SHORT)
        if not clean:
            continue
        try:
            authors.append((clean, AuthorRole(role or "author").value))
        except ValueError as exc:
            raise InvalidInput(f"Unknown author role {role!r} for {clean}", field="authors") from exc
    subjects = [s for s in (_text(x, "subject") for x in data.subjects) if s]
    values: dict[str, object] = {
        "title": title,
        "subtitle": _text(data.subtitle, "subtitle", MAX_TITLE),
        "isbn13": isbn13,
        "isbn10": isbn10,
        "publisher": _text(data.publisher, "publisher"),
        "year": int(year) if year is not None else None,
        "edition": _text(data.edition, "edition", 100),
        "language": language.lower() if language else None,
        "series": _text(data.series, "series"),
        "subjects": "; ".join(subjects) or None,
        "description": _text(data.description, "description", MAX_TEXT),
        "item_type": _text(data.item_type, "item type", 30) or "book",
        "call_number": _text(data.call_number, "call number", 100),
    }
    return CleanBook(values=values, authors=authors)


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
    if barcode and len(barcode) > 64:
        raise InvalidInput(f"Barcode is too long ({len(barcode)} characters; at most 64)", field="barcode")
    try:
        status = CopyStatus(data.status).value
    except ValueError as exc:
        raise InvalidInput(f"Unknown copy status {data.status!r}", field="status") from exc
    if status == CopyStatus.ON_LOAN or status == CopyStatus.ON_HOLD_SHELF:
        raise InvalidInput("A copy goes on loan or on the hold shelf through the desk, not by editing",
                           field="status")
    if data.price_cents is not None and (not isinstance(data.price_cents, int) or isinstance(data.price_cents, bool)
                                         or not 0 <= data.price_cents <= 10**9):
        raise InvalidInput("A price cannot be negative: it is a whole number of cents", field="price")
    if data.acquired is not None and not isinstance(data.acquired, date):
        raise InvalidInput("The acquisition date is not a date", field="acquired")
    return {
        "barcode": barcode,
        "call_number": _text(data.call_number, "call number", 100),
        "location": _text(data.location, "location", 100),
        "status": status,
        "acquired": data.acquired,
        "price_cents": data.price_cents,
        "notes": _text(data.notes, "notes", MAX_TEXT),
    }
