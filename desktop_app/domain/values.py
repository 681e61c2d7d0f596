"""Value types shared by the rules: statuses, roles, policies and snapshots of rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class CopyStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    ON_HOLD_SHELF = "on_hold_shelf"
    LOST = "lost"
    DAMAGED = "damaged"
    WITHDRAWN = "withdrawn"
    NOT_FOR_LOAN = "not_for_loan"  # reference: on the shelf, never lent
    IN_REPAIR = "in_repair"


class ItemType(StrEnum):
    """What kind of thing a title is: the one vocabulary of the forms, the import files, MARC,
    the loan rules per type and the REST API."""

    BOOK = "book"
    EBOOK = "ebook"
    AUDIOBOOK = "audiobook"
    MUSIC = "music"
    DVD = "dvd"
    MAGAZINE = "magazine"
    MAP = "map"
    SCORE = "score"
    SOFTWARE = "software"
    GAME = "game"
    KIT = "kit"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ITEM_LABELS[self]

    @classmethod
    def parse(cls, text: str | None) -> ItemType | None:
        """The type a file or a person means by ``text`` ("DVD", "Blu-ray", "cd", "serial",
        Koha's "BK"), or None for a word it does not know. Empty means a book."""
        word = " ".join((text or "").lower().replace("_", " ").replace("-", " ").split())
        if not word:
            return cls.BOOK
        try:
            return cls(word.replace(" ", ""))
        except ValueError:
            return _ITEM_ALIASES.get(word)


_ITEM_LABELS = {
    ItemType.BOOK: "Book", ItemType.EBOOK: "E-book", ItemType.AUDIOBOOK: "Audiobook", ItemType.MUSIC: "Music",
    ItemType.DVD: "DVD / video", ItemType.MAGAZINE: "Magazine", ItemType.MAP: "Map", ItemType.SCORE: "Score",
    ItemType.SOFTWARE: "Software", ItemType.GAME: "Game", ItemType.KIT: "Kit", ItemType.OTHER: "Other",
}
_ITEM_ALIASES = {
    **dict.fromkeys(("bk", "books", "text", "print", "large print", "reference", "ref", "paperback", "hardback",
                     "hardcover", "monograph", "comic", "graphic novel"), ItemType.BOOK),
    **dict.fromkeys(("e book", "electronic book", "online"), ItemType.EBOOK),
    **dict.fromkeys(("audio book", "spoken word", "talking book"), ItemType.AUDIOBOOK),
    **dict.fromkeys(("cd", "sound recording", "sr", "mu", "audio", "record", "vinyl"), ItemType.MUSIC),
    **dict.fromkeys(("video", "vm", "blu ray", "bluray", "film", "movie", "vhs", "videorecording"), ItemType.DVD),
    **dict.fromkeys(("serial", "journal", "periodical", "newspaper", "cr", "magazines"), ItemType.MAGAZINE),
    **dict.fromkeys(("mp", "atlas", "cartographic"), ItemType.MAP),
    **dict.fromkeys(("sheet music", "music score", "notated music"), ItemType.SCORE),
    **dict.fromkeys(("cf", "computer file", "cd rom"), ItemType.SOFTWARE),
    **dict.fromkeys(("board game", "video game", "toy", "puzzle"), ItemType.GAME),
    **dict.fromkeys(("mx", "mixed", "mixed materials", "realia", "object"), ItemType.KIT),
}


class HoldStatus(StrEnum):
    WAITING = "waiting"
    READY = "ready"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class FeeKind(StrEnum):
    OVERDUE = "overdue"
    LOST = "lost"
    MANUAL = "manual"


class Role(StrEnum):
    ADMIN = "admin"
    LIBRARIAN = "librarian"
    DESK = "desk"
    MEMBER = "member"


class AuthorRole(StrEnum):
    AUTHOR = "author"
    EDITOR = "editor"
    ILLUSTRATOR = "illustrator"
    TRANSLATOR = "translator"
    NARRATOR = "narrator"
    CONTRIBUTOR = "contributor"  # any other role (MARC relator ctb); a kept record has the exact term


ROLE_RANK = {Role.MEMBER: 0, Role.DESK: 1, Role.LIBRARIAN: 2, Role.ADMIN: 3}

ACTIVE_HOLD = (HoldStatus.WAITING, HoldStatus.READY)


@dataclass(frozen=True)
class LoanPolicy:
    """A member category's loan rules. Money in cents; ``None`` limits mean no limit."""

    loan_days: int = 21
    max_loans: int = 10
    max_renewals: int = 2
    max_holds: int = 5
    fines_enabled: bool = True
    fine_per_day_cents: int = 10
    fine_cap_cents: int = 500
    grace_days: int = 0
    max_overdue_days: int | None = 30
    max_owed_cents: int | None = 1000
    item_type_loan_days: dict[str, int] = field(default_factory=dict)

    def days_for(self, item_type: str | None) -> int:
        if item_type and item_type in self.item_type_loan_days:
            return self.item_type_loan_days[item_type]
        return self.loan_days


@dataclass(frozen=True)
class LibraryCalendar:
    """Weekly closed days (0 = Monday ... 6 = Sunday) and single closed dates."""

    closed_weekdays: frozenset[int] = frozenset()
    closed_dates: frozenset[date] = frozenset()

    def is_open(self, day: date) -> bool:
        return day.weekday() not in self.closed_weekdays and day not in self.closed_dates


@dataclass(frozen=True)
class MemberSnapshot:
    """What the rules need to know about a member."""

    name: str
    card_number: str
    expires: date | None
    blocked: bool
    block_reason: str | None
    open_loans: int
    oldest_overdue_days: int
    owed_cents: int
    active_holds: int
    policy: LoanPolicy


@dataclass(frozen=True)
class CopySnapshot:
    barcode: str
    title: str
    status: CopyStatus
    item_type: str | None = None
    # who holds it now (for on_loan) or who it waits for (on_hold_shelf)
    borrower_name: str | None = None
    due_date: date | None = None
    reserved_for_member: str | None = None  # card number the hold-shelf copy is for
    reserved_for_name: str | None = None


@dataclass(frozen=True)
class LoanSnapshot:
    checked_out_at: datetime
    due_date: date
    renewals: int
    returned_at: datetime | None = None
