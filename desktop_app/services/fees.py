"""Fees: overdue fees come from returns; here members pay, staff waive or add a charge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import journal
from ..db.models import Fee, Member
from ..domain.errors import InvalidInput, NotFound, Refused, Reason
from ..domain.text import money, normalize_scan
from ..domain.values import FeeKind, Role
from .library import Actor, Library, require


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
        with self.lib.write() as s:
            fee = self._open_fee(s, fee_id)
            fee.paid_at = self.lib.now()
            self._changed(s, actor, fee, "pay_fee", {})
            return _view(fee)

    def waive(self, actor: Actor, fee_id: int, reason: str) -> FeeView:
        require(actor, Role.LIBRARIAN, "waive fees")
        if not reason or not reason.strip():
            raise InvalidInput("Say why the fee is waived", field="reason")
        with self.lib.write() as s:
            fee = self._open_fee(s, fee_id)
            fee.waived_at = self.lib.now()
            fee.note = f"{fee.note or ''}\nWaived: {reason.strip()}".strip()
            self._changed(s, actor, fee, "waive_fee", {"reason": reason.strip()})
            return _view(fee)

    def charge(self, actor: Actor, card_number: str, amount_cents: int, note: str) -> FeeView:
        require(actor, Role.LIBRARIAN, "charge fees")
        if amount_cents <= 0:
            raise InvalidInput("A charge must be more than zero", field="amount")
        if not note or not note.strip():
            raise InvalidInput("Say what the charge is for", field="note")
        with self.lib.write() as s:
            member = self._member(s, card_number)
            fee = Fee(member_id=member.id, kind=FeeKind.MANUAL.value, amount_cents=amount_cents,
                      created_at=self.lib.now(), updated_at=self.lib.now(), note=note.strip())
            s.add(fee)
            s.flush()
            journal.append(s, "add_fee", {"fee_uuid": fee.uuid, "member_uuid": member.uuid, "kind": fee.kind,
                                          "amount_cents": amount_cents, "note": fee.note}, entity_uuid=fee.uuid)
            self.lib.audit(s, actor, "add_fee", "fee", fee.uuid, card=member.card_number, amount=money(amount_cents))
            return _view(fee)

    def _changed(self, s: Session, actor: Actor, fee: Fee, kind: str, extra: dict[str, object]) -> None:
        fee.version += 1
        fee.updated_at = self.lib.now()
        journal.append(s, kind, {"fee_uuid": fee.uuid, "at": self.lib.now().isoformat(), **extra},
                       entity_uuid=fee.uuid, base_version=fee.version - 1)
        self.lib.audit(s, actor, kind, "fee", fee.uuid, amount=money(fee.amount_cents), **extra)

    def _open_fee(self, s: Session, fee_id: int) -> Fee:
        fee = s.get(Fee, fee_id)
        if fee is None:
            raise NotFound(f"There is no fee with id {fee_id}")
        if fee.paid_at or fee.waived_at:
            state = "paid" if fee.paid_at else "waived"
            raise Refused("settle fee", [Reason("fee_closed", f"This fee of {money(fee.amount_cents)} is already {state}",
                                                False)])
        return fee

    def _member(self, s: Session, card_number: str) -> Member:
        member = s.scalar(select(Member).where(Member.card_number == normalize_scan(card_number)))
        if member is None:
            raise NotFound(f"No member has the card number {card_number!r}")
        return member
