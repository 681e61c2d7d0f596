"""Fees: overdue fees come from returns and renewals; here a member pays, staff waive or add
a charge. Charging, paying and waiving are transitions (``tx`` first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Fee, Member
from ...domain.errors import InvalidInput, NotFound, Reason, Refused
from ...domain.text import money, normalize_scan
from ...domain.values import FeeKind, Role
from ..library import Actor, Library, require
from ..transaction import Tx, action

MAX_CHARGE_CENTS = 100_000_00


@dataclass(frozen=True)
class FeeView:
    id: int
    uuid: str
    kind: str
    amount_cents: int
    created_at: datetime
    note: str | None
    paid: bool
    waived: bool

    @property
    def open(self) -> bool:
        return not self.paid and not self.waived


def _view(fee: Fee) -> FeeView:
    return FeeView(fee.id, fee.uuid, fee.kind, fee.amount_cents, fee.created_at, fee.note,
                   fee.paid_at is not None, fee.waived_at is not None)


def check_open(fee: Fee) -> None:
    if fee.paid_at or fee.waived_at:
        state = "paid" if fee.paid_at else "waived"
        raise Refused("settle fee", [Reason("fee_closed", f"This fee of {money(fee.amount_cents)} is already {state}",
                                            False)])


def charge(tx: Tx, member: Member, amount_cents: int, note: str, *, kind: str = FeeKind.MANUAL.value,
           fee_uuid: str | None = None) -> Fee:
    """A charge staff add by hand (a lost card, a damaged book)."""
    require(tx.actor, Role.LIBRARIAN, "charge fees")
    if not isinstance(amount_cents, int) or isinstance(amount_cents, bool) or amount_cents <= 0:
        raise InvalidInput("A charge must be more than zero", field="amount")
    if amount_cents > MAX_CHARGE_CENTS:
        raise InvalidInput(f"A charge of {money(amount_cents)} is too large", field="amount")
    note = " ".join((note or "").split())
    if not note:
        raise InvalidInput("Say what the charge is for", field="note")
    if len(note) > 1000:
        raise InvalidInput("The note is too long (at most 1000 characters)", field="note")
    if kind not in {k.value for k in FeeKind}:
        raise InvalidInput(f"Unknown kind of fee {kind!r}", field="kind")
    fee = Fee(member_id=member.id, kind=kind, amount_cents=amount_cents, created_at=tx.now, note=note)
    if fee_uuid:
        fee.uuid = fee_uuid
    tx.add(fee)
    tx.record("add_fee", {"fee_uuid": fee.uuid, "member_uuid": member.uuid, "card_number": member.card_number,
                          "kind": fee.kind, "amount_cents": amount_cents, "note": fee.note},
              row_uuid=fee.uuid, entity="fee", card=member.card_number, amount=money(amount_cents))
    return fee


def pay(tx: Tx, fee: Fee) -> None:
    require(tx.actor, Role.DESK, "take payments")
    check_open(fee)
    fee.paid_at = tx.now
    _changed(tx, fee, "pay_fee", {})


def waive(tx: Tx, fee: Fee, reason: str) -> None:
    require(tx.actor, Role.LIBRARIAN, "waive fees")
    reason = " ".join((reason or "").split())
    if not reason:
        raise InvalidInput("Say why the fee is waived", field="reason")
    check_open(fee)
    fee.waived_at = tx.now
    fee.note = f"{fee.note or ''}\nWaived: {reason}".strip()
    _changed(tx, fee, "waive_fee", {"reason": reason})


def _changed(tx: Tx, fee: Fee, kind: str, extra: dict[str, object]) -> None:
    tx.touch(fee)
    tx.record(kind, {"fee_uuid": fee.uuid, "at": tx.now.isoformat(), **extra}, row_uuid=fee.uuid,
              base_version=fee.version - 1, entity="fee", amount=money(fee.amount_cents), extra=extra)


class Fees:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def for_member(self, actor: Actor, card_number: str, *, open_only: bool = False) -> list[FeeView]:
        with self.lib.read() as s:
            member = self._member(s, card_number)
            if actor.role == Role.MEMBER and actor.member_id != member.id:
                raise NotFound("No such member")
            stmt = select(Fee).where(Fee.member_id == member.id).order_by(Fee.created_at)
            if open_only:
                stmt = stmt.where(Fee.paid_at.is_(None), Fee.waived_at.is_(None))
            return [_view(f) for f in s.scalars(stmt)]

    def pay(self, actor: Actor, fee_id: int) -> FeeView:
        require(actor, Role.DESK, "take payments")
        with action(self.lib, actor) as tx:
            fee = self._fee(tx.s, fee_id)
            pay(tx, fee)
            return _view(fee)

    def waive(self, actor: Actor, fee_id: int, reason: str) -> FeeView:
        require(actor, Role.LIBRARIAN, "waive fees")
        if not reason or not reason.strip():
            raise InvalidInput("Say why the fee is waived", field="reason")
        with action(self.lib, actor) as tx:
            fee = self._fee(tx.s, fee_id)
            waive(tx, fee, reason)
            return _view(fee)

    def charge(self, actor: Actor, card_number: str, amount_cents: int, note: str) -> FeeView:
        require(actor, Role.LIBRARIAN, "charge fees")
        with action(self.lib, actor) as tx:
            return _view(charge(tx, self._member(tx.s, card_number), amount_cents, note))

    def _fee(self, s: Session, fee_id: int) -> Fee:
        fee = s.get(Fee, fee_id)
        if fee is None:
            raise NotFound(f"There is no fee with id {fee_id}")
        return fee

    def _member(self, s: Session, card_number: str) -> Member:
        member = s.scalar(select(Member).where(Member.card_number == normalize_scan(card_number)))
        if member is None:
            raise NotFound(f"No member has the card number {card_number!r}")
        return member
