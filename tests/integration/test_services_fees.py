"""Fees: charge, pay, waive; no fee is settled twice and no balance goes negative."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, Fee
from desktop_app.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused


def test_charge_pay_and_waive(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    cd = services.fees.charge(librarian, card, 350, "  Broken CD case ")
    copy = services.fees.charge(librarian, card, 20, "Photocopies")
    assert (cd.kind, cd.amount_cents, cd.note, cd.open) == ("manual", 350, "Broken CD case", True)
    assert services.reports.members_owing(desk) == [(card, "Ana Ruiz", 370)]
    paid = services.fees.pay(desk, cd.id)
    assert paid.paid and not paid.open
    waived = services.fees.waive(librarian, copy.id, "first time")
    assert waived.waived and waived.note == "Photocopies\nWaived: first time"
    assert services.reports.members_owing(desk) == []
    assert services.fees.for_member(desk, card, open_only=True) == []
    assert [f.amount_cents for f in services.fees.for_member(desk, card)] == [350, 20]
    with services.library.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "fee").order_by(AuditEvent.id)))
    assert actions == ["add_fee", "add_fee", "pay_fee", "waive_fee"]


def test_a_fee_is_settled_once(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    fee = services.fees.charge(librarian, card, 100, "Lost card")
    services.fees.pay(desk, fee.id)
    with pytest.raises(Refused, match="This fee of 1.00 is already paid"):
        services.fees.pay(desk, fee.id)
    with pytest.raises(Refused, match="This fee of 1.00 is already paid"):
        services.fees.waive(librarian, fee.id, "oops")
    with pytest.raises(NotFound, match="There is no fee with id 999"):
        services.fees.pay(desk, 999)


def test_no_zero_or_negative_charges(services, librarian, clock, make_member) -> None:
    card = make_member()
    for amount in (0, -500):
        with pytest.raises(InvalidInput, match="A charge must be more than zero") as info:
            services.fees.charge(librarian, card, amount, "refund")
        assert info.value.field == "amount"
    with pytest.raises(InvalidInput, match="Say what the charge is for"):
        services.fees.charge(librarian, card, 100, "  ")
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(Fee)) == 0
        assert s.scalar(select(func.coalesce(func.min(Fee.amount_cents), 0))) >= 0


def test_fee_roles(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    with pytest.raises(PermissionDenied, match="may not charge fees"):
        services.fees.charge(desk, card, 100, "x")
    fee = services.fees.charge(librarian, card, 100, "x")
    with pytest.raises(PermissionDenied, match="may not waive fees"):
        services.fees.waive(desk, fee.id, "kind")
    with pytest.raises(InvalidInput, match="Say why the fee is waived"):
        services.fees.waive(librarian, fee.id, "")
    services.members.set_pin(desk, card, "1234")
    me = services.accounts.member_login(card, "1234")
    with pytest.raises(PermissionDenied, match="Members cannot take payments"):
        services.fees.pay(me, fee.id)
    assert [f.amount_cents for f in services.fees.for_member(me, card)] == [100]
