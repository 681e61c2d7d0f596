"""Holds: placing and cancelling, queue order, trapping a returned copy for the first in line,
pickup deadlines, expiry handing the copy to the next in line."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import NotFound, PermissionDenied, Refused


def _status(services, code: str) -> str:
    return services.search.copy_by_barcode(code)[2]


def test_queue_order_and_positions(services, desk, clock, make_book, make_member) -> None:
    book, [code] = make_book("Dune")
    cards = [make_member(name, "Waits") for name in ("Ana", "Bo", "Cy")]
    services.circulation.checkout(desk, make_member("Dee", "Reader"), code)
    for card in cards:
        clock.advance(seconds=1)
        services.holds.place(desk, card, book)
    queue = services.holds.queue(book)
    assert [(h.member_name, h.position, h.status) for h in queue] == [
        ("Ana Waits", 1, "waiting"), ("Bo Waits", 2, "waiting"), ("Cy Waits", 3, "waiting")]
    assert services.catalog.book(book).holds_waiting == 3


def test_return_traps_the_copy_for_the_first_in_line(services, desk, clock, make_book, make_member) -> None:
    book, [code] = make_book("Dune")
    dee = make_member("Dee", "Reader")
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    services.circulation.checkout(desk, dee, code)
    services.holds.place(desk, ana, book)
    clock.advance(seconds=5)
    services.holds.place(desk, bo, book)
    clock.set(date(2026, 3, 10))  # a Tuesday; pickup 7 days later
    result = services.circulation.checkin(desk, code)
    assert (result.hold_for, result.hold_card, result.pickup_by) == ("Ana Ruiz", ana, date(2026, 3, 17))
    assert result.message == (f"'Dune' ({code}) returned by Dee Reader. Put on the hold shelf for Ana Ruiz ({ana})")
    assert _status(services, code) == "on_hold_shelf"
    [ready] = services.holds.shelf()
    assert (ready.card_number, ready.barcode, ready.status) == (ana, code, "ready")
    # Bo may not take Ana's copy; Ana may.
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, bo, code)
    assert str(info.value) == f"Copy {code} 'Dune' is on the hold shelf for Ana Ruiz"
    services.circulation.checkout(desk, ana, code)
    assert services.holds.for_member(desk, ana) == []
    assert [h.card_number for h in services.holds.queue(book)] == [bo]


def test_pickup_deadline_skips_closed_days(services, admin, desk, clock, make_book, make_member) -> None:
    book, [code] = make_book("Dune")
    services.holds.place(desk, make_member(), book)
    clock.set(date(2026, 3, 7))  # Saturday + 7 = Saturday 14; closed that day -> Monday 16
    services.setup.add_closed_day(admin, date(2026, 3, 14), "inventory")
    assert services.circulation.checkin(desk, code).pickup_by == date(2026, 3, 16)


def test_uncollected_hold_expires_and_the_next_in_line_gets_the_copy(services, desk, clock, make_book,
                                                                     make_member) -> None:
    book, [code] = make_book("Dune")
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    services.holds.place(desk, ana, book)
    clock.advance(seconds=1)
    services.holds.place(desk, bo, book)
    assert services.circulation.checkin(desk, code).pickup_by == date(2026, 3, 9)
    clock.set(date(2026, 3, 9))  # the deadline itself: not yet expired
    assert services.holds.expire(desk) == []
    clock.set(date(2026, 3, 10))
    [gone] = services.holds.expire(desk)
    assert (gone.card_number, gone.barcode) == (ana, code)
    [ready] = services.holds.shelf()
    assert (ready.card_number, ready.pickup_by) == (bo, date(2026, 3, 17))
    assert _status(services, code) == "on_hold_shelf"
    clock.set(date(2026, 3, 18))
    services.holds.expire(desk)
    assert services.holds.shelf() == []
    assert _status(services, code) == "available"


def test_cancel_a_ready_hold_passes_the_copy_on(services, desk, clock, make_book, make_member) -> None:
    book, [code] = make_book("Dune")
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    first = services.holds.place(desk, ana, book)
    clock.advance(seconds=1)
    services.holds.place(desk, bo, book)
    services.circulation.checkin(desk, code)
    services.holds.cancel(desk, first.id, reason="no longer needed")
    assert [h.card_number for h in services.holds.shelf()] == [bo]
    with pytest.raises(Refused, match="This hold is already cancelled"):
        services.holds.cancel(desk, first.id)
    with pytest.raises(NotFound, match="There is no hold with id 999"):
        services.holds.cancel(desk, 999)


def test_cancel_a_waiting_hold_moves_the_queue_up(services, desk, clock, make_book, make_member) -> None:
    book, _ = make_book("Dune")
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    first = services.holds.place(desk, ana, book)
    clock.advance(seconds=1)
    services.holds.place(desk, bo, book)
    services.holds.cancel(desk, first.id)
    [only] = services.holds.queue(book)
    assert (only.card_number, only.position) == (bo, 1)


def test_hold_refusals(services, desk, librarian, admin, clock, make_book, make_member) -> None:
    book, [code] = make_book("Dune")
    card = make_member()
    services.holds.place(desk, card, book)
    with pytest.raises(Refused) as info:
        services.holds.place(librarian, card, book, override_reason="twice please")
    assert str(info.value) == "Ana Ruiz already has a hold on 'Dune'"
    other, [other_code] = make_book("Emma")
    services.circulation.checkout(desk, card, other_code)
    with pytest.raises(Refused, match="Ana Ruiz already has 'Emma' on loan"):
        services.holds.place(desk, card, other)
    with pytest.raises(NotFound, match="There is no book with id 4242"):
        services.holds.place(desk, card, 4242)
    with pytest.raises(NotFound, match="No member has the card number '2999'"):
        services.holds.place(desk, "2999", book)


def test_hold_limit_and_its_override(services, admin, desk, librarian, clock, make_book, make_member) -> None:
    services.members.save_category(admin, "adult", max_holds=1)
    card = make_member()
    first, _ = make_book("Dune")
    second, _ = make_book("Emma")
    services.holds.place(desk, card, first)
    with pytest.raises(Refused, match=r"Ana Ruiz already has 1 holds \(limit 1\)"):
        services.holds.place(desk, card, second)
    view = services.holds.place(librarian, card, second, override_reason="school project")
    assert view.position == 1


def test_members_place_and_cancel_only_their_own_holds(services, desk, clock, make_book, make_member) -> None:
    book, _ = make_book("Dune")
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    services.members.set_pin(desk, ana, "1234")
    me = services.accounts.member_login(ana, "1234")
    mine = services.holds.place(me, ana, book)
    assert mine.card_number == ana
    with pytest.raises(PermissionDenied, match="only place holds for yourself"):
        services.holds.place(me, bo, book)
    theirs = services.holds.place(desk, bo, book)
    with pytest.raises(PermissionDenied, match="only cancel your own"):
        services.holds.cancel(me, theirs.id)
    services.holds.cancel(me, mine.id)
    assert services.holds.for_member(me, ana) == []


def test_override_lends_a_held_copy_and_its_member_waits_first_in_line(services, desk, librarian, clock, make_book,
                                                                       make_member) -> None:
    book, [code] = make_book("Dune")
    ana, bo, cy = make_member("Ana", "Ruiz"), make_member("Bo", "Li"), make_member("Cy", "Old")
    services.holds.place(desk, ana, book)
    clock.advance(seconds=1)
    services.holds.place(desk, cy, book)
    services.circulation.checkin(desk, code)  # set aside for Ana
    result = services.circulation.checkout(librarian, bo, code, override_reason="Bo leaves town tomorrow")
    assert result.overridden == ["copy_on_hold_for_other"]
    assert [(h.card_number, h.position, h.status) for h in services.holds.queue(book)] == [
        (ana, 1, "waiting"), (cy, 2, "waiting")]
    assert services.circulation.checkin(desk, code).hold_card == ana


def test_borrowing_another_copy_fulfils_the_members_ready_hold(services, desk, clock, make_book,
                                                               make_member) -> None:
    """Ana's hold is ready on copy 1, but she takes copy 2 from the shelf: her hold is done and
    copy 1 goes to the next in line instead of waiting for someone who has the book."""
    book, codes = make_book("Dune", copies=2)
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    services.circulation.checkout(desk, make_member("Dee", "Reader"), codes[1])
    services.holds.place(desk, ana, book)
    clock.advance(seconds=1)
    services.holds.place(desk, bo, book)
    assert services.circulation.checkin(desk, codes[0]).hold_card == ana
    assert services.circulation.checkin(desk, codes[1]).hold_card == bo
    services.holds.cancel(desk, services.holds.for_member(desk, bo)[0].id)  # copy 2 back on the shelf
    services.circulation.checkout(desk, ana, codes[1])
    assert services.holds.for_member(desk, ana) == []
    assert services.holds.shelf() == []
    assert services.search.copy_by_barcode(codes[0])[2] == "available"


def test_pull_list_names_copies_on_the_shelf_for_the_first_in_line(services, admin, make_book, make_member) -> None:
    """A hold placed while a copy sits on the shelf is listed for staff to fetch; checking that
    copy in puts it on the hold shelf for the first in line, and the list empties."""
    book_id, barcodes = make_book("Pull Me", copies=2)
    first, second = make_member("First"), make_member("Second")
    services.holds.place(admin, first, book_id)
    services.holds.place(admin, second, book_id)
    pulls = services.holds.pull_list()
    assert len(pulls) == 1
    assert pulls[0].hold.card_number == first
    assert sorted(b for b, _loc, _cn in pulls[0].copies) == sorted(barcodes)
    result = services.circulation.checkin(admin, barcodes[0])
    assert result.hold_card == first
    remaining = services.holds.pull_list()
    assert [p.hold.card_number for p in remaining] == [second]
    assert [b for b, _loc, _cn in remaining[0].copies] == [barcodes[1]]
