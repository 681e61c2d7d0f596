"""Replaying a desk's journal operations on the server, with the desk's identities (uuids)
and times, through the same rules as the desk (``domain.circulation``) and the services'
helpers. Circulation operations live here; catalog and member edits in
``replication_edits``.

Contract of every ``apply_*``: it runs inside the caller's transaction (a savepoint), returns
an ``Outcome`` on success (possibly with problems for a person to review, the change still
made), and raises a ``LibraryError`` (``Refused``, ``Unapplied``...) when the operation must
not take effect; the caller then rolls the savepoint back, records the refusal as an
exception and still advances the desk's sequence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Book, Copy, Fee, Hold, Loan, Member
from ..db.sync_models import SyncOrphanReturn
from ..domain import circulation as rules
from ..domain.errors import LibraryError, Refused
from ..domain.text import day
from ..domain.values import ACTIVE_HOLD, CopyStatus, FeeKind, HoldStatus, LoanSnapshot, Role
from .circulation import Circulation, copy_snapshot
from .holds import Holds
from .library import Actor, Library, require
from .policies import member_snapshot, policy_for
from .shelf import trap_for_hold


class Unapplied(LibraryError):
    """An operation the server cannot apply; ``code`` and ``details`` go to the exception."""

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Op:
    """One journal operation as received from a desk."""

    kind: str
    args: dict[str, Any]
    op_id: str
    occurred_at: datetime
    entity_uuid: str | None = None
    base_version: int | None = None
    shift_s: float = 0.0  # added to every desk time: the desk clock's measured error

    def time(self, key: str) -> datetime:
        raw = self.args.get(key)
        when = datetime.fromisoformat(raw) if raw else self.occurred_at
        return when + timedelta(seconds=self.shift_s)

    def at(self) -> datetime:
        return self.occurred_at + timedelta(seconds=self.shift_s)


@dataclass
class Outcome:
    result: dict[str, Any] = field(default_factory=dict)
    problems: list[Unapplied] = field(default_factory=list)
    status: str = "applied"


def parse_day(value: Any) -> date | None:
    """An ISO date from JSON (None stays None)."""
    return None if value in (None, "") else date.fromisoformat(str(value))


def _by_uuid(s: Session, model: Any, row_uuid: Any) -> Any:
    return s.scalar(select(model).where(model.uuid == row_uuid)) if row_uuid else None


def _copy(s: Session, op: Op) -> Copy:
    copy = _by_uuid(s, Copy, op.args.get("copy_uuid"))
    if copy is None and op.args.get("barcode"):
        copy = s.scalar(select(Copy).where(Copy.barcode == op.args["barcode"]))
    if copy is None:
        raise Unapplied("unknown_copy", f"No copy {op.args.get('barcode')!r} on the server", barcode=op.args.get("barcode"))
    return copy


def _member(s: Session, op: Op) -> Member:
    member = _by_uuid(s, Member, op.args.get("member_uuid"))
    if member is None and op.args.get("card_number"):
        member = s.scalar(select(Member).where(Member.card_number == op.args["card_number"]))
    if member is None:
        raise Unapplied("unknown_member", f"No member {op.args.get('card_number')!r} on the server",
                        card_number=op.args.get("card_number"))
    return member


def _open_loan(s: Session, copy: Copy) -> Loan | None:
    return s.scalar(select(Loan).where(Loan.copy_id == copy.id, Loan.returned_at.is_(None)))


def _judge(refusal: Refused, op: Op) -> None:
    """A refusal stands unless the desk recorded an override for reasons that allow one."""
    if not op.args.get("override_reason") or not refusal.overridable:
        raise refusal


def apply_checkout(lib: Library, s: Session, actor: Actor, op: Op, *, replace_open: bool = False) -> Outcome:
    require(actor, Role.DESK, "lend books")
    loan_uuid = op.args["loan_uuid"]
    if _by_uuid(s, Loan, loan_uuid) is not None:
        return Outcome({"loan_uuid": loan_uuid, "already": True})
    copy, member = _copy(s, op), _member(s, op)
    when = op.time("checked_out_at")
    today = when.astimezone().date()
    first = _open_loan(s, copy)
    if first is not None and replace_open:
        close_loan(lib, s, first, copy, when, actor=actor)
        first = None
    if first is not None:
        holder = s.get(Member, first.member_id)
        raise Unapplied(
            "double_loan",
            f"Copy {copy.barcode} '{copy.book.title}' was lent twice: to {holder.full_name if holder else '?'} "
            f"on {day(first.checked_out_at.astimezone().date())} (loan {first.uuid}, desk {first.desk or '?'}) and "
            f"to {member.full_name} on {day(today)} (loan {loan_uuid}, desk {op.args.get('desk') or '?'}); "
            "the first stands", first_loan=first.uuid, second_loan=loan_uuid, copy_uuid=copy.uuid,
            barcode=copy.barcode, first_member=holder.card_number if holder else None, second_member=member.card_number)
    reasons = rules.lend_reasons(member_snapshot(lib, s, member, today), copy_snapshot(s, copy), today=today)
    reasons = [r for r in reasons if r.code != "copy_on_loan"]  # a status without a loan: the loan wins
    if reasons:
        _judge(Refused("lend", reasons), op)
    if copy.status == CopyStatus.ON_HOLD_SHELF:
        Circulation(lib)._close_ready_hold(s, copy, member)
    due = datetime.fromisoformat(op.args["due_date"]).date() if op.args.get("due_date") else \
        rules.loan_due_date(policy_for(lib, s, member), copy.book.item_type, today, _calendar(lib, s))
    now = lib.now()
    loan = Loan(uuid=loan_uuid, copy_id=copy.id, member_id=member.id, checked_out_at=when, due_date=due, renewals=0,
                lent_by_id=actor.staff_id, desk=op.args.get("desk"), override_reason=op.args.get("override_reason"),
                updated_at=now, version=1)
    s.add(loan)
    copy.status, copy.version, copy.updated_at = CopyStatus.ON_LOAN.value, copy.version + 1, now
    waiting = s.scalar(select(Hold).where(Hold.book_id == copy.book_id, Hold.member_id == member.id,
                                          Hold.status == HoldStatus.WAITING))
    if waiting is not None:
        waiting.status, waiting.closed_at, waiting.copy_id = HoldStatus.FULFILLED.value, when, copy.id
        waiting.version += 1
    s.flush()
    result: dict[str, Any] = {"loan_uuid": loan_uuid, "due_date": due.isoformat()}
    orphan = s.scalar(select(SyncOrphanReturn).where(
        SyncOrphanReturn.copy_uuid == copy.uuid, SyncOrphanReturn.used_by_loan.is_(None),
        SyncOrphanReturn.returned_at >= when).order_by(SyncOrphanReturn.returned_at).limit(1))
    if orphan is not None:  # the copy came back (at another desk) before this checkout reached us
        orphan.used_by_loan = loan_uuid
        close_loan(lib, s, loan, copy, orphan.returned_at, actor=actor)
        result["closed_by_return_at"] = orphan.returned_at.isoformat()
    return Outcome(result)


def _calendar(lib: Library, s: Session) -> Any:
    from .policies import calendar

    return calendar(lib, s)


def close_loan(lib: Library, s: Session, loan: Loan, copy: Copy, when: datetime, *, actor: Actor,
               fee_uuid: str | None = None) -> int:
    """Return ``loan`` at ``when``: overdue fee, copy back on the shelf or to the hold shelf.
    Returns the fee in cents."""
    member = s.get(Member, loan.member_id)
    assert member is not None
    loan.returned_at, loan.returned_by_id = when, actor.staff_id
    loan.version += 1
    loan.updated_at = lib.now()
    returned_on = when.astimezone().date()
    cents = rules.return_fine(policy_for(lib, s, member), LoanSnapshot(loan.checked_out_at, loan.due_date,
                                                                        loan.renewals), returned_on)
    if cents:
        late = max(0, (returned_on - loan.due_date).days)
        fee = Fee(member_id=member.id, loan_id=loan.id, kind=FeeKind.OVERDUE.value, amount_cents=cents,
                  created_at=when, updated_at=lib.now(), note=f"{late} days late: {copy.barcode} '{copy.book.title}'")
        if fee_uuid and _by_uuid(s, Fee, fee_uuid) is None:
            fee.uuid = fee_uuid
        s.add(fee)
    copy.status = CopyStatus.AVAILABLE.value
    copy.version += 1
    copy.updated_at = lib.now()
    s.flush()
    trap_for_hold(lib, s, copy, returned_on)
    return cents


def apply_checkin(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.DESK, "take back books")
    copy = _copy(s, op)
    when = op.time("returned_at")
    loan_uuid = op.args.get("loan_uuid")
    loan = _open_loan(s, copy)
    if loan is None:
        known = _by_uuid(s, Loan, loan_uuid)
        if known is not None and known.returned_at is not None:
            return Outcome({"was_on_loan": True, "already": True})
        s.add(SyncOrphanReturn(copy_uuid=copy.uuid, returned_at=when, op_id=op.op_id))
        if copy.status in (CopyStatus.ON_LOAN, CopyStatus.LOST, CopyStatus.DAMAGED):
            copy.status = CopyStatus.AVAILABLE.value
            copy.version += 1
            s.flush()
            trap_for_hold(lib, s, copy, when.astimezone().date())
        return Outcome({"was_on_loan": False})
    out = Outcome({"was_on_loan": True, "loan_uuid": loan.uuid})
    if loan_uuid and loan.uuid != loan_uuid:
        out.problems.append(Unapplied(
            "returned_other_loan",
            f"Copy {copy.barcode} came back at a desk that lent it as loan {loan_uuid}, but the server had loan "
            f"{loan.uuid} open; that loan is now closed", open_loan=loan.uuid, desk_loan=loan_uuid,
            barcode=copy.barcode))
    out.result["fee_cents"] = close_loan(lib, s, loan, copy, when, actor=actor, fee_uuid=op.args.get("fee_uuid"))
    return out


def apply_renew(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.MEMBER, "renew loans")
    loan = _by_uuid(s, Loan, op.args.get("loan_uuid"))
    if loan is None or loan.returned_at is not None:
        raise Unapplied("not_on_loan", f"Copy {op.args.get('barcode')} is not on loan on the server; the renewal "
                        "was not applied", loan_uuid=op.args.get("loan_uuid"), barcode=op.args.get("barcode"))
    if loan.renewals >= int(op.args.get("renewals") or 0) and loan.renewals > 0 and \
            loan.due_date.isoformat() >= str(op.args.get("due_date")):
        return Outcome({"loan_uuid": loan.uuid, "already": True})
    copy = s.get(Copy, loan.copy_id)
    member = s.get(Member, loan.member_id)
    assert copy is not None and member is not None
    today = op.at().astimezone().date()
    waiting = len(list(s.scalars(select(Hold.id).where(Hold.book_id == copy.book_id,
                                                       Hold.status == HoldStatus.WAITING))))
    reasons = rules.renew_reasons(member_snapshot(lib, s, member, today), copy_snapshot(s, copy),
                                  LoanSnapshot(loan.checked_out_at, loan.due_date, loan.renewals), today=today,
                                  others_waiting=waiting)
    if reasons:
        _judge(Refused("renew", reasons), op)
    wanted = datetime.fromisoformat(op.args["due_date"]).date() if op.args.get("due_date") else loan.due_date
    loan.due_date, loan.renewals = max(loan.due_date, wanted), loan.renewals + 1
    loan.version += 1
    loan.updated_at = lib.now()
    return Outcome({"loan_uuid": loan.uuid, "due_date": loan.due_date.isoformat(), "renewals": loan.renewals})


def apply_place_hold(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.MEMBER, "place holds")
    hold_uuid = op.args["hold_uuid"]
    if _by_uuid(s, Hold, hold_uuid) is not None:
        return Outcome({"hold_uuid": hold_uuid, "already": True})
    member = _member(s, op)
    book = _by_uuid(s, Book, op.args.get("book_uuid"))
    if book is None:
        raise Unapplied("unknown_book", "The book of this hold is not on the server", book_uuid=op.args.get("book_uuid"))
    today = op.at().astimezone().date()
    exists = s.scalar(select(Hold.id).where(Hold.book_id == book.id, Hold.member_id == member.id,
                                            Hold.status.in_(ACTIVE_HOLD))) is not None
    borrowed = s.scalar(select(Loan.id).join(Copy, Copy.id == Loan.copy_id).where(
        Copy.book_id == book.id, Loan.member_id == member.id, Loan.returned_at.is_(None))) is not None
    reasons = rules.hold_reasons(member_snapshot(lib, s, member, today), rules.HoldRequest(book.title, exists, borrowed),
                                 today)
    if reasons:
        _judge(Refused("place hold", reasons), op)
    s.add(Hold(uuid=hold_uuid, book_id=book.id, member_id=member.id, placed_at=op.time("placed_at"),
               status=HoldStatus.WAITING.value, updated_at=lib.now(), version=1))
    return Outcome({"hold_uuid": hold_uuid})


def apply_close_hold(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.MEMBER if op.kind == "cancel_hold" else Role.DESK, "close holds")
    hold = _by_uuid(s, Hold, op.args.get("hold_uuid"))
    if hold is None:
        raise Unapplied("unknown_hold", "This hold is not on the server", hold_uuid=op.args.get("hold_uuid"))
    if hold.status not in ACTIVE_HOLD or (op.kind == "expire_hold" and hold.status != HoldStatus.READY):
        return Outcome({"hold_uuid": hold.uuid, "status": hold.status, "already": True})
    Holds(lib)._close(s, hold, HoldStatus.CANCELLED if op.kind == "cancel_hold" else HoldStatus.EXPIRED)
    return Outcome({"hold_uuid": hold.uuid, "status": hold.status})


def apply_fee(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    require(actor, Role.LIBRARIAN if op.kind != "pay_fee" else Role.DESK, "settle fees")
    fee_uuid = op.args.get("fee_uuid")
    fee = _by_uuid(s, Fee, fee_uuid)
    if op.kind == "add_fee":
        if fee is not None:
            return Outcome({"fee_uuid": fee_uuid, "already": True})
        member = _member(s, op)
        s.add(Fee(uuid=fee_uuid, member_id=member.id, kind=op.args.get("kind") or FeeKind.MANUAL.value,
                  amount_cents=int(op.args["amount_cents"]), note=op.args.get("note"), created_at=op.at(),
                  updated_at=lib.now()))
        return Outcome({"fee_uuid": fee_uuid})
    if fee is None:
        raise Unapplied("unknown_fee", "This fee is not on the server", fee_uuid=fee_uuid)
    wanted = "paid_at" if op.kind == "pay_fee" else "waived_at"
    if fee.paid_at or fee.waived_at:
        if getattr(fee, wanted) is not None:
            return Outcome({"fee_uuid": fee_uuid, "already": True})
        state = "paid" if fee.paid_at else "waived"
        raise Unapplied("fee_closed", f"The fee was already {state} elsewhere", fee_uuid=fee_uuid)
    setattr(fee, wanted, op.time("at"))
    if op.kind == "waive_fee":
        fee.note = f"{fee.note or ''}\nWaived: {op.args.get('reason') or ''}".strip()
    fee.version += 1
    fee.updated_at = lib.now()
    return Outcome({"fee_uuid": fee_uuid})


CIRCULATION = {"checkout": apply_checkout, "checkin": apply_checkin, "renew": apply_renew,
               "place_hold": apply_place_hold, "cancel_hold": apply_close_hold, "expire_hold": apply_close_hold,
               "pay_fee": apply_fee, "waive_fee": apply_fee, "add_fee": apply_fee}
