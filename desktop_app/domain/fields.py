"""Every field of a book, a copy and a member, declared once.

Each ``Field`` says what the field is (name, type, limits, the label a person reads) and who
uses it:

- ``typed``: a person gives it (the desk's form, the REST body, an import file);
- ``editable``: an edit may change it later (else only its own action does: a copy's status
  moves through circulation, a member is blocked by "Block");
- ``stored``: a column of the row; ``derived``: stored, but worked out by the program (sort
  keys, search text, when it was added);
- ``shown``: on the detail view and the REST detail; ``exported``: a column of the CSV export,
  headed by its label;
- ``replicated``: sent in the sync feed (the journal's picture of a row is the stored fields
  that are not derived).

The input checks, the snapshots, the sync specs, the server's schemas, the exports and the
forms read these tables: a new field is one line here, a column and a migration.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .errors import InvalidInput
from .values import CopyStatus, ItemType


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: type  # str, int, bool, date, datetime; ``choices`` narrows a str, ``many`` makes a list
    limit: int | None = None  # the most characters of a text, the largest value of a number
    low: int | None = None  # the smallest value of a number
    required: bool = False
    null: bool = True  # a row may have it empty
    choices: type[StrEnum] | None = None
    many: bool = False  # a list of texts, stored joined by "; "
    typed: bool = True
    editable: bool = True
    stored: bool = True
    shown: bool = True
    exported: bool = True
    replicated: bool = True
    derived: bool = False  # stored but worked out by the program (sort keys, search text)
    help: str = ""

    @property
    def text(self) -> bool:
        return self.kind is str


def _derived(name: str, label: str, *, shown: bool = False) -> Field:
    return Field(name, label, str, typed=False, editable=False, null=False, shown=shown, exported=False,
                 derived=True)


def _added(*, exported: bool = False) -> Field:
    return Field("created_at", "Added", datetime, typed=False, editable=False, null=False, exported=exported,
                 derived=True)


class Table:
    """The fields of one kind of row, in the order a person reads them."""

    def __init__(self, entity: str, *fields: Field) -> None:
        self.entity = entity
        self.fields = fields
        self._by_name = {f.name: f for f in fields}

    def __getitem__(self, name: str) -> Field:
        return self._by_name[name]

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def names(self, **flags: bool) -> tuple[str, ...]:
        """The names of the fields whose flags (``typed=True``, ``derived=False``...) match."""
        return tuple(f.name for f in self.fields if all(getattr(f, k) == v for k, v in flags.items()))

    def of_type(self, kind: type) -> frozenset[str]:
        """The stored fields of one type (the dates, the datetimes...)."""
        return frozenset(f.name for f in self.fields if f.kind is kind and f.stored)

    @property
    def picture(self) -> tuple[str, ...]:
        """What the journal and a replayed edit compare: the stored fields a person gave."""
        return self.names(stored=True, derived=False)

    @property
    def editable(self) -> tuple[str, ...]:
        return self.names(typed=True, editable=True)


def text_value(field: Field, value: object) -> str | None:
    """``value`` as the field keeps it: spaces collapsed, empty as None; ``InvalidInput`` when it
    is longer than the field's limit (the message names the field as a person reads it)."""
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    if field.limit is not None and len(cleaned) > field.limit:
        raise InvalidInput(f"{field.label} is too long ({len(cleaned)} characters; at most {field.limit})",
                           field=field.name)
    return cleaned or None


MAX_TITLE = 1000
MAX_TEXT = 20_000
MAX_SHORT = 300

BOOK = Table(
    "book",
    Field("title", "Title", str, MAX_TITLE, required=True, null=False),
    Field("subtitle", "Subtitle", str, MAX_TITLE),
    Field("isbn", "ISBN", str, 40, stored=False, shown=False, exported=False, replicated=False,
          help="ISBN-10 or ISBN-13, with or without hyphens; kept as both"),
    Field("isbn13", "ISBN", str, 13, typed=False),
    Field("isbn10", "ISBN-10", str, 10, typed=False, exported=False),
    Field("publisher", "Publisher", str, MAX_SHORT),
    Field("year", "Year", int, 9999, low=0),
    Field("edition", "Edition", str, 100),
    Field("language", "Language", str, 3, help="MARC three-letter code such as eng, ger, fre"),
    Field("series", "Series", str, MAX_SHORT),
    Field("series_number", "Number in series", str, 30),
    Field("extent", "Extent", str, MAX_SHORT, help="Pages and size, as MARC 300: 320 p. : ill. ; 24 cm"),
    Field("subjects", "Subjects", str, MAX_SHORT, many=True),
    Field("description", "Description", str, MAX_TEXT),
    Field("item_type", "Item type", str, 30, choices=ItemType, null=False),
    Field("call_number", "Call number", str, 100),
    Field("links", "Links", str, 2000, many=True, help="Web addresses (MARC 856), separated by ;"),
    _derived("author_names", "Authors", shown=True),
    _derived("isbn_search", "ISBN search text"),
    _derived("search_extra", "More search text"),
    _derived("title_sort", "Title sort key"),
    _derived("author_sort", "Author sort key"),
    _added(),
)

COPY = Table(
    "copy",
    Field("barcode", "Barcode", str, 64, null=False, help="Generated when empty"),
    Field("call_number", "Call number", str, 100),
    Field("location", "Location", str, 100),
    Field("status", "Status", str, 20, choices=CopyStatus, editable=False, null=False),
    Field("acquired", "Acquired", date),
    Field("price_cents", "Price", int, 10**9, low=0, help="Whole cents"),
    Field("notes", "Notes", str, MAX_TEXT),
    _added(exported=True),
)

MEMBER = Table(
    "member",
    Field("card_number", "Card number", str, 64, editable=False, null=False, help="Generated when empty"),
    Field("first_name", "First name", str, 100, required=True, null=False),
    Field("last_name", "Last name", str, 100, required=True, null=False),
    Field("email", "Email", str, 200),
    Field("phone", "Phone", str, 50),
    Field("address", "Address", str, 1000),
    Field("category", "Category", str, 30, stored=False, replicated=False, null=False,
          help="The category's code; the library's default when empty"),
    Field("joined", "Joined", date, null=False, help="Today when empty"),
    Field("expires", "Expires", date),
    Field("blocked", "Blocked", bool, typed=False, editable=False, null=False),
    Field("block_reason", "Block reason", str, 2000, typed=False, editable=False),
    Field("notes", "Notes", str, 5000, shown=False, help="For the staff only"),
    _derived("name_sort", "Name sort key"),
    _added(),
)
