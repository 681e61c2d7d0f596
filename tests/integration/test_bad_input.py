"""What scanners and people really send: unknown and malformed barcodes, whitespace and case
variants, empty fields, oversized text, bad ISBNs and dates. Each gets a clear refusal that
names the field or repeats what was typed; none corrupts anything."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import Book, Loan
from desktop_app.domain.errors import InvalidInput, NotFound, Refused
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.members import MemberInput


@pytest.mark.parametrize("scan", ["{code}\n", "  {code}", "{lower}", "\t{lower} \r\n", "{code}\u00a0"])
def test_scanner_variants_of_barcode_and_card_are_accepted(services, desk, clock, make_book, make_member,
                                                           scan: str) -> None:
    _, [code] = make_book("Dune", copies=["ab-100"])
    card = make_member()
    result = services.circulation.checkout(desk, f" {card}\n", scan.format(code=code, lower=code.lower()))
    assert (result.barcode, result.card_number) == ("AB-100", card)
    clock.advance(days=2)
    assert services.circulation.renew(desk, scan.format(code=code, lower=code.lower())).renewals == 1
    assert services.circulation.checkin(desk, scan.format(code=code, lower=code.lower())).was_on_loan


@pytest.mark.parametrize("scan", ["39999999999", "AB-10", "AB-1000", "ÀB-100", "AB_100", "🙂", "x" * 10_000,
                                  "'; DELETE FROM loans; --"])
def test_unknown_or_malformed_barcodes_are_refused_with_what_was_scanned(services, desk, clock, make_book,
                                                                         make_member, scan: str) -> None:
    make_book("Dune", copies=["ab-100"])
    card = make_member()
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, card, scan)
    assert info.value.codes == ["unknown_copy"]
    assert str(info.value) == f"No copy has the barcode {scan.strip()!r}"
    with pytest.raises(Refused, match="No copy has the barcode"):
        services.circulation.checkin(desk, scan)
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(Loan)) == 0


def test_empty_scans_and_fields(services, desk, librarian, clock, make_book) -> None:
    _, [code] = make_book("Dune")
    for empty in ("", "   ", "\n"):
        with pytest.raises(InvalidInput, match="Scan or type a copy barcode") as info:
            services.circulation.checkout(desk, "20000000016", empty)
        assert info.value.field == "barcode"
    with pytest.raises(Refused, match="No member has the card number ''"):
        services.circulation.checkout(desk, "  ", code)
    with pytest.raises(InvalidInput, match="A book needs a title") as info:
        services.catalog.add_book(librarian, BookInput(title="  \n "))
    assert info.value.field == "title"
    with pytest.raises(InvalidInput, match="A member needs a name"):
        services.members.register(desk, MemberInput(first_name="", last_name="   "))
    with pytest.raises(InvalidInput, match="has no usable characters"):
        services.catalog.add_copies(librarian, 1, [CopyInput(barcode="\u200b\u200b")])


def test_a_10000_character_title_is_refused_naming_the_field(services, librarian, clock) -> None:
    with pytest.raises(InvalidInput) as info:
        services.catalog.add_book(librarian, BookInput(title="A" * 10_000))
    assert info.value.field == "title"
    assert str(info.value) == "Title is too long (10000 characters; at most 1000)"
    with pytest.raises(InvalidInput) as info:
        services.members.register(librarian, MemberInput(first_name="B" * 10_000, last_name="Long"))
    assert "too long (10000 characters; at most 100)" in str(info.value)
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(Book)) == 0


def test_a_long_title_within_the_limit_is_kept_whole(services, librarian, clock) -> None:
    title = "Word " * 199 + "End"
    book_id = services.catalog.add_book(librarian, BookInput(title=title))
    assert services.catalog.book(book_id).values["title"] == title


@pytest.mark.parametrize(("typed", "why"), [
    ("0-441-17271-8", "the check digit is wrong (expected 7)"),
    ("978-0-441-17271-0", "the check digit is wrong (expected 9)"),
    ("12345", "it has 5 digits; an ISBN has 10 or 13 digits"),
    ("ISBN dune", "it may contain only digits, hyphens, spaces and a final X"),
    ("4006381333931", "a 13-digit ISBN starts with 978 or 979"),
])
def test_bad_isbn_repeats_what_was_typed(services, librarian, clock, typed: str, why: str) -> None:
    with pytest.raises(InvalidInput) as info:
        services.catalog.add_book(librarian, BookInput(title="Dune", isbn=typed))
    assert info.value.field == "isbn"
    assert str(info.value).startswith(f"{typed!r} is not a valid ISBN: {why}")


def test_bad_dates_and_numbers(services, desk, librarian, clock, make_member) -> None:
    with pytest.raises(InvalidInput) as info:
        services.members.register(desk, MemberInput(first_name="A", last_name="B", joined=date(2026, 5, 1),
                                                    expires=date(2026, 4, 30)))
    assert (info.value.field, str(info.value)) == ("expires", "The membership cannot expire before it starts")
    for year in (0, -5, 3000):
        with pytest.raises(InvalidInput, match=f"Year {year} is not a plausible publication year") as info:
            services.catalog.add_book(librarian, BookInput(title="Dune", year=year))
        assert info.value.field == "year"
    with pytest.raises(InvalidInput, match="A price cannot be negative"):
        services.catalog.add_book(librarian, BookInput(title="Dune"), copies=[CopyInput(price_cents=-1)])
    with pytest.raises(InvalidInput, match="Unknown copy status 'shelved'"):
        services.catalog.add_book(librarian, BookInput(title="Dune"), copies=[CopyInput(status="shelved")])


def test_unknown_card_in_member_services_repeats_what_was_typed(services, desk, clock) -> None:
    with pytest.raises(NotFound, match="No member has the card number 'nobody 1'"):
        services.members.block(desk, "nobody 1", "x")
    with pytest.raises(NotFound, match="No member has the card number '29999'"):
        services.fees.for_member(desk, "29999")
