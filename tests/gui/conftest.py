"""GUI fixtures: the one worker, a UiContext for the logged-in admin, and a small stocked
library (books with copies, members) built through the services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from desktop_app.config import LocalSettings, Paths
from desktop_app.services import Actor, Services
from desktop_app.services.catalog_input import BookInput, CopyInput
from desktop_app.services.members import MemberInput
from desktop_app.ui.context import UiContext
from desktop_app.ui.worker import Worker


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
