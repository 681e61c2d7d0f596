"""Fines that are right, through the services on a real library file: closed days that do not
count, renewing an overdue loan (charge or refuse, per the setting), owing too much to renew,
a lost copy that turns up (refund or keep), the fine shown while out, and an audit event for
every change of a fee. Each role where permissions matter."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import PermissionDenied, Refused

# The template library is closed on Sundays; 2 March 2026 is a Monday. Adults: 21 days, 10 cents a
# day, a cap of 5.00, no grace, lending stops above 10.00 owed.
DUE = date(2026, 3, 23)  # a Monday: what a loan made on 2 March is due


def _audit(services, action: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return [(r[0], r[1]) for r in s.execute(text(
            "SELECT entity_uuid, details FROM audit_events WHERE action = :a ORDER BY id"), {"a": action})]


def _codes(refused: pytest.ExceptionInfo[Refused]) -> set[str]:
    return {r.code for r in refused.value.reasons}


def _card_fine(services, actor, card: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    view = services.queries.member_card(actor, services.queries.member_id(card))
    return view.accrued_cents, view.owed_so_far_cents


def test_closed_days_do_not_count_unless_the_library_says_so(services, admin, desk, clock, make_book,
                                                             make_member) -> None:
    card = make_member()
    _, codes = make_book("Dune", copies=2)
    services.circulation.checkout(desk, card, codes[0])
    services.circulation.checkout(desk, card, codes[1])
    services.setup.add_closed_day(admin, date(2026, 3, 27), "Staff training")  # a Friday
    clock.set(date(2026, 3, 30))  # 7 days late: a Sunday and a closed Friday among them
    assert _card_fine(services, desk, card) == (2 * 50, 2 * 50)  # shown while out: 5 open days each
    assert services.circulation.checkin(desk, codes[0]).fee_cents == 50
    services.setup.update_settings(admin, fines_on_closed_days=True)
    assert _card_fine(services, desk, card)[0] == 70
    back = services.circulation.checkin(desk, codes[1])
    assert (back.fee_cents, back.days_late) == (70, 7)
    assert _card_fine(services, desk, card) == (0, 120)  # both are fees now


def test_grace_counts_open_days_and_a_late_day_on_a_closed_day_is_not_late(services, admin, desk, clock,
                                                                           make_book, make_member) -> None:
    services.members.save_category(admin, "adult", grace_days=2)
    services.setup.update_settings(admin, renew_overdue="refuse")
    card = make_member()
    _, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)
    clock.set(date(2026, 3, 29))  # a Sunday: six days, five of them open, more than the grace
    assert _card_fine(services, desk, card)[0] == 50
    clock.set(date(2026, 3, 25))  # two open days late: within the grace, nothing owed, but overdue
    assert _card_fine(services, desk, card)[0] == 0
    with pytest.raises(Refused) as refused:
        services.circulation.renew(desk, code)
    assert _codes(refused) == {"renew_overdue"}


def test_renewing_an_overdue_loan_charges_what_ran_up_by_default(services, admin, desk, clock, make_book,
                                                                make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)
    clock.set(date(2026, 3, 31))  # 8 days late, one a Sunday
    shown = _card_fine(services, desk, card)[0]
    renewed = services.circulation.renew(desk, code)
    assert renewed.fee_cents == shown == 70
    assert _card_fine(services, desk, card) == (0, 70)  # the fine became a fee, the new due date is ahead
    [(fee_uuid, details)] = _audit(services, "charge_fee")
    assert '"cents": 70' in details and '"kind": "overdue"' in details
    fee = services.fees.for_member(desk, card)[0]
    assert fee.uuid == fee_uuid and fee.note.startswith("8 days late when renewed")


def test_refuse_setting_stops_renewing_an_overdue_loan_unless_a_librarian_overrides(
        services, admin, librarian, desk, clock, make_book, make_member) -> None:
    services.setup.update_settings(admin, renew_overdue="refuse")
    card = make_member()
    services.members.set_pin(admin, card, "1234")
    _, [late_code, fine_code] = make_book("Dune", copies=2)
    services.circulation.checkout(desk, card, late_code)
    clock.set(date(2026, 3, 10))
    services.circulation.checkout(desk, card, fine_code)  # due 31 March
    clock.set(date(2026, 3, 26))
    me = services.accounts.member_login(card, "1234")
    for actor in (desk, me):
        with pytest.raises(Refused) as refused:
            services.circulation.renew(actor, late_code)
        assert _codes(refused) == {"renew_overdue"}
        assert "was due on 23 Mar 2026: the library does not renew overdue loans" in refused.value.message
    with pytest.raises(PermissionDenied):
        services.circulation.renew(desk, late_code, override_reason="member was ill")
    assert services.fees.for_member(desk, card) == []  # nothing charged by a refusal
    assert services.circulation.renew(me, fine_code).fee_cents == 0  # not overdue: renewed
    renewed = services.circulation.renew(librarian, late_code, override_reason="member was ill")
    assert renewed.overridden == ["renew_overdue"] and renewed.fee_cents == 30  # the fine is still charged


def test_a_member_who_owes_too_much_with_the_renewals_fine_may_not_renew(services, admin, librarian, desk, clock,
                                                                         make_book, make_member) -> None:
    card = make_member()
    _, [late_code, other_code] = make_book("Dune", copies=2)
    services.circulation.checkout(desk, card, late_code)
    clock.set(date(2026, 3, 4))
    services.circulation.checkout(desk, card, other_code)  # due 25 March
    services.fees.charge(librarian, card, 950, "Damaged cover")
    clock.set(date(2026, 3, 24))  # one day late: 0.10, and 9.50 owed already: 10.00 is not above the limit
    assert services.circulation.renew(desk, late_code).fee_cents == 10
    services.fees.charge(librarian, card, 50, "Printing")  # now 10.10 owed
    with pytest.raises(Refused) as refused:
        services.circulation.renew(desk, other_code)  # not overdue, but owes too much
    assert _codes(refused) == {"renew_owes_limit"}
    assert "owes 10.10 (renewals stop above 10.00)" in refused.value.message
    renewed = services.circulation.renew(librarian, other_code, override_reason="paying next week")
    assert renewed.overridden == ["renew_owes_limit"]


def test_owes_too_much_counts_the_fine_this_renewal_would_charge(services, librarian, desk, clock, make_book,
                                                                 make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")
    services.circulation.checkout(desk, card, code)
    services.fees.charge(librarian, card, 900, "Damaged cover")
    clock.set(date(2026, 4, 6))  # 14 days late, 12 open: 1.20 with 9.00 owed passes 10.00
    with pytest.raises(Refused) as refused:
        services.circulation.renew(desk, code)
    assert _codes(refused) == {"renew_owes_limit"}
    assert "owes 10.20 with this loan's fine of 1.20" in refused.value.message
    assert [f.amount_cents for f in services.fees.for_member(desk, card)] == [900]


def _lost_and_paid(services, librarian, desk, card: str, code: str, paid: int):  # type: ignore[no-untyped-def]
    services.circulation.checkout(desk, card, code)
    services.catalog.set_copy_status(librarian, code, "lost")  # a lost fee of its price, 15.00
    lost = next(f for f in services.fees.for_member(desk, card) if f.kind == "lost")
    if paid:
        services.fees.pay(desk, lost.id, paid)
    return lost


def test_a_lost_copy_found_refunds_what_was_paid_and_cancels_the_rest(services, librarian, desk, clock, make_book,
                                                                      make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")
    lost = _lost_and_paid(services, librarian, desk, card, code, 600)
    found = services.circulation.checkin(desk, code)
    assert (found.lost_fee_waived_cents, found.lost_fee_paid_cents) == (900, 600)
    assert "refund it to the member" in found.message
    fee = next(f for f in services.fees.for_member(desk, card) if f.id == lost.id)
    assert not fee.open and "Refunded 6.00" in fee.note
    assert [(u, '"cents": 900' in d) for u, d in _audit(services, "cancel_fee")] == [(lost.uuid, True)]
    assert [(u, '"cents": 600' in d) for u, d in _audit(services, "refund_fee")] == [(lost.uuid, True)]
    services.catalog.set_copy_status(librarian, code, "lost")  # lost again while on the shelf: no new fee
    services.catalog.set_copy_status(librarian, code, "available")
    again = services.circulation.checkin(desk, code)
    assert (again.lost_fee_waived_cents, again.lost_fee_paid_cents) == (0, 0)  # never refunded twice
    assert len(_audit(services, "refund_fee")) == 1


def test_a_lost_copy_found_keeps_its_fee_when_the_library_says_keep(services, admin, librarian, desk, clock,
                                                                    make_book, make_member) -> None:
    services.setup.update_settings(admin, lost_found="keep")
    card = make_member()
    _, [code] = make_book("Dune")
    lost = _lost_and_paid(services, librarian, desk, card, code, 600)
    found = services.circulation.checkin(desk, code)
    assert (found.lost_fee_waived_cents, found.lost_fee_paid_cents) == (0, 0)
    assert services.search.copy_by_barcode(code)[2] == "available"
    fee = next(f for f in services.fees.for_member(desk, card) if f.id == lost.id)
    assert (fee.open, fee.paid_cents, fee.balance_cents) == (True, 600, 900)
    assert _audit(services, "cancel_fee") == [] and _audit(services, "refund_fee") == []


def test_every_change_of_a_fee_writes_an_audit_event(services, librarian, desk, clock, make_book,
                                                     make_member) -> None:
    card = make_member()
    _, [a, b, c] = make_book("Dune", copies=3)
    for code in (a, b, c):
        services.circulation.checkout(desk, card, code)
    clock.set(date(2026, 3, 25))
    renewed = services.circulation.renew(desk, a)  # charge at renewal
    back = services.circulation.checkin(desk, b)  # charge at return
    manual = services.fees.charge(librarian, card, 300, "Printing")
    services.fees.pay(desk, manual.id, 100)
    services.fees.waive(librarian, manual.id, "goodwill")
    services.catalog.set_copy_status(librarian, c, "lost")  # the lost fee
    services.fees.pay(desk, next(f.id for f in services.fees.for_member(desk, card) if f.kind == "lost"), 500)
    services.circulation.checkin(desk, c)  # found: the rest cancelled, the 5.00 refunded
    fees = {f.uuid: f for f in services.fees.for_member(desk, card)}
    lost = next(u for u, f in fees.items() if f.kind == "lost")
    overdue = {u for u, f in fees.items() if f.kind == "overdue"}
    assert renewed.fee_cents and back.fee_cents and len(overdue) == 2
    assert {u for u, _ in _audit(services, "charge_fee")} == overdue | {lost}
    assert [u for u, _ in _audit(services, "add_fee")] == [manual.uuid]
    assert [u for u, _ in _audit(services, "pay_fee")] == [manual.uuid, lost]
    assert [u for u, _ in _audit(services, "waive_fee")] == [manual.uuid]
    assert [u for u, _ in _audit(services, "cancel_fee")] == [lost]
    assert [u for u, _ in _audit(services, "refund_fee")] == [lost]
