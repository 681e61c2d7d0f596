"""GUI fixtures: the one worker, a UiContext for the logged-in admin, and a small stocked
library (books with copies, members) built through the services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from desktop_app.config import LocalSettings, Paths
from desktop_app.services import Actor, Services
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.members import MemberInput
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.worker import Worker


@pytest.fixture
def lend_days_ago(services: Services) -> Any:
    """``lend_days_ago(actor, card, barcode, days=3)``: lend as if some days ago (a renewal on
    the day of lending gives no more time and is refused)."""
    from datetime import timedelta

    def lend(actor: Actor, card: str, barcode: str, days: int = 3) -> None:
        real = services.library.clock
        services.library.set_clock(lambda: real() - timedelta(days=days))
        try:
            services.circulation.checkout(actor, card, barcode)
        finally:
            services.library.set_clock(real)

    return lend


@pytest.fixture
def worker(qapp: object) -> Iterator[Worker]:
    w = Worker()
    yield w
    w.wait_idle(10)
    w.stop()


@pytest.fixture
def ctx(services: Services, admin: Actor, worker: Worker, library_paths: Paths) -> UiContext:
    return UiContext(services=services, actor=admin, worker=worker,
                     settings=LocalSettings(library_paths.settings_file), paths=library_paths)


@dataclass
class Stock:
    """What ``stock`` put in the library: barcodes per title, members' card numbers."""

    books: dict[str, int]
    copies: dict[str, list[str]]
    ana: str
    ben: str

    def barcodes(self) -> list[str]:
        return [code for codes in self.copies.values() for code in codes]


TITLES = ("Dune", "Emma", "Ulysses", "Beloved", "Middlemarch", "Solaris")


@pytest.fixture
def stock(services: Services, admin: Actor) -> Stock:
    books: dict[str, int] = {}
    copies: dict[str, list[str]] = {}
    for i, title in enumerate(TITLES):
        book_id = services.catalog.add_book(admin, BookInput(title=title, authors=[(f"Author {i}", "author")]),
                                            copies=[CopyInput(), CopyInput()])
        books[title] = book_id
        copies[title] = [c.barcode for c in services.catalog.book(book_id).copies]
    ana = services.members.register(admin, MemberInput(first_name="Ana", last_name="Ruiz")).card_number
    ben = services.members.register(admin, MemberInput(first_name="Ben", last_name="Okafor")).card_number
    services.members.set_pin(admin, ana, "1234")
    return Stock(books, copies, ana, ben)
