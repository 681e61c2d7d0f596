"""Integration fixtures: the shared template library gains a librarian and a desk account
(hashed once per session), actors for each role, a clock the tests move by hand, and small
factories for books with copies and members of a category."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.services import Actor, Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.accounts import staff_actor
from desktop_app.services.people.members import MemberInput

LIBRARIAN_PASSWORD = "librarian pass"
DESK_PASSWORD = "desk password"
# A Monday; the template library is closed on Sundays.
MONDAY = date(2026, 3, 2)


@pytest.fixture(scope="session")
def template_library(template_library: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared template plus a librarian ('lena') and a desk clerk ('dirk')."""
    folder = tmp_path_factory.mktemp("template_staff") / "library"
    shutil.copytree(template_library, folder)
    svc = Services(open_library(Paths(folder)))
    try:
        admin = staff_actor(svc.accounts.get_staff("admin"))
        svc.accounts.create_staff(admin, username="lena", display_name="Lena Librarian",
                                  password=LIBRARIAN_PASSWORD, role="librarian")
        svc.accounts.create_staff(admin, username="dirk", display_name="Dirk Desk", password=DESK_PASSWORD,
                                  role="desk")
    finally:
        svc.close()
    return folder


@dataclass
class Clock:
    """A hand-moved clock: always noon UTC of ``day`` plus ``extra`` (same local date
    anywhere from UTC-11 to UTC+11)."""

    day: date
    extra: timedelta = timedelta()

    def now(self) -> datetime:
        return datetime.combine(self.day, time(12, 0), tzinfo=UTC) + self.extra

    def advance(self, days: int = 0, *, seconds: float = 0) -> None:
        self.day += timedelta(days=days)
        self.extra += timedelta(seconds=seconds)

    def set(self, day: date) -> None:
        self.day, self.extra = day, timedelta()


@pytest.fixture
def clock(services: Services) -> Clock:
    """The library's clock, set to Monday 2 March 2026 at noon UTC."""
    c = Clock(MONDAY)
    services.library.set_clock(c.now)
    return c


def _actor(services: Services, username: str) -> Actor:
    return staff_actor(services.accounts.get_staff(username), desk="desk-1")


@pytest.fixture
def admin(services: Services) -> Actor:
    """The first admin, without paying for a password check in every test."""
    return _actor(services, "admin")


@pytest.fixture
def librarian(services: Services) -> Actor:
    return _actor(services, "lena")


@pytest.fixture
def desk(services: Services) -> Actor:
    return _actor(services, "dirk")


# -- factories ------------------------------------------------------------------------------
def _add_book(services: Services, actor: Actor, title: str = "Dune", *, copies: int | list[str] = 1,
             authors: list[str] | None = None, isbn: str | None = None, item_type: str = "book",
             **fields: object) -> tuple[int, list[str]]:
    """Add a book with ``copies`` copies (a count for generated barcodes, or the barcodes).
    Returns the book id and the copies' barcodes in the order given."""
    inputs = ([CopyInput(barcode=b, price_cents=1500) for b in copies] if isinstance(copies, list)
              else [CopyInput(price_cents=1500) for _ in range(copies)])
    book_id = services.catalog.add_book(
        actor, BookInput(title=title, isbn=isbn, item_type=item_type,
                         authors=[(a, "author") for a in (authors or [])], **fields),  # type: ignore[arg-type]
        copies=inputs)
    view = services.catalog.book(book_id)
    if isinstance(copies, list):
        wanted = [c.upper() for c in copies]
        return book_id, [b for b in wanted if any(cv.barcode == b for cv in view.copies)]
    return book_id, [c.barcode for c in view.copies]


def _add_member(services: Services, actor: Actor, first: str = "Ana", last: str = "Ruiz", *,
               category: str = "adult", **fields: object) -> str:
    """Register a member and return the generated card number."""
    member = services.members.register(actor, MemberInput(first_name=first, last_name=last, category=category,
                                                          **fields))  # type: ignore[arg-type]
    return member.card_number


@pytest.fixture
def make_book(services: Services, admin: Actor, clock: Clock):  # type: ignore[no-untyped-def]
    """``make_book(title, copies=1, authors=[...], isbn=..., item_type=...) -> (id, barcodes)``."""
    def make(title: str = "Dune", **kwargs: object) -> tuple[int, list[str]]:
        return _add_book(services, admin, title, **kwargs)  # type: ignore[arg-type]
    return make


@pytest.fixture
def make_member(services: Services, admin: Actor, clock: Clock):  # type: ignore[no-untyped-def]
    """``make_member(first, last, category="adult", **fields) -> card number``."""
    def make(first: str = "Ana", last: str = "Ruiz", **kwargs: object) -> str:
        return _add_member(services, admin, first, last, **kwargs)  # type: ignore[arg-type]
    return make
