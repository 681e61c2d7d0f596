"""Fees: overdue fees come from returns and renewals; here a member pays, staff waive or add
a charge. Charging, paying and waiving are transitions (``tx`` first). A lost copy that turns up
settles its lost fee here too (``lost_copy_found``). Every change of a fee writes an audit event.

A payment may be part of what a fee owes: the fee keeps what was paid (``paid_cents``) and stays
open with its balance until the last cent comes in. A member who hands over more than owed gets
change; the fee records only its balance, never a credit. The journal operation of a payment
carries its amount, so the server's replay and every other desk reach the same balance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Copy, Fee, Loan, Member
from ...domain.errors import InvalidInput, NotFound, Reason, Refused
from ...domain.payments import allocate, check_amount
from ...domain.text import day, money, normalize_scan
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
    paid_cents: int = 0

    @property
    def open(self) -> bool:
        return not self.paid and not self.waived

    @property
    def balance_cents(self) -> int:
        """What is still owed (0 once paid or waived)."""
        return self.amount_cents - self.paid_cents if self.open else 0


@dataclass(frozen=True)
class Payment:
    """One payment at the desk, as a receipt tells it: the fees it went to (each as it is now,
    with the cents this payment gave it), what the member handed over, the change given back and
    what the member still owes in all."""

    card_number: str
    member_name: str
    at: datetime
    parts: tuple[tuple[FeeView, int], ...]
    received_cents: int
    change_cents: int
    owed_cents: int

    @property
    def paid_cents(self) -> int:
        return sum(cents for _, cents in self.parts)


def _view(fee: Fee) -> FeeView:
    return FeeView(fee.id, fee.uuid, fee.kind, fee.amount_cents, fee.created_at, fee.note,
                   fee.paid_at is not None, fee.waived_at is not None, fee.paid_cents or 0)


def balance(fee: Fee) -> int:
    """Cents the fee still owes (whatever its state)."""
    return fee.amount_cents - (fee.paid_cents or 0)


def check_open(fee: Fee) -> None:
    if fee.paid_at or fee.waived_at:
        state = "paid" if fee.paid_at else "waived"
        raise Refused("settle fee", [Reason("fee_closed", f"This fee of {money(fee.amount_cents)} is already {state}",
                                            False, values={"cents": fee.amount_cents, "state": state})])


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


def pay(tx: Tx, fee: Fee, amount_cents: int | None = None) -> int:
    """Take ``amount_cents`` towards the fee (``None``: its whole balance); returns the cents
    taken. The fee is paid once nothing is left. More than the balance is refused: change is the
    desk's business (``allocate``), never a credit on the fee."""
    require(tx.actor, Role.DESK, "take payments")
    check_open(fee)
    left = balance(fee)
    amount = left if amount_cents is None else check_amount(amount_cents, what="A payment")
    if amount > left:
        raise Refused("take payment", [Reason(
            "payment_over_balance", f"The fee of {money(fee.amount_cents)} ({fee.note or fee.kind}) has "
            f"{money(left)} left to pay; a payment of {money(amount)} is more", False,
            values={"cents": fee.amount_cents, "left_cents": left, "paid_cents": amount, "note": fee.note or ""})])
    fee.paid_cents = (fee.paid_cents or 0) + amount
    if fee.paid_cents == fee.amount_cents:
        fee.paid_at = tx.now
    _changed(tx, fee, "pay_fee", {"amount_cents": amount, "balance_cents": balance(fee)})
    return amount


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


def charge_for_loan(tx: Tx, loan: Loan, cents: int, note: str, *, kind: str = FeeKind.OVERDUE.value,
                    fee_uuid: str | None = None) -> Fee:
    """A fee a loan runs up: the overdue fine a return or a renewal charges
    (``policies.loan_fine``), the lost fee of a copy marked lost; with its audit event
    "charge_fee". ``fee_uuid``: the desk's uuid of it, kept in a replay unless a fee has it
    already. Written by that transition (no journal row of its own: the server's replay of the
    transition charges it again)."""
    fee = Fee(member_id=loan.member_id, loan_id=loan.id, kind=kind, amount_cents=cents,
              created_at=tx.now, note=note)
    if fee_uuid and tx.s.scalar(select(Fee.id).where(Fee.uuid == fee_uuid)) is None:
        fee.uuid = fee_uuid
    tx.add(fee)
    tx.audit("charge_fee", "fee", fee.uuid, kind=fee.kind, cents=cents, loan=loan.uuid, note=note)
    return fee


