"""Loans, holds and fees as the REST API lists and reads them. A list is limited to the
member its caller resolved (``member_id``; a member's list is always their own) and a member
reading someone else's loan, hold or fee is told it does not exist.

Everything here only reads; rows leave as plain dataclasses, a page as ``Listed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from ...db.models import Book, Copy, Fee, Hold, Loan, Member, MemberCategory
from ...domain.errors import NotFound, PermissionDenied
from ...domain.text import normalize_scan
from ...domain.values import FeeKind, LoanPolicy, LoanSnapshot, Role
from ..library import Actor, Library, require
from ..listing import Listed, SortKey, keyset_page
from ..people.categories import policy_of
from .policies import accrued_fines, fines_on

LOAN_SORTS = {"due": SortKey(Loan.due_date, "date"), "checked_out": SortKey(Loan.checked_out_at, "datetime")}
HOLD_STATUSES = {"active": ("waiting", "ready"), "waiting": ("waiting",), "ready": ("ready",),
                 "fulfilled": ("fulfilled",), "cancelled": ("cancelled",), "expired": ("expired",)}
_CHARGED = (select(func.coalesce(func.sum(Fee.amount_cents), 0))
            .where(Fee.member_id == Loan.member_id, Fee.loan_id == Loan.id, Fee.kind == FeeKind.OVERDUE.value)
            .correlate(Loan).scalar_subquery())
_LOAN = (select(Loan.id, Copy.barcode, Copy.book_id, Book.title, Member.card_number, Member.first_name,
                Member.last_name, Loan.checked_out_at, Loan.due_date, Loan.returned_at, Loan.renewals, Loan.member_id,
                Member.category_id)
         .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
         .outerjoin(Member, Member.id == Loan.member_id))  # an anonymised loan has no member


def _loans_on(today: date) -> Any:
    """The loans' select with what each overdue open loan already charged at renewals (the
    others need not look)."""
    late = Loan.returned_at.is_(None) & (Loan.due_date < today)
    return _LOAN.add_columns(case((late, _CHARGED), else_=0).label("charged"))
_ahead = aliased(Hold)
_POSITION = (select(func.count()).where(
    _ahead.book_id == Hold.book_id, _ahead.status == "waiting",
    (_ahead.placed_at < Hold.placed_at) | ((_ahead.placed_at == Hold.placed_at) & (_ahead.id < Hold.id)))
    .correlate(Hold).scalar_subquery())
_HOLD = (select(Hold.id, Hold.book_id, Book.title, Member.card_number, Member.first_name, Member.last_name,
                Hold.status, Hold.placed_at, _POSITION.label("ahead"), Copy.barcode, Hold.pickup_by, Hold.member_id)
         .join(Book, Book.id == Hold.book_id).outerjoin(Member, Member.id == Hold.member_id)
         .outerjoin(Copy, Copy.id == Hold.copy_id))
_FEE = (select(Fee.id, Member.card_number, Fee.kind, Fee.amount_cents, Fee.created_at, Fee.note, Fee.paid_at,
               Fee.waived_at, Fee.member_id, Fee.paid_cents).outerjoin(Member, Member.id == Fee.member_id))


@dataclass(frozen=True)
class LoanRecord:
    id: int
    barcode: str
    book_id: int
    title: str
    card_number: str | None  # None: anonymised (privacy)
    member_name: str
    checked_out_at: datetime
    due_date: date
    returned_at: datetime | None
    renewals: int
    overdue: bool  # still out and past its due date
    accrued_fine_cents: int  # the fine an open loan has run up so far (0 once returned: then it is a fee)


@dataclass(frozen=True)
class HoldRecord:
    id: int
    book_id: int
    title: str
    card_number: str | None  # None: anonymised (privacy)
    member_name: str
    status: str
    placed_at: datetime
    position: int | None  # place in the queue, for a waiting hold
    barcode: str | None  # the copy kept for a ready hold
    pickup_by: date | None


@dataclass(frozen=True)
class FeeRecord:
    id: int
    card_number: str | None  # None: anonymised (privacy)
    kind: str
    amount_cents: int
    created_at: datetime
    note: str | None
    paid: bool
    waived: bool
    paid_cents: int  # paid so far (a fee may be paid in parts)
    balance_cents: int  # still owed (0 once paid or waived)


def _name(r: Any) -> str:
    """The member's name ("" for an anonymised row)."""
    return f"{r.first_name or ''} {r.last_name or ''}".strip()


