"""Gathering what the rules need from the database: a member's policy and standing, the
library's calendar, the overdue fees a loan already ran up, and the fine an open loan has run
up so far (``loan_fine`` for one, ``accrued_fines`` for a list: one calendar read for all)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import ClosedDay, Fee, Hold, Loan, Member
from ...domain import circulation as rules
from ...domain.values import ACTIVE_HOLD, FeeKind, LibraryCalendar, LoanPolicy, LoanSnapshot, MemberSnapshot
from ..library import Library
from ..people.categories import policy_of


def fines_on(lib: Library, s: Session) -> bool:
    return bool(lib.setting(s, "fines_enabled"))


def policy_for(lib: Library, s: Session, member: Member) -> LoanPolicy:
    return policy_of(member.category, fines_on=fines_on(lib, s))


def calendar(lib: Library, s: Session, since: date | None = None) -> LibraryCalendar:
    """The library's opening calendar (closed weekdays and dates from ``since`` on, today by
    default). Today's is kept with the settings for a few seconds: every loan needs it, and
    it changes a few times a year. A replay of an older event asks from its own day."""
    today = lib.today()
    start = since if since is not None and since < today else today
    if start == today:
        cached = lib.cached("calendar")
        if cached is not None:
            return cached
    weekdays = lib.setting(s, "closed_weekdays") or []
    days = s.scalars(select(ClosedDay.day).where(ClosedDay.day >= start))
    result = LibraryCalendar(frozenset(int(d) for d in weekdays), frozenset(days))
    if start == today:
        lib.keep("calendar", result)
    return result


def fine_calendar(lib: Library, s: Session, since: date) -> LibraryCalendar | None:
    """The calendar whose closed days do not count as days late, from ``since`` (a due date)
    on; None when the library charges for closed days too (setting ``fines_on_closed_days``)."""
    if lib.setting(s, "fines_on_closed_days"):
        return None
    return calendar(lib, s, since)


def loan_fine(lib: Library, s: Session, loan: Loan, policy: LoanPolicy, on: date) -> int:
    """What the open ``loan`` has run up by ``on`` and a return or renewal then charges
    (``rules.accrued_fine`` with the library's calendar and the overdue fees it already ran up)."""
    if loan.due_date >= on or not policy.fines_enabled:
        return 0
    snap = LoanSnapshot(loan.checked_out_at, loan.due_date, loan.renewals)
    return rules.accrued_fine(policy, snap, on, closed=fine_calendar(lib, s, loan.due_date),
                              charged_cents=overdue_charged(s, loan))


def accrued_fines(lib: Library, s: Session, loans: Sequence[tuple[LoanSnapshot, int, LoanPolicy]],
                  on: date) -> list[int]:
    """The fine each open loan has run up by ``on``, for ``(loan, overdue cents it already
    charged, policy)`` each, in order: what the desk and the REST API show while books are out.
    At most one read of the calendar for all of them (none when nothing is overdue)."""
    def counts(loan: LoanSnapshot, policy: LoanPolicy) -> bool:
        return loan.due_date < on and policy.fines_enabled

    late = [loan.due_date for loan, _charged, policy in loans if counts(loan, policy)]
    if not late:
        return [0] * len(loans)
    closed = fine_calendar(lib, s, min(late))
    return [rules.accrued_fine(policy, loan, on, closed=closed, charged_cents=charged) if counts(loan, policy)
            else 0 for loan, charged, policy in loans]


def owed_cents(s: Session, member_id: int) -> int:
    return s.scalar(select(func.coalesce(func.sum(Fee.amount_cents - Fee.paid_cents), 0)).where(
        Fee.member_id == member_id, Fee.paid_at.is_(None), Fee.waived_at.is_(None))) or 0


def overdue_charged(s: Session, loan: Loan) -> int:
    """Overdue fees this loan already ran up (charged at renewals), waived ones included:
    the cap of a loan's fine is for the loan, across renewals."""
    if loan.id is None:
        return 0
    return int(s.scalar(select(func.coalesce(func.sum(Fee.amount_cents), 0)).where(
        Fee.loan_id == loan.id, Fee.kind == FeeKind.OVERDUE.value)) or 0)


def member_snapshot(lib: Library, s: Session, member: Member, today: date) -> MemberSnapshot:
    holds_q = select(func.count()).select_from(Hold).where(
        Hold.member_id == member.id, Hold.status.in_(ACTIVE_HOLD)).scalar_subquery()
    owed_q = select(func.coalesce(func.sum(Fee.amount_cents - Fee.paid_cents), 0)).where(
        Fee.member_id == member.id, Fee.paid_at.is_(None), Fee.waived_at.is_(None)).scalar_subquery()
    open_loans, oldest_due, holds, owed = s.execute(
        select(func.count(), func.min(Loan.due_date), holds_q, owed_q)
        .where(Loan.member_id == member.id, Loan.returned_at.is_(None))
    ).one()
    overdue_days = max(0, (today - oldest_due).days) if oldest_due else 0
    return MemberSnapshot(
        name=member.full_name, card_number=member.card_number, expires=member.expires, blocked=member.blocked,
        block_reason=member.block_reason, open_loans=open_loans, oldest_overdue_days=overdue_days,
        owed_cents=int(owed or 0), active_holds=int(holds or 0), policy=policy_for(lib, s, member),
    )
