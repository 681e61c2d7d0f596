"""Plain records that importers produce and exporters consume.

These are deliberately dumb containers: no database ids, no validation beyond what the type
says. Importers fill them from files; services decide what to do with them. Every record carries
``source_ref`` ("record 12", "line 7") so a problem found later can still name its origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

AUTHOR_ROLES: tuple[str, ...] = ("author", "editor", "illustrator", "translator", "narrator", "contributor")
"""The contributor roles the catalogue knows."""

#: Relator terms and codes (MARC $e / $4, LibraryThing's and Goodreads' role words) -> role.
ROLE_WORDS: dict[str, str] = {
    "aut": "author", "author": "author", "authors": "author", "joint author": "author",
    "writer": "author", "cre": "author", "creator": "author", "cmp": "author",
    "composer": "author", "primary author": "author",
    "edt": "editor", "editor": "editor", "ed": "editor", "eds": "editor", "com": "editor",
    "compiler": "editor", "edited by": "editor", "editors": "editor",
    "ill": "illustrator", "illustrator": "illustrator", "illus": "illustrator",
    "illustrated by": "illustrator", "illustrations": "illustrator",
    "trl": "translator", "translator": "translator", "tr": "translator",
    "trans": "translator", "translated by": "translator",
    "nrt": "narrator", "narrator": "narrator", "narr": "narrator", "read by": "narrator",
    "reader": "narrator", "narrated by": "narrator",
    "ctb": "contributor", "contributor": "contributor", "contributors": "contributor",
}


def role_for(term: str) -> str | None:
    """The role a relator term or code means ("Narrator", "trl", "edited by"), None if unknown."""
    return ROLE_WORDS.get(term.strip().strip(".,;: ").lower())


Severity = Literal["error", "warning"]
#: The two MARC encodings read and written: ISO 2709 transmission format and MARCXML.
MarcFormat = Literal["marc", "marcxml"]


@dataclass(slots=True)
class AuthorCredit:
    """One person or body credited on a title.

    ``name`` is kept as the source gives it ("Herbert, Frank" stays inverted); ``role`` is one
    of :data:`AUTHOR_ROLES`.
    """

    name: str
    role: str = "author"


@dataclass(slots=True)
class CopyRecord:
    """One physical copy (item) of a title.

    ``status`` is ``None`` for an ordinary copy, otherwise one of "lost", "withdrawn",
    "damaged", "not_for_loan". Money is integer cents. An empty ``barcode`` asks for a
    generated one (a spreadsheet that counts copies instead of listing them).
    """

    barcode: str
    call_number: str | None = None
    location: str | None = None
    status: str | None = None
    price_cents: int | None = None
    acquired: date | None = None
    notes: str | None = None


@dataclass(slots=True)
class BookRecord:
    """One catalogue title with its contributors and copies.

    ``isbn13``/``isbn10`` are bare digits (no hyphens) or ``None``; ``language`` is a MARC
    three-letter code ("eng") or ``None``; ``item_type`` is an ``ItemType`` value (readers
    map the words of their files onto it).
    """

    title: str
    subtitle: str | None = None
    isbn13: str | None = None
    isbn10: str | None = None
    publisher: str | None = None
    year: int | None = None
    edition: str | None = None
    language: str | None = None
    series: str | None = None
    series_number: str | None = None
    extent: str | None = None
    subjects: list[str] = field(default_factory=list)
    description: str | None = None
    item_type: str = "book"
    call_number: str | None = None
    links: list[str] = field(default_factory=list)
    authors: list[AuthorCredit] = field(default_factory=list)
    copies: list[CopyRecord] = field(default_factory=list)
    source_ref: str = ""
    #: The whole record as read (ISO 2709, UTF-8) when it came from a MARC file, to be kept.
    marc: bytes | None = None
    #: "003 001" (or the 001 alone) of a MARC record.
    control_number: str | None = None


@dataclass(slots=True)
class MemberRecord:
    """One library member (patron) as read from a file.

    ``category`` is the library's own category code ("ADULT", "CHILD") or ``None``.
    """

    card_number: str | None
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    category: str | None = None
    joined: date | None = None
    expires: date | None = None
    notes: str | None = None
    source_ref: str = ""


@dataclass(slots=True, frozen=True)
class Problem:
    """Something wrong in an input file, found at one place.

    ``severity`` "error" means the record at ``where`` was *not* produced; "warning" means it
    was produced (right before this problem) but ``field`` was left empty or partly read.
    """

    source: str
    where: str
    field: str | None
    reason: str
    severity: Severity = "error"

    def __str__(self) -> str:
        place = f"{self.source}, {self.where}" if self.where else self.source
        if self.field:
            place += f", {self.field}"
        return f"{place}: {self.reason}"


class FormatError(Exception):
    """A whole file cannot be read (no header, not a MARC file at all, ...).

    ``str(error)`` is a full sentence naming the file and place, for example
    "books.mrc, record 3: leader is not a MARC21 leader (...)".
    """

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem
