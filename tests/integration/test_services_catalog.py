"""Catalog: add, edit and delete books with authors and copies; copies' barcodes and status."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import Book, Copy, Tombstone
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound, Refused
from desktop_app.domain.text import mod10_check_digit
from desktop_app.services.catalog.input import BookInput, CopyInput


def test_add_book_with_authors_in_order_and_copies(services, librarian, clock) -> None:
    book_id = services.catalog.add_book(librarian, BookInput(
        title="  Good   Omens ", subtitle="The Nice and Accurate Prophecies", isbn="0-575-04800-X", year=1990,
        language="ENG", subjects=["Apocalypse", " Humour "],
        authors=[("Terry Pratchett", "author"), ("Neil Gaiman", "author"), ("Someone Else", "illustrator")]),
        copies=[CopyInput(barcode=" gw-1 \n", location="Fiction"), CopyInput()])
    view = services.catalog.book(book_id)
    assert view.values["title"] == "Good Omens"
    assert (view.values["isbn13"], view.values["isbn10"]) == ("9780575048003", "057504800X")
    assert view.values["language"] == "eng" and view.values["subjects"] == "Apocalypse; Humour"
    assert view.authors == [("Terry Pratchett", "author"), ("Neil Gaiman", "author"), ("Someone Else", "illustrator")]
    assert view.values["author_names"] == "Terry Pratchett; Neil Gaiman; Someone Else"
    barcodes = sorted(c.barcode for c in view.copies)
    generated = [b for b in barcodes if b != "GW-1"]
    assert "GW-1" in barcodes and len(generated) == 1
    code = generated[0]
    assert code.startswith("300") and code[-1] == mod10_check_digit(code[:-1])
    assert {c.status for c in view.copies} == {"available"}


def test_generated_barcodes_are_unique_and_skip_taken_ones(services, librarian, clock) -> None:
    first = services.catalog.add_book(librarian, BookInput(title="A"), copies=[CopyInput()])
    generated = services.catalog.book(first).copies[0].barcode
    nxt = "3000000002" + mod10_check_digit("3000000002")
    services.catalog.add_copies(librarian, first, [CopyInput(barcode=nxt)])  # imported into our range
    more = services.catalog.add_copies(librarian, first, [CopyInput(), CopyInput()])
    assert len({generated, nxt, *more}) == 4 and nxt not in more
    with pytest.raises(Conflict, match=f"Barcode {nxt} is already used by another copy"):
        services.catalog.add_copies(librarian, first, [CopyInput(barcode=nxt.lower() + " ")])


def test_edit_book_and_version_conflict(services, librarian, clock, make_book) -> None:
    book_id, _ = make_book("Dune", authors=["Frank Herbert"])
    view = services.catalog.book(book_id)
    services.catalog.edit_book(librarian, book_id,
                               BookInput(title="Dune Messiah", authors=[("Frank Herbert", "author")], year=1969),
                               expected_version=view.version)
    after = services.catalog.book(book_id)
    assert (after.values["title"], after.values["year"], after.version) == ("Dune Messiah", 1969, view.version + 1)
    with pytest.raises(Conflict, match="'Dune Messiah' was changed by someone else meanwhile"):
        services.catalog.edit_book(librarian, book_id, BookInput(title="Children of Dune"),
                                   expected_version=view.version)
    with pytest.raises(NotFound, match="There is no book with id 999"):
        services.catalog.edit_book(librarian, 999, BookInput(title="x"))


def test_delete_book_removes_copies_and_leaves_tombstones(services, librarian, clock, make_book) -> None:
    book_id, codes = make_book("Dune", copies=2)
    uuid = services.catalog.book(book_id).uuid
    services.catalog.delete_book(librarian, book_id)
    with pytest.raises(NotFound):
        services.catalog.book(book_id)
    assert all(services.search.copy_by_barcode(c) is None for c in codes)
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(Copy)) == 0
        assert {t.entity for t in s.scalars(select(Tombstone))} == {"book", "copy"}
        assert s.scalar(select(Tombstone.uuid).where(Tombstone.entity == "book")) == uuid
    assert list(services.search.books("dune").ids) == []


def test_delete_refused_while_on_loan_with_history_or_holds(services, librarian, desk, clock, make_book,
                                                            make_member) -> None:
    card = make_member()
    book_id, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)
    with pytest.raises(Refused) as info:
        services.catalog.delete_book(librarian, book_id)
    assert str(info.value) == "'Dune' cannot be deleted: 1 of its copies are on loan"
    services.circulation.checkin(desk, code)
    with pytest.raises(Refused, match="'Dune' has loan history; withdraw its copies instead"):
        services.catalog.delete_book(librarian, book_id)
    other, _ = make_book("Emma")
    services.holds.place(desk, card, other)
    with pytest.raises(Refused, match=r"'Emma' cannot be deleted: a member has a hold on it"):
        services.catalog.delete_book(librarian, other)
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(Book)) == 2


def test_delete_book_whose_copy_once_waited_on_the_hold_shelf(services, librarian, desk, clock, make_book,
                                                              make_member) -> None:
    """A cancelled hold still points at the copy it had set aside; deleting must not trip on it."""
    book_id, [code] = make_book("Dune")
    hold = services.holds.place(desk, make_member(), book_id)
    services.circulation.checkin(desk, code)  # never lent, but set aside for the hold
    services.holds.cancel(desk, hold.id)
    services.catalog.delete_book(librarian, book_id)
    with pytest.raises(NotFound):
        services.catalog.book(book_id)


def test_copy_status_changes(services, librarian, clock, make_book) -> None:
    _, [code] = make_book("Dune")
    services.catalog.set_copy_status(librarian, f" {code}\n", "damaged", note="water")
    assert services.search.copy_by_barcode(code)[2] == "damaged"
    services.catalog.set_copy_status(librarian, code, "available")
    with pytest.raises(InvalidInput, match="through the desk"):
        services.catalog.set_copy_status(librarian, code, "on_loan")
    with pytest.raises(InvalidInput, match="Unknown copy status 'vanished'"):
        services.catalog.set_copy_status(librarian, code, "vanished")
    with pytest.raises(NotFound, match="No copy has the barcode 'nope'"):
        services.catalog.set_copy_status(librarian, "nope", "lost")


def test_copy_status_refused_on_loan_or_hold_shelf(services, librarian, desk, clock, make_book, make_member) -> None:
    book_id, codes = make_book("Dune", copies=2)
    services.circulation.checkout(desk, make_member(), codes[0])
    with pytest.raises(Refused, match=f"Copy {codes[0]} is on loan; check it in first"):
        services.catalog.set_copy_status(librarian, codes[0], "withdrawn")
    services.holds.place(desk, make_member("Bo", "Li"), book_id)
    services.circulation.checkin(desk, codes[1])
    with pytest.raises(Refused, match=f"Copy {codes[1]} is on the hold shelf"):
        services.catalog.set_copy_status(librarian, codes[1], "withdrawn")


def test_a_found_copy_comes_back_on_check_in(services, librarian, desk, clock, make_book) -> None:
    _, [code] = make_book("Dune")
    services.catalog.set_copy_status(librarian, code, "lost")
    assert not services.circulation.checkin(desk, code).was_on_loan
    assert services.search.copy_by_barcode(code)[2] == "available"


def test_year_and_language_checks(services, librarian, clock) -> None:
    with pytest.raises(InvalidInput, match="Year 2028 is not a plausible publication year"):
        services.catalog.add_book(librarian, BookInput(title="Future", year=date(2026, 1, 1).year + 2))
    with pytest.raises(InvalidInput, match="Language 'e1' must be a three-letter code"):
        services.catalog.add_book(librarian, BookInput(title="x", language="e1"))
    with pytest.raises(InvalidInput, match="Unknown author role 'boss' for Ann"):
        services.catalog.add_book(librarian, BookInput(title="x", authors=[("Ann", "boss")]))
