"""Lending, returns and renewals: the transitions behind every scan at the desk, every loan
made through the REST API and every checkout, return or renewal a desk pushes to the server.

Each takes the ``Tx`` of its action first and writes, in that one transaction, the loan, the
copy's status, any fee or hold change, the version bumps, the audit event and the journal row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Copy, Hold, Loan, Member
from ...domain import circulation as rules
from ...domain.dates import days_overdue
from ...domain.errors import PermissionDenied, Reason, Refused
from ...domain.text import day, money
from ...domain.values import CopySnapshot, CopyStatus, HoldStatus, LoanSnapshot, Role
from ..changes import Changes
from ..library import require
from ..transaction import Tx
from .fees import charge_for_loan, lost_copy_found
from .overrides import allow_override
from .policies import calendar, fine_calendar, loan_fine, member_snapshot, policy_for
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
    loan_uuid: str = ""
    changes: Changes = field(default_factory=lambda: Changes(frozenset()))

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
    loan_uuid: str | None = None
    fee_uuid: str | None = None
    hold_uuid: str | None = None
    lost_fee_waived_cents: int = 0  # a copy marked lost came back: its unpaid lost fee is cancelled
    lost_fee_paid_cents: int = 0  # ... and what the member had paid of it: the desk hands it back
    changes: Changes = field(default_factory=lambda: Changes(frozenset()))

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
        if self.lost_fee_waived_cents:
            text += f"; it was marked lost: the lost fee of {money(self.lost_fee_waived_cents)} is cancelled"
        if self.lost_fee_paid_cents:
            text += (f"; it was marked lost and {money(self.lost_fee_paid_cents)} was paid for it: "
                     "refund it to the member")
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
    fee_cents: int = 0  # what the loan ran up while overdue, charged at the renewal
    changes: Changes = field(default_factory=lambda: Changes(frozenset()))

    @property
    def message(self) -> str:
        text = f"'{self.title}' ({self.barcode}) renewed for {self.member_name}, now due {day(self.due_date)}"
        if self.fee_cents:
            text += f"; {money(self.fee_cents)} overdue fee charged"
        return text


def open_loan(s: Session, copy: Copy) -> Loan | None:
    return s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None)))


def copy_snapshot(s: Session, copy: Copy) -> CopySnapshot:
    """What the rules see of a copy. A copy marked on loan without an open loan (a status
    left behind) counts as available: the loans are the truth."""
    borrower = due = reserved_card = reserved_name = None
    status = CopyStatus(copy.status)
    if status == CopyStatus.ON_LOAN:
        row = s.execute(select(Member.first_name, Member.last_name, Loan.due_date)
                        .join(Loan, Loan.member_id == Member.id)
                        .where(Loan.copy_id == copy.id, Loan.returned_at.is_(None))).first()
        if row:
            borrower, due = f"{row[0]} {row[1]}", row[2]
        else:
            status = CopyStatus.AVAILABLE
    elif status == CopyStatus.ON_HOLD_SHELF:
        waiting = s.execute(select(Member.card_number, Member.first_name, Member.last_name)
                            .join(Hold, Hold.member_id == Member.id)
                            .where(Hold.copy_id == copy.id, Hold.status == HoldStatus.READY)).first()
        if waiting:
            reserved_card, reserved_name = waiting[0], f"{waiting[1]} {waiting[2]}"
    return CopySnapshot(barcode=copy.barcode, title=copy.book.title, status=status,
                        item_type=copy.book.item_type, borrower_name=borrower, due_date=due,
                        reserved_for_member=reserved_card, reserved_for_name=reserved_name)


# -- lend -------------------------------------------------------------------------------------
def lend(tx: Tx, member: Member, copy: Copy, *, override_reason: str | None = None, loan_uuid: str | None = None,
         due_date: date | None = None) -> CheckoutResult:
    """Lend ``copy`` to ``member`` at ``tx.now``. A due date proposed by a desk is kept
    when the rules allow it (not later than they give), else the rules' date is used."""
    require(tx.actor, Role.DESK, "lend books")
    today = tx.today
    snap_m = member_snapshot(tx.lib, tx.s, member, today)
    reasons = rules.lend_reasons(snap_m, copy_snapshot(tx.s, copy), today=today)
    overridden = allow_override(tx.actor, Refused("lend", reasons), override_reason) if reasons else []
    rule_due = rules.loan_due_date(snap_m.policy, copy.book.item_type, today, calendar(tx.lib, tx.s, today))
    due = due_date if due_date is not None and today <= due_date <= rule_due else rule_due
    if copy.status == CopyStatus.ON_HOLD_SHELF:
        _take_from_hold_shelf(tx, copy, member)
    loan = Loan(copy_id=copy.id, member_id=member.id, checked_out_at=tx.now, due_date=due, renewals=0,
                lent_by_id=tx.actor.staff_id, desk=tx.actor.desk,
                override_reason=override_reason.strip() if overridden and override_reason else None)
    if loan_uuid:
        loan.uuid = loan_uuid
    tx.add(loan)
    copy.status = CopyStatus.ON_LOAN.value
    tx.touch(copy)
    _fulfil_own_holds(tx, copy, member)
    tx.record("checkout", {
        "loan_uuid": loan.uuid, "copy_uuid": copy.uuid, "member_uuid": member.uuid, "barcode": copy.barcode,
        "card_number": member.card_number, "due_date": due.isoformat(), "checked_out_at": tx.now.isoformat(),
        "override_reason": loan.override_reason, "desk": tx.actor.desk,
    }, row_uuid=loan.uuid, entity="loan", barcode=copy.barcode, card=member.card_number, due=due.isoformat(),
        extra={"override": overridden, "reason": loan.override_reason} if overridden else None)
    return CheckoutResult(loan.id, copy.barcode, copy.book.title, member.full_name, member.card_number, due,
                          overridden, loan.uuid, tx.changes)