def _loan(r: Any, today: date, fine: int) -> LoanRecord:
    return LoanRecord(r.id, r.barcode, r.book_id, r.title, r.card_number, _name(r),
                      r.checked_out_at, r.due_date, r.returned_at, r.renewals,
                      r.returned_at is None and r.due_date < today, fine)


def _loans(lib: Library, rows: list[Any], today: date) -> list[LoanRecord]:
    """The rows as records, each open loan with the fine it ran up so far (one read of the
    categories and at most one of the calendar for the whole page)."""
    with lib.read() as s:
        policies: dict[int | None, LoanPolicy] = {}
        if any(r.returned_at is None and r.due_date < today for r in rows):
            on = fines_on(lib, s)
            policies = {c.id: policy_of(c, fines_on=on) for c in s.scalars(select(MemberCategory))}
        off = LoanPolicy(fines_enabled=False)
        fines = accrued_fines(lib, s, [
            (LoanSnapshot(r.checked_out_at, r.due_date, r.renewals), int(r.charged or 0),
             policies.get(r.category_id, off) if r.returned_at is None else off) for r in rows], today)
    return [_loan(r, today, fine) for r, fine in zip(rows, fines, strict=True)]


def _hold(r: Any) -> HoldRecord:
    return HoldRecord(r.id, r.book_id, r.title, r.card_number, _name(r), r.status,
                      r.placed_at, r.ahead + 1 if r.status == "waiting" else None, r.barcode, r.pickup_by)


def _fee(r: Any) -> FeeRecord:
    settled = r.paid_at is not None or r.waived_at is not None
    return FeeRecord(r.id, r.card_number, r.kind, r.amount_cents, r.created_at, r.note, r.paid_at is not None,
                     r.waived_at is not None, r.paid_cents, 0 if settled else r.amount_cents - r.paid_cents)


def _own(actor: Actor, member_id: int | None) -> None:
    """A member's list is their own, whatever the caller asked for (desk staff: anyone's)."""
    if actor.role == Role.MEMBER:
        if member_id != actor.member_id:
            raise PermissionDenied("You can only see your own loans")
        return
    require(actor, Role.DESK, "list loans")


