"""BrowseQueries.books_with_isbn: the books that already carry an ISBN, found from any way a
clerk or a scanner writes it (the New book dialog offers a copy of one instead)."""

from __future__ import annotations

from desktop_app.services.catalog.browse import IsbnMatch
from desktop_app.services.catalog.input import BookInput, CopyInput


def test_finds_the_book_from_any_form_of_its_isbn_with_its_copies(services, librarian) -> None:
    dune = services.catalog.add_book(librarian, BookInput(title="Dune", isbn="0-441-17271-7"),
                                     copies=[CopyInput(), CopyInput()])
    services.catalog.add_book(librarian, BookInput(title="Emma", isbn="978-0-14-143958-7"))
    expected = [IsbnMatch(dune, "Dune", "9780441172719", 2)]
    for typed in ("0441172717", "0-441-17271-7", "978-0-441-17271-9", " 9780441172719 ", "ISBN 0 441 17271 7",
                  "978044117271951299"):  # the last: an EAN with its 5-digit price add-on
        assert services.browse.books_with_isbn(typed) == expected, typed


def test_several_books_oldest_first_and_a_book_without_copies(services, librarian) -> None:
    first = services.catalog.add_book(librarian, BookInput(title="Emma", isbn="9780141439587"))
    second = services.catalog.add_book(librarian, BookInput(title="Emma (large print)", isbn="0141439580"),
                                       copies=[CopyInput()])
    found = services.browse.books_with_isbn("978-0-14-143958-7")
    assert [(m.book_id, m.title, m.copies) for m in found] == [(first, "Emma", 0),
                                                               (second, "Emma (large print)", 1)]


def test_nothing_for_an_unknown_or_a_partial_isbn(services, librarian) -> None:
    services.catalog.add_book(librarian, BookInput(title="Dune", isbn="0441172717"))
    for typed in ("", "9", "978", "978-0-441", "044117271", "0441172718", "9780441172710", "not an isbn",
                  "9780141439587"):
        assert services.browse.books_with_isbn(typed) == [], typed