def _take_from_hold_shelf(tx: Tx, copy: Copy, member: Member) -> None:
    """The copy waits on the hold shelf: for this member, their hold is fulfilled; for someone
    else (an override), that member waits again, first in line as before."""
    hold = tx.s.scalar(select(Hold).where(Hold.copy_id == copy.id, Hold.status == HoldStatus.READY))
    if hold is None:
        return
    if hold.member_id == member.id:
        hold.status, hold.closed_at = HoldStatus.FULFILLED.value, tx.now
    else:
        hold.status, hold.copy_id, hold.pickup_by, hold.ready_at = HoldStatus.WAITING.value, None, None, None
    tx.touch(hold)


def _fulfil_own_holds(tx: Tx, copy: Copy, member: Member) -> None:
    """A member borrowing a book they were waiting for no longer waits, nor does one who had
    another copy of it set aside (that copy goes to the next in line)."""
    mine = list(tx.s.scalars(select(Hold).where(
        Hold.book_id == copy.book_id, Hold.member_id == member.id,
        Hold.status.in_((HoldStatus.WAITING, HoldStatus.READY)))))
    for hold in mine:
        aside = tx.s.get(Copy, hold.copy_id) if hold.status == HoldStatus.READY and hold.copy_id else None
        hold.status, hold.closed_at, hold.copy_id = HoldStatus.FULFILLED.value, tx.now, copy.id
        tx.touch(hold)
        tx.s.flush()
        if aside is not None and aside.id != copy.id and aside.status == CopyStatus.ON_HOLD_SHELF:
            release_copy(tx, aside)


# -- return -----------------------------------------------------------------------------------
def give_back(tx: Tx, copy: Copy, *, fee_uuid: str | None = None) -> CheckinResult:
    """Take ``copy`` back at ``tx.now``. Returning a copy that is not on loan is a result,
    not an error (it may still be trapped for a waiting hold). A return never closes a loan
    made after it (a desk's late-arriving return of an earlier loan): then nothing changes."""
    require(tx.actor, Role.DESK, "take back books")
    loan = open_loan(tx.s, copy)
    if loan is not None and loan.checked_out_at > tx.now:
        tx.audit("checkin_stale", "copy", copy.uuid, barcode=copy.barcode, open_loan=loan.uuid,
                 returned_at=tx.now.isoformat())
        return CheckinResult(copy.barcode, copy.book.title, False, None, 0, 0, None, None, None,
                             changes=tx.changes)
    member_name, late, fee_cents, new_fee = None, 0, 0, None
    if loan is not None:
        member = tx.s.get(Member, loan.member_id)
        assert member is not None
        member_name = member.full_name
        loan.returned_at, loan.returned_by_id = tx.now, tx.actor.staff_id
        tx.touch(loan)
        late = days_overdue(loan.due_date, tx.today)
        fee_cents = loan_fine(tx.lib, tx.s, loan, policy_for(tx.lib, tx.s, member), tx.today)
        if fee_cents:
            new_fee = charge_for_loan(tx, loan, fee_cents, f"{late} days late: {copy.barcode} '{copy.book.title}'",
                                     fee_uuid=fee_uuid)
        copy.status = CopyStatus.AVAILABLE.value
    elif copy.status == CopyStatus.ON_LOAN:
        copy.status = CopyStatus.AVAILABLE.value  # a status without a loan, repaired
    waived = paid = 0
    if copy.status == CopyStatus.LOST:
        copy.status = CopyStatus.AVAILABLE.value  # a lost copy turned up: back on the shelf
        waived, paid = lost_copy_found(tx, copy)
    hold_info = trap_for_hold(tx, copy) if copy.status == CopyStatus.AVAILABLE else None
    # Damaged and withdrawn copies keep their status: they go to repair, not to a member.
    tx.touch(copy)
    tx.record("checkin", {
        "copy_uuid": copy.uuid, "barcode": copy.barcode, "loan_uuid": loan.uuid if loan else None,
        "returned_at": tx.now.isoformat(), "fee_uuid": new_fee.uuid if new_fee else None, "fee_cents": fee_cents,
        "hold_uuid": hold_info.hold_uuid if hold_info else None,
    }, row_uuid=loan.uuid if loan else copy.uuid, entity="loan" if loan else "copy", barcode=copy.barcode,
        fee_cents=fee_cents, was_on_loan=loan is not None, hold_for=hold_info.card if hold_info else None,
        extra={**({"lost_fee_waived": waived} if waived else {}), **({"refund_cents": paid} if paid else {})})
    return CheckinResult(copy.barcode, copy.book.title, loan is not None, member_name, late, fee_cents,
                         hold_info.name if hold_info else None, hold_info.card if hold_info else None,
                         hold_info.pickup_by if hold_info else None, loan.uuid if loan else None,
                         new_fee.uuid if new_fee else None, hold_info.hold_uuid if hold_info else None,
                         waived, paid, tx.changes)