class CirculationLists:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def loans(self, actor: Actor, *, member_id: int | None, barcode: str | None = None, book_id: int | None = None,
              status: str = "open", overdue: bool | None = None, sort: str = "due", descending: bool = False,
              cursor: str | None = None, limit: int) -> Listed[LoanRecord]:
        """Loans: "open", "returned" or "all"; by due date or check-out time ("checked_out")."""
        _own(actor, member_id)
        today = self.lib.today()
        stmt = _loans_on(today)
        if member_id is not None:
            stmt = stmt.where(Loan.member_id == member_id)
        if barcode:
            stmt = stmt.where(Copy.barcode == normalize_scan(barcode))
        if book_id is not None:
            stmt = stmt.where(Copy.book_id == book_id)
        if status == "open":
            stmt = stmt.where(Loan.returned_at.is_(None))
        elif status == "returned":
            stmt = stmt.where(Loan.returned_at.is_not(None))
        if overdue is not None:
            late = Loan.returned_at.is_(None) & (Loan.due_date < today)
            stmt = stmt.where(late if overdue else ~late)
        filters = {"member": member_id, "barcode": barcode, "book_id": book_id, "status": status, "overdue": overdue,
                   "today": today.isoformat()}
        with self.lib.read() as s:
            page = keyset_page(s, stmt, id_column=Loan.id, sort=LOAN_SORTS[sort], descending=descending,
                               cursor=cursor, limit=limit, filters=filters, sort_name=sort)
        return Listed(_loans(self.lib, list(page.rows), today), page.next_cursor, page.total)

    def loan(self, actor: Actor, loan_id: int) -> LoanRecord:
        """One loan (desk staff; a member: only their own)."""
        today = self.lib.today()
        row = self._one(actor, _loans_on(today).where(Loan.id == loan_id), f"There is no loan with id {loan_id}")
        if actor.role != Role.MEMBER:
            require(actor, Role.DESK, "see loans")
        return _loans(self.lib, [row], today)[0]

    def holds(self, actor: Actor, *, member_id: int | None, book_id: int | None = None, status: str = "active",
              descending: bool = False, cursor: str | None = None, limit: int) -> Listed[HoldRecord]:
        """Holds in queue order (oldest first); ``status`` is one of ``HOLD_STATUSES`` or "all"."""
        _own(actor, member_id)
        stmt = _HOLD
        if member_id is not None:
            stmt = stmt.where(Hold.member_id == member_id)
        if book_id is not None:
            stmt = stmt.where(Hold.book_id == book_id)
        if status != "all":
            stmt = stmt.where(Hold.status.in_(HOLD_STATUSES[status]))
        filters = {"member": member_id, "book_id": book_id, "status": status}
        with self.lib.read() as s:
            page = keyset_page(s, stmt, id_column=Hold.id, sort=SortKey(Hold.placed_at, "datetime"),
                               descending=descending, cursor=cursor, limit=limit, filters=filters, sort_name="placed")
        return Listed([_hold(r) for r in page.rows], page.next_cursor, page.total)

    def hold(self, actor: Actor, hold_id: int) -> HoldRecord:
        """One hold (a member: only their own)."""
        return _hold(self._one(actor, _HOLD.where(Hold.id == hold_id), f"There is no hold with id {hold_id}"))

    def fees(self, actor: Actor, *, member_id: int | None, status: str = "open", kind: str | None = None,
             descending: bool = False, cursor: str | None = None, limit: int) -> Listed[FeeRecord]:
        """Fees, oldest first: "open", "paid", "waived" or "all"."""
        _own(actor, member_id)
        stmt = _FEE
        if member_id is not None:
            stmt = stmt.where(Fee.member_id == member_id)
        if status == "open":
            stmt = stmt.where(Fee.paid_at.is_(None), Fee.waived_at.is_(None))
        elif status == "paid":
            stmt = stmt.where(Fee.paid_at.is_not(None))
        elif status == "waived":
            stmt = stmt.where(Fee.waived_at.is_not(None))
        if kind:
            stmt = stmt.where(Fee.kind == kind)
        filters = {"member": member_id, "status": status, "kind": kind}
        with self.lib.read() as s:
            page = keyset_page(s, stmt, id_column=Fee.id, sort=SortKey(Fee.created_at, "datetime"),
                               descending=descending, cursor=cursor, limit=limit, filters=filters, sort_name="created")
        return Listed([_fee(r) for r in page.rows], page.next_cursor, page.total)

    def fee(self, actor: Actor, fee_id: int) -> FeeRecord:
        """One fee (a member: only their own)."""
        return _fee(self._one(actor, _FEE.where(Fee.id == fee_id), f"There is no fee with id {fee_id}"))

    def _one(self, actor: Actor, stmt: Any, missing: str) -> Any:
        """The one row of ``stmt``; ``NotFound`` (saying ``missing``) when there is none or it is
        another member's (a member never learns that someone else's row exists)."""
        with self.lib.read() as s:
            row = s.execute(stmt).first()
        if row is None or (actor.role == Role.MEMBER and row.member_id != actor.member_id):
            raise NotFound(missing)
        return row
