"""Search finds what a librarian types (issue 11, part 8), on the desk's SQLite FTS index and on
the server's PostgreSQL: a copy's barcode, the start of a call number, the publisher, a series
with its number, and words with ø, æ, œ, ß typed with or without them (and accents on PostgreSQL
too). Through the REST API as a member would search, and through the services as the desk does."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import walk
from server_seed import ANA

from desktop_app.services.catalog.input import BookInput, CopyInput

BOOKS = [
    BookInput(title="Enten-Eller", authors=[("Søren Kierkegaard", "author")], publisher="Gyldendal", year=1843,
              call_number="198.9 KIE"),
    BookInput(title="Æsops fabler", authors=[("Æsop", "author")], publisher="Cappelen", year=1990),
    BookInput(title="Die Straße", authors=[("Ann Petry", "author")], publisher="Rowohlt", year=1946),
    BookInput(title="Œuvres complètes", authors=[("Arthur Rimbaud", "author")], publisher="Gallimard", year=1972),
    BookInput(title="Guards! Guards!", authors=[("Terry Pratchett", "author")], series="Discworld",
              series_number="8", publisher="Gollancz", year=1989, call_number="FIC PRA"),
    BookInput(title="Mort", authors=[("Terry Pratchett", "author")], series="Discworld", series_number="4",
              publisher="Gollancz", year=1987, call_number="FIC PRA"),
]


@pytest.fixture
def stocked(api: Any) -> dict[str, int]:
    admin = api.actor("admin")
    ids: dict[str, int] = {}
    for n, data in enumerate(BOOKS):
        ids[data.title] = api.services.catalog.add_book(
            admin, data, copies=[CopyInput(barcode=f"LIB-{n:04d}", call_number=data.call_number)])
    # A copy shelved apart from its title's call number.
    api.services.catalog.add_copies(admin, ids["Mort"], [CopyInput(barcode="LIB-9001", call_number="823.914 PRA")])
    return ids


def titles(api: Any, q: str) -> list[str]:
    return [item["title"] for item in walk(api, "/books", ANA[0], q=q, limit=50)[0]]


def desk_titles(api: Any, q: str) -> list[str]:
    found = api.services.search.books(q)
    return [row.title for row in api.services.search.book_rows(list(found.ids))]


@pytest.mark.parametrize("ask", [titles, desk_titles], ids=["rest", "services"])
def test_what_a_librarian_types_is_found(api: Any, stocked: dict[str, int], ask: Any) -> None:
    for typed in ("soren", "søren", "SØREN kierke", "sør"):
        assert ask(api, typed) == ["Enten-Eller"], typed
    assert ask(api, "aesop") == ["Æsops fabler"] and ask(api, "æsops fab") == ["Æsops fabler"]
    assert ask(api, "strasse") == ["Die Straße"] and ask(api, "straße") == ["Die Straße"]
    assert ask(api, "oeuvres") == ["Œuvres complètes"] and ask(api, "œuvres compl") == ["Œuvres complètes"]
    assert ask(api, "complete") == ["Œuvres complètes"]  # accents folded on both databases
    # Publisher, series with its number.
    assert ask(api, "gyldendal") == ["Enten-Eller"]
    assert sorted(ask(api, "gollancz")) == ["Guards! Guards!", "Mort"]
    assert ask(api, "discworld 8") == ["Guards! Guards!"] and ask(api, "discworld 4") == ["Mort"]
    # A copy's barcode finds its title alone, however it is typed or scanned.
    assert ask(api, "LIB-0004") == ["Guards! Guards!"] and ask(api, " lib-0001 ") == ["Æsops fabler"]
    assert ask(api, "LIB-9001") == ["Mort"]
    # The start of a call number: the title's and a copy's own.
    assert ask(api, "198.9") == ["Enten-Eller"]
    assert ask(api, "823.91") == ["Mort"]
    assert sorted(ask(api, "fic pra")) == ["Guards! Guards!", "Mort"]
    # Nothing else is found by accident.
    assert ask(api, "LIB-7777") == [] and ask(api, "999.9") == []


def test_an_edit_at_the_desk_is_searchable_at_once(api: Any, stocked: dict[str, int]) -> None:
    admin = api.actor("admin")
    book = api.services.catalog.book(stocked["Mort"])
    data = BookInput(title="Mort", authors=[("Terry Pratchett", "author")], series="Discworld",
                     series_number="4", publisher="Transworld Ørsted", year=1987, call_number="FIC PRA")
    api.services.catalog.edit_book(admin, book.id, data, expected_version=book.version)
    assert titles(api, "orsted") == ["Mort"] and titles(api, "ørsted") == ["Mort"]
    assert titles(api, "gollancz") == ["Guards! Guards!"]
