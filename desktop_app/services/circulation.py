"""Lending, returns and renewals: the scan-first operations of the desk.

Each call is one staff action and one write transaction: the loan, the copy's status, any fee
or hold change, the audit event and the journal row commit together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ..db import journal
from ..db.models import Copy, Fee, Hold, Loan, Member
from ..domain import circulation as rules
from ..domain.errors import InvalidInput, PermissionDenied, Refused, Reason
from ..domain.text import day, money, normalize_scan
from ..domain.values import CopySnapshot, CopyStatus, FeeKind, HoldStatus, LoanSnapshot, Role
from .library import Actor, Library, require
from .policies import calendar, member_snapshot, policy_for
from .shelf import release_copy, trap_for_hold


@dataclass(frozen=True)
class CheckoutResult:
    loan_id: int
    barcode: str
    title: str
    member_name: str
    card_number: str
    due_date: date
    overridden: list[str]

    @property
    def message(self) -> str:
        return f"'{self.title}' ({self.barcode}) lent to {self.member_name}, due {day(self.due_date)}"


@dataclass(frozen=True)
class CheckinResult:
    barcode: str
    title: str
    was_on_loan: bool
    member_name: str | None
    days_late: int
    fee_cents: int
    hold_for: str | None  # member name when the copy goes to the hold shelf
    hold_card: str | None
    pickup_by: date | None

    @property
    def message(self) -> str:
        if not self.was_on_loan:
            text = f"'{self.title}' ({self.barcode}) was not on loan"
        else:
            text = f"'{self.title}' ({self.barcode}) returned by {self.member_name}"
            if self.days_late:
                text += f", {self.days_late} days late"
            if self.fee_cents:
                text += f"; fee {money(self.fee_cents)}"
        if self.hold_for:
            text += f". Put on the hold shelf for {self.hold_for} ({self.hold_card})"
        return text


@dataclass(frozen=True)
class RenewResult:
    barcode: str
    title: str
    member_name: str
    due_date: date
    renewals: int
    overridden: list[str]

    @property
    def message(self) -> str:
        return f"'{self.title}' ({self.barcode}) renewed for {self.member_name}, now due {day(self.due_date)}"


def copy_snapshot(s: Session, copy: Copy) -> CopySnapshot:
    borrower = due = reserved_card = reserved_name = None
    if copy.status == CopyStatus.ON_LOAN:
        row = s.execute(select(Member.first_name, Member.last_name, Loan.due_date)
                        .join(Loan, Loan.member_id == Member.id)
                        .where(Loan.copy_id == copy.id, Loan.returned_at.is_(None))).first()
        if row:
            borrower, due = f"{row[0]} {row[1]}", row[2]
    elif copy.status == CopyStatus.ON_HOLD_SHELF:
        row = s.execute(select(Member.card_number, Member.first_name, Member.last_name)
                        .join(Hold, Hold.member_id == Member.id)
                        .where(Hold.copy_id == copy.id, Hold.status == HoldStatus.READY)).first()
        if row:
            reserved_card, reserved_name = row[0], f"{row[1]} {row[2]}"
    return CopySnapshot(barcode=copy.barcode, title=copy.book.title, status=CopyStatus(copy.status),
                        item_type=copy.book.item_type, borrower_name=borrower, due_date=due,
                        reserved_for_member=reserved_card, reserved_for_name=reserved_name)


def _override(actor: Actor, refusal: Refused, reason: str | None) -> list[str]:
    """Allow a refused action when a librarian gives a reason and every reason may be overridden."""
    if not reason or not reason.strip():
        raise refusal
    if not actor.at_least(Role.LIBRARIAN):
        raise PermissionDenied(f"Only a librarian or admin may override: {refusal.message}")
    if not refusal.overridable:
        raise refusal
    return refusal.codes


class Circulation:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def checkout(self, actor: Actor, card_number: str, barcode: str, *, override_reason: str | None = None) -> CheckoutResult:
        require(actor, Role.DESK, "lend books")
        card, code = normalize_scan(card_number), normalize_scan(barcode)
        if not code:
            raise InvalidInput("Scan or type a copy barcode", field="barcode")
        with self.lib.write() as s:
            today = self.lib.today()
            member = s.scalar(select(Member).where(Member.card_number == card)) if card else None
            copy = s.scalar(select(Copy).options(joinedload(Copy.book)).where(Copy.barcode == code))
            snap_m = member_snapshot(self.lib, s, member, today) if member else None
            snap_c = copy_snapshot(s, copy) if copy else None
            reasons = rules.lend_reasons(snap_m, snap_c, today=today, scanned_copy=barcode.strip(),
                                         scanned_card=card_number.strip())
            overridden: list[str] = []
            if reasons:
                overridden = _override(actor, Refused("lend", reasons), override_reason)
            assert member is not None and copy is not None and snap_m is not None
            now = self.lib.now()
            due = rules.loan_due_date(snap_m.policy, copy.book.item_type, today, calendar(self.lib, s))
            if copy.status == CopyStatus.ON_HOLD_SHELF:
                self._close_ready_hold(s, copy, member)
            loan = Loan(copy_id=copy.id, member_id=member.id, checked_out_at=now, due_date=due, renewals=0,
                        lent_by_id=actor.staff_id, desk=actor.desk, override_reason=override_reason if overridden else None,
                        updated_at=now, version=1)
            s.add(loan)
            copy.status = CopyStatus.ON_LOAN.value
            copy.version += 1
            copy.updated_at = now
            # A member borrowing a book they were waiting for no longer waits, nor does one who
            # had another copy set aside (that copy goes to the next in line).
            mine = {h.status: h for h in s.scalars(select(Hold).where(
                Hold.book_id == copy.book_id, Hold.member_id == member.id,
                Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY))))}
            waiting, ready = mine.get(HoldStatus.WAITING.value), mine.get(HoldStatus.READY.value)
            if waiting is not None:
                waiting.status, waiting.closed_at, waiting.copy_id = HoldStatus.FULFILLED.value, now, copy.id
                waiting.version += 1
            if ready is not None:
                aside = s.get(Copy, ready.copy_id) if ready.copy_id else None
                ready.status, ready.closed_at, ready.copy_id = HoldStatus.FULFILLED.value, now, copy.id
                ready.version += 1
                s.flush()
                if aside is not None and aside.status == CopyStatus.ON_HOLD_SHELF:
                    release_copy(self.lib, s, aside, today)
            s.flush()
            journal.append(s, "checkout", {
                "loan_uuid": loan.uuid, "copy_uuid": copy.uuid, "member_uuid": member.uuid, "barcode": copy.barcode,
                "card_number": member.card_number, "due_date": due.isoformat(), "checked_out_at": now.isoformat(),
                "override_reason": loan.override_reason, "desk": actor.desk,
            }, entity_uuid=loan.uuid, occurred_at=now)
            self.lib.audit(s, actor, "checkout", "loan", loan.uuid, barcode=copy.barcode, card=member.card_number,
                           due=due.isoformat(), **({"override": overridden, "reason": override_reason} if overridden else {}))
            return CheckoutResult(loan.id, copy.barcode, copy.book.title, member.full_name, member.card_number, due,
                                  overridden)

    def _close_ready_hold(self, s: Session, copy: Copy, member: Member) -> None:
        hold = s.scalar(select(Hold).where(Hold.copy_id == copy.id, Hold.status == HoldStatus.READY))
        if hold is None:
            return
        if hold.member_id == member.id:
            hold.status = HoldStatus.FULFILLED.value
        else:  # an override lends a copy held for someone else: that member waits again
            hold.status, hold.copy_id, hold.pickup_by, hold.ready_at = HoldStatus.WAITING.value, None, None, None
        hold.closed_at = self.lib.now() if hold.status == HoldStatus.FULFILLED else None
        hold.version += 1

    def checkin(self, actor: Actor, barcode: str) -> CheckinResult:
        """Take a copy back. Returning a copy that is not on loan is a result, not an error
        (it may still be trapped for a waiting hold)."""
        require(actor, Role.DESK, "take back books")
        code = normalize_scan(barcode)
        if not code:
            raise InvalidInput("Scan or type a copy barcode", field="barcode")
        with self.lib.write() as s:
            copy = s.scalar(select(Copy).where(Copy.barcode == code))
            if copy is None:
                raise Refused("return", [Reason("unknown_copy", f"No copy has the barcode {barcode.strip()!r}", False)])
            now, today = self.lib.now(), self.lib.today()
            loan = s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None)))
            member_name, late, fee_cents, fee_uuid = None, 0, 0, None
            if loan is not None:
                member = s.get(Member, loan.member_id)
                assert member is not None
                member_name = member.full_name
                loan.returned_at, loan.returned_by_id = now, actor.staff_id
                loan.version += 1
                loan.updated_at = now
                policy = policy_for(self.lib, s, member)
                snap = LoanSnapshot(loan.checked_out_at, loan.due_date, loan.renewals)
                late = max(0, (today - loan.due_date).days)
                fee_cents = rules.return_fine(policy, snap, today)
                if fee_cents:
                    fee = Fee(member_id=member.id, loan_id=loan.id, kind=FeeKind.OVERDUE.value, amount_cents=fee_cents,
                              created_at=now, updated_at=now, note=f"{late} days late: {copy.barcode} '{copy.book.title}'")
                    s.add(fee)
                    s.flush()
                    fee_uuid = fee.uuid
                copy.status = CopyStatus.AVAILABLE.value
            elif copy.status in (CopyStatus.ON_LOAN,):
                copy.status = CopyStatus.AVAILABLE.value  # repair a status without a loan
            hold_info = None
            if copy.status == CopyStatus.LOST:
                copy.status = CopyStatus.AVAILABLE.value  # a lost copy was found: back on the shelf
            if copy.status == CopyStatus.AVAILABLE:
                # Damaged and withdrawn copies keep their status: they go to repair, not to a member.
                hold_info = trap_for_hold(self.lib, s, copy, today)
            copy.version += 1
            copy.updated_at = now
            s.flush()
            journal.append(s, "checkin", {
                "copy_uuid": copy.uuid, "barcode": copy.barcode, "loan_uuid": loan.uuid if loan else None,
                "returned_at": now.isoformat(), "fee_uuid": fee_uuid, "fee_cents": fee_cents,
                "hold_uuid": hold_info.hold_uuid if hold_info else None,
            }, entity_uuid=loan.uuid if loan else copy.uuid, occurred_at=now)
            self.lib.audit(s, actor, "checkin", "loan" if loan else "copy", loan.uuid if loan else copy.uuid,
                           barcode=copy.barcode, fee_cents=fee_cents, was_on_loan=loan is not None,
                           hold_for=hold_info.card if hold_info else None)
            return CheckinResult(copy.barcode, copy.book.title, loan is not None, member_name, late, fee_cents,
                                 hold_info.name if hold_info else None, hold_info.card if hold_info else None,
                                 hold_info.pickup_by if hold_info else None)

    def renew(self, actor: Actor, barcode: str, *, override_reason: str | None = None) -> RenewResult:
        """Renew the open loan of a copy. Members may renew only their own loans."""
        require(actor, Role.MEMBER, "renew loans")
        code = normalize_scan(barcode)
        with self.lib.write() as s:
            copy = s.scalar(select(Copy).where(Copy.barcode == code))
            loan = s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None))) if copy else None
            if copy is None:
                raise Refused("renew", [Reason("unknown_copy", f"No copy has the barcode {barcode.strip()!r}", False)])
            if loan is None:
                raise Refused("renew", [Reason("not_on_loan", f"Copy {copy.barcode} '{copy.book.title}' is not on loan",
                                               False)])
            member = s.get(Member, loan.member_id)
            assert member is not None
            if actor.role == Role.MEMBER and actor.member_id != member.id:
                raise PermissionDenied("You can only renew your own loans")
            today = self.lib.today()
            snap_m = member_snapshot(self.lib, s, member, today)
            snap_l = LoanSnapshot(loan.checked_out_at, loan.due_date, loan.renewals)
            waiting = s.scalar(select(func.count()).select_from(Hold).where(
                Hold.book_id == copy.book_id, Hold.status == HoldStatus.WAITING)) or 0
            reasons = rules.renew_reasons(snap_m, copy_snapshot(s, copy), snap_l, today=today, others_waiting=waiting)
            overridden: list[str] = []
            if reasons:
                overridden = _override(actor, Refused("renew", reasons), override_reason)
            due = rules.renewed_due_date(snap_m.policy, copy.book.item_type, snap_l, today, calendar(self.lib, s))
            loan.due_date, loan.renewals = due, loan.renewals + 1
            loan.version += 1
            loan.updated_at = self.lib.now()
            journal.append(s, "renew", {"loan_uuid": loan.uuid, "barcode": copy.barcode, "due_date": due.isoformat(),
                                        "renewals": loan.renewals, "override_reason": override_reason if overridden else None},
                           entity_uuid=loan.uuid, base_version=loan.version - 1, occurred_at=self.lib.now())
            self.lib.audit(s, actor, "renew", "loan", loan.uuid, barcode=copy.barcode, due=due.isoformat(),
                           **({"override": overridden, "reason": override_reason} if overridden else {}))
            return RenewResult(copy.barcode, copy.book.title, member.full_name, due, loan.renewals, overridden)
