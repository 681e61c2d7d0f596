"""Check-out, check-in and renewal through the services on a real migrated library: due dates
on open days, every refusal with its message, overrides, fees on return."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, Fee, Loan
from desktop_app.domain.errors import InvalidInput, PermissionDenied, Refused
from desktop_app.services.people.members import MemberInput


def test_checkout_lends_with_a_due_date_and_a_clear_message(services, desk, clock, make_book, make_member) -> None:
    _, [code] = make_book("Dune")
    card = make_member("Ana", "Ruiz")
    result = services.circulation.checkout(desk, card, code)
    assert result.due_date == date(2026, 3, 23)  # Monday + 21 days, a Monday
    assert result.message == f"'Dune' ({code}) lent to Ana Ruiz, due 23 Mar 2026"
    assert services.catalog.book(services.search.copy_by_barcode(code)[1]).copies[0].status == "on_loan"
    with services.library.read() as s:
        loan = s.get(Loan, result.loan_id)
        assert loan.due_date == date(2026, 3, 23) and loan.renewals == 0 and loan.desk == "desk-1"
        assert loan.lent_by_id == desk.staff_id


def test_due_date_is_pushed_past_closed_weekdays_and_dates(services, admin, desk, clock, make_book,
                                                           make_member) -> None:
    _, codes = make_book("Dune", copies=2)
    card = make_member(category="child")  # 14 days
    clock.set(date(2026, 3, 1))  # a Sunday: 14 days later is Sunday 15 March, closed
    assert services.circulation.checkout(desk, card, codes[0]).due_date == date(2026, 3, 16)
    services.setup.add_closed_day(admin, date(2026, 3, 30), "Easter Monday")
    clock.set(date(2026, 3, 16))  # due Monday 30 (closed date) -> Tuesday 31
    assert services.circulation.checkout(desk, card, codes[1]).due_date == date(2026, 3, 31)


def test_item_type_loan_days_override(services, admin, desk, clock, make_book, make_member) -> None:
    services.members.save_category(admin, "adult", item_type_loan_days={"dvd": 7})
    _, [code] = make_book("Alien", item_type="dvd")
    assert services.circulation.checkout(desk, make_member(), code).due_date == date(2026, 3, 9)


def test_copy_on_loan_is_refused_naming_the_borrower(services, desk, librarian, clock, make_book, make_member) -> None:
    _, [code] = make_book("Dune")
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    services.circulation.checkout(desk, ana, code)
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, bo, code)
    assert str(info.value) == f"Copy {code} 'Dune' is on loan to Ana Ruiz until 23 Mar 2026"
    assert info.value.codes == ["copy_on_loan"]
    # not even a librarian may lend a copy twice
    with pytest.raises(Refused):
        services.circulation.checkout(librarian, bo, code, override_reason="urgent")


@pytest.mark.parametrize(("status", "code", "words"), [
    ("lost", "copy_lost", "is marked lost"),
    ("withdrawn", "copy_withdrawn", "is withdrawn from the collection"),
    ("damaged", "copy_damaged", "is marked damaged"),
])
def test_unlendable_copy_statuses(services, admin, desk, clock, make_book, make_member, status, code, words) -> None:
    _, [barcode] = make_book("Dune")
    services.catalog.set_copy_status(admin, barcode, status)
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, make_member(), barcode)
    assert info.value.codes == [code]
    assert str(info.value) == f"Copy {barcode} 'Dune' {words}"


def test_unknown_copy_and_member(services, desk, clock, make_book, make_member) -> None:
    _, [code] = make_book()
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, make_member(), "39999999999")
    assert str(info.value) == "No copy has the barcode '39999999999'"
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, "29999999999", code)
    assert str(info.value) == "No member has the card number '29999999999'"
    assert not info.value.overridable


def test_blocked_and_expired_members(services, desk, clock, make_book, make_member) -> None:
    _, codes = make_book(copies=2)
    blocked = make_member("Bo", "Li")
    services.members.block(desk, blocked, "card reported stolen")
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, blocked, codes[0])
    assert str(info.value) == f"Bo Li ({blocked}) is blocked: card reported stolen"
    old = make_member("Cy", "Old", joined=date(2024, 1, 1), expires=date(2026, 2, 28))
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, old, codes[1])
    assert str(info.value) == f"Cy Old's membership ({old}) expired on 28 Feb 2026"


def test_loan_limit(services, desk, clock, make_book, make_member) -> None:
    card = make_member(category="child")  # 5 loans at most
    _, codes = make_book("Dune", copies=6)
    for code in codes[:5]:
        services.circulation.checkout(desk, card, code)
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, card, codes[5])
    assert str(info.value) == "Ana Ruiz already has 5 items on loan (limit 5)"


def test_overdue_beyond_the_limit_stops_lending(services, desk, clock, make_book, make_member) -> None:
    card = make_member()
    _, codes = make_book(copies=2)
    services.circulation.checkout(desk, card, codes[0])  # due 23 March
    clock.set(date(2026, 4, 22))  # 30 days late: still lends
    services.circulation.checkin(desk, codes[1])
    clock.set(date(2026, 4, 23))  # 31 days late
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, card, codes[1])
    assert str(info.value) == "Ana Ruiz has an item 31 days overdue (lending stops after 30)"


def test_owing_beyond_the_limit_stops_lending(services, librarian, desk, clock, make_book, make_member) -> None:
    card = make_member()
    _, [code] = make_book()
    services.fees.charge(librarian, card, 1000, "Broken CD case")
    services.circulation.checkout(desk, card, code)  # exactly the limit: still lends
    services.circulation.checkin(desk, code)
    services.fees.charge(librarian, card, 1, "Photocopy")
    with pytest.raises(Refused) as info:
        services.circulation.checkout(desk, card, code)
    assert str(info.value) == "Ana Ruiz owes 10.01 (lending stops above 10.00)"


def test_librarian_override_is_audited_with_its_reason(services, desk, librarian, clock, make_book,
                                                       make_member) -> None:
    card = make_member()
    services.members.block(desk, card, "lost card")
    _, [code] = make_book()
    with pytest.raises(Refused):
        services.circulation.checkout(librarian, card, code)  # no reason: no override
    with pytest.raises(Refused):
        services.circulation.checkout(librarian, card, code, override_reason="   ")
    with pytest.raises(PermissionDenied, match="Only a librarian or admin may override"):
        services.circulation.checkout(desk, card, code, override_reason="I know her")
    result = services.circulation.checkout(librarian, card, code, override_reason="card found again")
    assert result.overridden == ["member_blocked"]
    with services.library.read() as s:
        loan = s.get(Loan, result.loan_id)
        assert loan.override_reason == "card found again"
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "checkout"))
        assert event.actor == "lena" and event.entity_uuid == loan.uuid
        assert event.details["override"] == ["member_blocked"]
        assert event.details["reason"] == "card found again"


def test_checkin_on_time_and_late_with_exact_fee(services, desk, clock, make_book, make_member) -> None:
    card = make_member()
    _, codes = make_book("Dune", copies=2)
    services.circulation.checkout(desk, card, codes[0])
    services.circulation.checkout(desk, card, codes[1])
    clock.set(date(2026, 3, 23))
    on_time = services.circulation.checkin(desk, codes[0])
    assert (on_time.was_on_loan, on_time.days_late, on_time.fee_cents) == (True, 0, 0)
    assert on_time.message == f"'Dune' ({codes[0]}) returned by Ana Ruiz"
    clock.set(date(2026, 3, 28))
    late = services.circulation.checkin(desk, codes[1])
    assert (late.days_late, late.fee_cents) == (5, 50)
    assert late.message == f"'Dune' ({codes[1]}) returned by Ana Ruiz, 5 days late; fee 0.50"
    [fee] = services.fees.for_member(desk, card)
    assert (fee.kind, fee.amount_cents, fee.open) == ("overdue", 50, True)
    assert fee.note == f"5 days late: {codes[1]} 'Dune'"


def test_fee_cap_grace_days_and_fines_off(services, admin, desk, clock, make_book, make_member) -> None:
    services.members.save_category(admin, "adult", grace_days=3, fine_per_day_cents=25, fine_cap_cents=200)
    card, child = make_member(), make_member("Kid", "Small", category="child")
    _, codes = make_book(copies=4)
    for code in codes[:3]:
        services.circulation.checkout(desk, card, code)
    services.circulation.checkout(desk, child, codes[3])  # due 16 March, fines off for children
    clock.set(date(2026, 3, 26))
    assert services.circulation.checkin(desk, codes[0]).fee_cents == 0  # 3 days late: grace
    clock.set(date(2026, 3, 27))
    assert services.circulation.checkin(desk, codes[1]).fee_cents == 100  # 4 days * 25
    assert services.circulation.checkin(desk, codes[3]).fee_cents == 0
    services.setup.update_settings(admin, fines_enabled=False)
    clock.set(date(2026, 5, 1))
    assert services.circulation.checkin(desk, codes[2]).fee_cents == 0
    services.setup.update_settings(admin, fines_enabled=True)
    services.circulation.checkout(desk, card, codes[2])  # due 22 May
    clock.set(date(2026, 7, 1))
    assert services.circulation.checkin(desk, codes[2]).fee_cents == 200  # capped


def test_checkin_of_a_copy_not_on_loan_is_a_result(services, desk, clock, make_book) -> None:
    _, [code] = make_book("Dune")
    result = services.circulation.checkin(desk, code)
    assert not result.was_on_loan
    assert result.message == f"'Dune' ({code}) was not on loan"
    with pytest.raises(Refused, match="No copy has the barcode '3999'"):
        services.circulation.checkin(desk, "3999")
    with pytest.raises(InvalidInput, match="Scan or type a copy barcode"):
        services.circulation.checkin(desk, " \n")


def test_renew_extends_from_today_and_counts(services, desk, clock, make_book, make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)
    clock.set(date(2026, 3, 20))
    result = services.circulation.renew(desk, code)
    assert (result.due_date, result.renewals) == (date(2026, 4, 10), 1)
    assert result.message == f"'Dune' ({code}) renewed for Ana Ruiz, now due 10 Apr 2026"
    clock.set(date(2026, 3, 22))  # Sunday + 21 = Sunday 12 April -> Monday 13
    assert services.circulation.renew(desk, code).due_date == date(2026, 4, 13)
    with pytest.raises(Refused) as info:  # the same day again: no more time to give, and no renewal used
        services.circulation.renew(desk, code)
    assert info.value.codes == ["max_renewals", "renewal_no_change"]
    clock.set(date(2026, 3, 26))
    with pytest.raises(Refused) as info:
        services.circulation.renew(desk, code)
    assert str(info.value) == f"Copy {code} 'Dune' has been renewed 2 times already (limit 2)"


def test_a_renewal_that_gives_no_more_time_is_refused_and_uses_no_renewal(services, desk, librarian, clock,
                                                                         make_book, make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)  # lent today: due in 21 days already
    with pytest.raises(Refused) as info:
        services.circulation.renew(desk, code)
    assert info.value.codes == ["renewal_no_change"]
    assert str(info.value) == (f"Copy {code} 'Dune' is already due on 23 Mar 2026; renewing it today would not "
                               "give more time")
    with pytest.raises(Refused):  # not even a librarian's override uses a renewal for nothing
        services.circulation.renew(librarian, code, override_reason="please")
    clock.advance(days=1)
    assert services.circulation.renew(desk, code).renewals == 1
    with pytest.raises(Refused, match="would not give more time"):  # a double scan
        services.circulation.renew(desk, code)


def test_renew_refused_while_someone_waits_or_too_late(services, desk, librarian, clock, make_book,
                                                       make_member) -> None:
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    book, codes = make_book("Dune", copies=2)
    services.circulation.checkout(desk, ana, codes[0])
    services.circulation.checkout(desk, ana, codes[1])
    clock.set(date(2026, 4, 23))  # 31 days overdue
    with pytest.raises(Refused) as info:
        services.circulation.renew(desk, codes[1])
    assert info.value.codes == ["overdue_too_long"]
    assert str(info.value) == f"Copy {codes[1]} 'Dune' is 31 days overdue; it must be returned, not renewed"
    clock.set(date(2026, 3, 10))
    services.holds.place(desk, bo, book)
    with pytest.raises(Refused) as info:
        services.circulation.renew(desk, codes[0])
    assert str(info.value) == f"Copy {codes[0]} 'Dune' cannot be renewed: another member is waiting for it"
    result = services.circulation.renew(librarian, codes[0], override_reason="Bo agreed to wait")
    assert result.overridden == ["hold_waiting"]


def test_renew_unknown_or_returned_copy(services, desk, clock, make_book) -> None:
    _, [code] = make_book("Dune")
    with pytest.raises(Refused, match=f"Copy {code} 'Dune' is not on loan"):
        services.circulation.renew(desk, code)
    with pytest.raises(Refused, match="No copy has the barcode 'nope'"):
        services.circulation.renew(desk, "nope")


def test_member_renews_only_their_own_loans(services, desk, clock, make_book, make_member) -> None:
    ana, bo = make_member("Ana", "Ruiz"), make_member("Bo", "Li")
    _, codes = make_book(copies=2)
    services.circulation.checkout(desk, ana, codes[0])
    services.circulation.checkout(desk, bo, codes[1])
    services.members.set_pin(desk, ana, "4321")
    member = services.accounts.member_login(ana, "4321")
    clock.advance(days=3)
    assert services.circulation.renew(member, codes[0]).renewals == 1
    with pytest.raises(PermissionDenied, match="only renew your own"):
        services.circulation.renew(member, codes[1])
    with pytest.raises(PermissionDenied, match="Members cannot lend books"):
        services.circulation.checkout(member, ana, codes[0])


def test_lost_copy_on_loan_closes_the_loan_and_charges_its_price(services, admin, desk, clock, make_book,
                                                                 make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")  # priced 15.00 by the factory
    services.circulation.checkout(desk, card, code)
    services.catalog.set_copy_status(admin, code, "lost", note="never came back")
    with services.library.read() as s:
        assert s.scalar(select(Loan.returned_at)) is not None
        fee = s.scalar(select(Fee))
        assert (fee.kind, fee.amount_cents, fee.note) == ("lost", 1500, f"Lost: {code} 'Dune'")
    assert services.reports.members_owing(desk) == [(card, "Ana Ruiz", 1500)]


def test_renewing_an_overdue_loan_charges_what_it_ran_up_and_the_cap_holds_across_renewals(
        services, admin, desk, clock, make_book, make_member) -> None:
    services.members.save_category(admin, "adult", fine_per_day_cents=10, fine_cap_cents=150, grace_days=1,
                                   max_overdue_days=60)
    card = make_member()
    _, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)  # due 23 March
    clock.set(date(2026, 3, 24))  # one day late: within the grace, nothing charged
    assert services.circulation.renew(desk, code).fee_cents == 0
    assert services.fees.for_member(desk, card) == []
    clock.set(date(2026, 4, 24))  # due 14 April, renewed 10 days late, 9 of them open (closed on Sundays)
    renewed = services.circulation.renew(desk, code)
    assert renewed.fee_cents == 90 and renewed.message.endswith("; 0.90 overdue fee charged")
    [fee] = services.fees.for_member(desk, card)
    assert (fee.kind, fee.amount_cents) == ("overdue", 90)
    clock.set(date(2026, 6, 30))  # due 15 May: 46 days late, but the loan's fines stop at 1.50 in all
    back = services.circulation.checkin(desk, code)
    assert back.fee_cents == 60
    assert sum(f.amount_cents for f in services.fees.for_member(desk, card)) == 150


def test_a_lost_copy_that_turns_up_cancels_its_unpaid_lost_fee(services, admin, desk, clock, make_book,
                                                               make_member) -> None:
    card = make_member()
    _, codes = make_book("Dune", copies=2)
    services.circulation.checkout(desk, card, codes[0])
    services.circulation.checkout(desk, card, codes[1])
    services.catalog.set_copy_status(admin, codes[0], "lost")
    services.catalog.set_copy_status(admin, codes[1], "lost")
    paid = next(f for f in services.fees.for_member(desk, card) if codes[1] in (f.note or ""))
    services.fees.pay(desk, paid.id)
    found = services.circulation.checkin(desk, codes[0])
    assert found.lost_fee_waived_cents == 1500 and "the lost fee of 15.00 is cancelled" in found.message
    assert services.search.copy_by_barcode(codes[0])[2] == "available"
    refund = services.circulation.checkin(desk, codes[1])
    assert refund.lost_fee_paid_cents == 1500 and "15.00 was paid for it: refund it" in refund.message
    open_fees = [f for f in services.fees.for_member(desk, card) if f.open]
    assert open_fees == []


def test_member_input_is_checked_before_registering(services, desk, clock) -> None:
    with pytest.raises(InvalidInput, match="A member needs a name"):
        services.members.register(desk, MemberInput(first_name=" ", last_name=""))
