"""Part payments and payments with change: the balance a fee keeps, the journal operation that
carries the amount, what a member owes everywhere it is shown, and the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent, Fee, JournalEntry
from desktop_app.domain.errors import InvalidInput, PermissionDenied, Refused


def _fee_row(services, fee_id: int) -> tuple[int, int, bool]:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        fee = s.get(Fee, fee_id)
        return fee.amount_cents, fee.paid_cents, fee.paid_at is not None


def _owed_everywhere(services, actor, card: str) -> set[int]:  # type: ignore[no-untyped-def]
    """What the member owes as the desk card, the Members tab, the report and the rules see it."""
    owing = {c: cents for c, _name, cents in services.reports.members_owing(actor)}
    return {services.queries.member_card(actor, services.queries.member_id(card)).owed_cents,
            services.browse.member_detail(actor, card).owed_cents, owing.get(card, 0)}


def test_a_part_payment_leaves_the_balance_and_two_parts_close_it(services, desk, librarian, clock,
                                                                    make_member) -> None:
    card = make_member()
    fee = services.fees.charge(librarian, card, 500, "Lost card")
    first = services.fees.pay(desk, fee.id, 200)
    assert (first.open, first.paid_cents, first.balance_cents) == (True, 200, 300)
    assert _fee_row(services, fee.id) == (500, 200, False)
    assert _owed_everywhere(services, desk, card) == {300}
    assert [f.balance_cents for f in services.fees.for_member(desk, card, open_only=True)] == [300]
    second = services.fees.pay(desk, fee.id, 300)
    assert (second.open, second.paid, second.paid_cents, second.balance_cents) == (False, True, 500, 0)
    assert _fee_row(services, fee.id) == (500, 500, True)
    assert _owed_everywhere(services, desk, card) == {0}
    with services.library.read() as s:
        ops = [e.args for e in s.scalars(select(JournalEntry).where(JournalEntry.kind == "pay_fee")
                                         .order_by(JournalEntry.seq))]
        audit = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "fee")))
    assert [(o["fee_uuid"], o["amount_cents"], o["balance_cents"]) for o in ops] == \
        [(fee.uuid, 200, 300), (fee.uuid, 300, 0)]
    assert audit == ["add_fee", "pay_fee", "pay_fee"]


def test_paying_without_an_amount_pays_what_is_left(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    fee = services.fees.charge(librarian, card, 450, "Printing")
    services.fees.pay(desk, fee.id, 150)
    done = services.fees.pay(desk, fee.id)
    assert done.paid and done.paid_cents == 450


@pytest.mark.parametrize("amount", [0, -100, 2.5, True])
def test_a_payment_of_nothing_is_refused_and_nothing_is_paid(services, desk, librarian, clock, make_member,
                                                             amount: object) -> None:
    card = make_member()
    fee = services.fees.charge(librarian, card, 500, "Lost card")
    with pytest.raises(InvalidInput) as caught:
        services.fees.pay(desk, fee.id, amount)  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    assert _fee_row(services, fee.id) == (500, 0, False)


def test_more_than_the_balance_is_never_kept_as_credit(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    fee = services.fees.charge(librarian, card, 500, "Lost card")
    services.fees.pay(desk, fee.id, 400)
    with pytest.raises(Refused, match="has 1.00 left to pay; a payment of 2.00 is more") as caught:
        services.fees.pay(desk, fee.id, 200)
    assert caught.value.codes == ["payment_over_balance"]
    assert _fee_row(services, fee.id) == (500, 400, False)


def test_money_handed_over_is_spread_oldest_first_with_change(services, desk, librarian, clock,
                                                              make_member) -> None:
    card = make_member()
    older = services.fees.charge(librarian, card, 250, "Photocopies")
    clock.advance(seconds=60)
    newer = services.fees.charge(librarian, card, 500, "Lost card")
    other = services.fees.charge(librarian, make_member("Bo", "Li"), 100, "Printing")
    part = services.fees.take_payment(desk, card, [newer.id, older.id], 400)
    assert [(view.id, cents, view.balance_cents) for view, cents in part.parts] == \
        [(older.id, 250, 0), (newer.id, 150, 350)]
    assert (part.received_cents, part.change_cents, part.owed_cents, part.member_name) == (400, 0, 350, "Ana Ruiz")
    rest = services.fees.take_payment(desk, card, [newer.id], 2000)
    assert [(view.id, cents, view.paid) for view, cents in rest.parts] == [(newer.id, 350, True)]
    assert (rest.paid_cents, rest.change_cents, rest.owed_cents) == (350, 1650, 0)
    assert _fee_row(services, newer.id) == (500, 500, True)
    with pytest.raises(InvalidInput, match="is not a fee of Ana Ruiz"):
        services.fees.take_payment(desk, card, [other.id], 100)
    with pytest.raises(Refused, match="already paid"):
        services.fees.take_payment(desk, card, [older.id], 100)
    fresh = services.fees.charge(librarian, card, 300, "Printing")
    with pytest.raises(InvalidInput, match="more than zero"):
        services.fees.take_payment(desk, card, [fresh.id], 0)
    with pytest.raises(Refused, match="already paid"):  # one closed fee among them: nothing is paid
        services.fees.take_payment(desk, card, [fresh.id, older.id], 300)
    assert _fee_row(services, fresh.id) == (300, 0, False)


def test_only_desk_staff_take_payments(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    fee = services.fees.charge(librarian, card, 500, "Lost card")
    services.members.set_pin(desk, card, "1234")
    me = services.accounts.member_login(card, "1234")
    with pytest.raises(PermissionDenied, match="Members cannot take payments"):
        services.fees.pay(me, fee.id, 100)
    with pytest.raises(PermissionDenied, match="Members cannot take payments"):
        services.fees.take_payment(me, card, [fee.id], 100)
    assert _fee_row(services, fee.id) == (500, 0, False)


def test_a_lost_copy_found_after_a_part_payment_refunds_the_part(services, desk, librarian, clock, make_book,
                                                                 make_member) -> None:
    card = make_member()
    _book, (code,) = make_book("Dune", copies=1)
    services.circulation.checkout(desk, card, code)
    services.catalog.set_copy_status(librarian, code, "lost")  # a lost fee of the copy's price, 15.00
    lost = next(f for f in services.fees.for_member(desk, card, open_only=True) if f.kind == "lost")
    services.fees.pay(desk, lost.id, 500)
    clock.set(date(2026, 3, 5))
    found = services.circulation.checkin(desk, code)
    assert (found.lost_fee_waived_cents, found.lost_fee_paid_cents) == (lost.amount_cents - 500, 500)
    assert _owed_everywhere(services, desk, card) == {0}


def _cli(data_dir, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--as", "lena", *args],
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_charges_and_takes_part_payments(services, library_paths, librarian, desk,
                                                          make_member) -> None:
    card = make_member()
    charged = _cli(library_paths.data_dir, "charge", card, "5.00", "Lost", "card")
    assert charged.returncode == 0, charged.stderr
    assert "Charged 5.00" in charged.stdout
    fee = services.fees.for_member(desk, card)[0]
    assert (fee.amount_cents, fee.note) == (500, "Lost card")
    part = _cli(library_paths.data_dir, "pay", str(fee.id), "--amount", "2,25")
    assert part.returncode == 0, part.stderr
    assert f"Paid 2.25 of fee {fee.id} (Lost card); 2.75 left to pay" in part.stdout
    listed = _cli(library_paths.data_dir, "fees", card)
    assert "2.25" in listed.stdout and "Owed in all: 2.75" in listed.stdout
    too_much = _cli(library_paths.data_dir, "pay", str(fee.id), "--amount", "3")
    assert too_much.returncode == 1 and "2.75 left to pay" in too_much.stderr
    assert _fee_row(services, fee.id) == (500, 225, False)