# -- renew ------------------------------------------------------------------------------------
def renew(tx: Tx, loan: Loan, *, override_reason: str | None = None, due_date: date | None = None,
          fee_uuid: str | None = None) -> RenewResult:
    """Renew an open loan (members: their own). An overdue loan is charged what it ran up
    (``policies.loan_fine``) before its due date moves, or refused when the library's
    ``renew_overdue`` is "refuse"; a member who owes too much with that fine is refused
    (both overridable by a librarian); a renewal that would not move the due date is refused."""
    require(tx.actor, Role.MEMBER, "renew loans")
    copy = tx.s.get(Copy, loan.copy_id)
    member = tx.s.get(Member, loan.member_id)
    assert copy is not None and member is not None
    if tx.actor.role == Role.MEMBER and tx.actor.member_id != member.id:
        raise PermissionDenied("You can only renew your own loans")
    label = f"Copy {copy.barcode} '{copy.book.title}'"
    if loan.returned_at is not None:
        raise Refused("renew", [Reason("not_on_loan", f"{label} is not on loan", False)])
    today = tx.today
    snap_m = member_snapshot(tx.lib, tx.s, member, today)
    snap_l = LoanSnapshot(loan.checked_out_at, loan.due_date, loan.renewals)
    waiting = tx.s.scalar(select(func.count()).select_from(Hold).where(
        Hold.book_id == copy.book_id, Hold.status == HoldStatus.WAITING)) or 0
    cal = calendar(tx.lib, tx.s, today)
    new_due = rules.renewed_due_date(snap_m.policy, copy.book.item_type, snap_l, today, cal)
    fee_cents = loan_fine(tx.lib, tx.s, loan, snap_m.policy, today)
    refuse_overdue = tx.lib.setting(tx.s, "renew_overdue") == "refuse"
    closed = fine_calendar(tx.lib, tx.s, loan.due_date) if refuse_overdue and loan.due_date < today else None
    reasons = rules.renew_reasons(snap_m, copy_snapshot(tx.s, copy), snap_l, today=today, others_waiting=waiting,
                                  fine_cents=fee_cents, refuse_overdue=refuse_overdue, closed=closed)
    unchanged = rules.no_extension_reason(label, snap_l, new_due)
    if unchanged is not None:
        reasons.append(unchanged)
    overridden = allow_override(tx.actor, Refused("renew", reasons), override_reason) if reasons else []
    if due_date is not None and max(loan.due_date, today) < due_date <= new_due:  # never a day already past
        new_due = due_date  # a desk's shorter renewal stands
    new_fee = None
    if fee_cents:
        late = days_overdue(loan.due_date, today)
        note = f"{late} days late when renewed: {copy.barcode} '{copy.book.title}'"
        new_fee = charge_for_loan(tx, loan, fee_cents, note, fee_uuid=fee_uuid)
    base = loan.version
    loan.due_date, loan.renewals = new_due, loan.renewals + 1
    tx.touch(loan)
    reason = override_reason.strip() if overridden and override_reason else None
    tx.record("renew", {"loan_uuid": loan.uuid, "barcode": copy.barcode, "due_date": new_due.isoformat(),
                        "renewals": loan.renewals, "override_reason": reason,
                        "fee_uuid": new_fee.uuid if new_fee else None, "fee_cents": fee_cents},
              row_uuid=loan.uuid, base_version=base, entity="loan", barcode=copy.barcode, due=new_due.isoformat(),
              extra={**({"fee_cents": fee_cents} if fee_cents else {}),
                     **({"override": overridden, "reason": reason} if overridden else {})})
    return RenewResult(copy.barcode, copy.book.title, member.full_name, new_due, loan.renewals, overridden,
                       fee_cents, tx.changes)