def lost_copy_found(tx: Tx, copy: Copy) -> tuple[int, int]:
    """A copy marked lost came back: the lost fee of its latest loan, per the library's
    ``lost_found`` setting. "refund": what is still owed is cancelled and what was paid (all or
    part) is to be handed back; the fee is closed (``waived_at``) with a note, and the audit log
    gets "cancel_fee" and "refund_fee" events with the cents, so the money is accounted for.
    "keep": the fee stays as it is. Returns (cents cancelled, cents to refund). A fee already
    waived (or refunded) is left alone: nothing is refunded twice."""
    fee = tx.s.scalar(select(Fee).join(Loan, Loan.id == Fee.loan_id)
                      .where(Loan.copy_id == copy.id, Fee.kind == FeeKind.LOST.value)
                      .order_by(Fee.created_at.desc(), Fee.id.desc()).limit(1))
    if fee is None or fee.waived_at is not None or tx.lib.setting(tx.s, "lost_found") == "keep":
        return 0, 0
    paid = fee.paid_cents or 0
    cancelled = 0 if fee.paid_at is not None else fee.amount_cents - paid
    fee.waived_at = tx.now
    found = f"the copy was found on {day(tx.today)}"
    fee.note = (f"{fee.note or ''}\nWaived: {found}" if cancelled else f"{fee.note or ''}").strip()
    if paid:
        fee.note = f"{fee.note}\nRefunded {money(paid)}: {found}".strip()
    tx.touch(fee)
    details = {"barcode": copy.barcode, "amount": money(fee.amount_cents)}
    if cancelled:
        tx.audit("cancel_fee", "fee", fee.uuid, cents=cancelled, reason="lost copy found", **details)
    if paid:
        tx.audit("refund_fee", "fee", fee.uuid, cents=paid, reason="lost copy found", **details)
    return cancelled, paid


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

    def pay(self, actor: Actor, fee_id: int, amount_cents: int | None = None) -> FeeView:
        """Pay ``amount_cents`` of one fee (``None``: all it still owes)."""
        require(actor, Role.DESK, "take payments")
        with action(self.lib, actor) as tx:
            fee = self._fee(tx.s, fee_id)
            pay(tx, fee, amount_cents)
            return _view(fee)

    def take_payment(self, actor: Actor, card_number: str, fee_ids: Sequence[int], received_cents: int) -> Payment:
        """The member of ``card_number`` hands over ``received_cents`` for the fees ``fee_ids``:
        the money goes to them oldest first, each taking what it owes, in one action; what is
        left over is change to give back. Returns the receipt's facts."""
        require(actor, Role.DESK, "take payments")
        if not fee_ids:
            raise InvalidInput("Choose at least one fee to pay", field="fees")
        with action(self.lib, actor) as tx:
            member = self._member(tx.s, card_number)
            chosen = []
            for fee_id in dict.fromkeys(fee_ids):
                fee = self._fee(tx.s, fee_id)
                if fee.member_id != member.id:
                    raise InvalidInput(f"Fee {fee_id} is not a fee of {member.full_name}", field="fees")
                check_open(fee)
                chosen.append(fee)
            chosen.sort(key=lambda f: (f.created_at, f.id))
            split = allocate([balance(f) for f in chosen], received_cents)
            parts = []
            for fee, cents in zip(chosen, split.parts, strict=True):
                if cents:
                    pay(tx, fee, cents)
                    parts.append((_view(fee), cents))
            tx.s.flush()
            return Payment(member.card_number, member.full_name, tx.now, tuple(parts), received_cents,
                           split.change_cents, _owed(tx.s, member.id))

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

    @staticmethod
    def _fee(s: Session, fee_id: int) -> Fee:
        fee = s.get(Fee, fee_id)
        if fee is None:
            raise NotFound(f"There is no fee with id {fee_id}")
        return fee

    @staticmethod
    def _member(s: Session, card_number: str) -> Member:
        member = s.scalar(select(Member).where(Member.card_number == normalize_scan(card_number)))
        if member is None:
            raise NotFound(f"No member has the card number {card_number!r}")
        return member


def _owed(s: Session, member_id: int) -> int:
    """What the member still owes over all open fees."""
    return int(s.scalar(select(func.coalesce(func.sum(Fee.amount_cents - Fee.paid_cents), 0)).where(
        Fee.member_id == member_id, Fee.paid_at.is_(None), Fee.waived_at.is_(None))) or 0)
