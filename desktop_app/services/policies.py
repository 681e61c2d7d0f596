"""Gathering what the rules need from the database: a member's policy and standing, the
library's calendar."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import ClosedDay, Fee, Hold, Loan, Member
from ..domain.values import ACTIVE_HOLD, LibraryCalendar, LoanPolicy, MemberSnapshot
from .library import Library
from .members import policy_of


def fines_on(lib: Library, s: Session) -> bool:
    return bool(lib.setting(s, "fines_enabled", True))


def policy_for(lib: Library, s: Session, member: Member) -> LoanPolicy:
    return policy_of(member.category, fines_on=fines_on(lib, s))


def calendar(lib: Library, s: Session) -> LibraryCalendar:
    """The library's opening calendar (closed weekdays and dates from today on), kept with the
    settings for a few seconds: every loan needs it, and it changes a few times a year."""
    cached = lib.cached("calendar")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    weekdays = lib.setting(s, "closed_weekdays", []) or []
    days = s.scalars(select(ClosedDay.day).where(ClosedDay.day >= lib.today()))
    result = LibraryCalendar(frozenset(int(d) for d in weekdays), frozenset(days))
    lib.keep("calendar", result)
    return result


def owed_cents(s: Session, member_id: int) -> int:
    return s.scalar(select(func.coalesce(func.sum(Fee.amount_cents), 0)).where(
        Fee.member_id == member_id, Fee.paid_at.is_(None), Fee.waived_at.is_(None))) or 0


def member_snapshot(lib: Library, s: Session, member: Member, today: date) -> MemberSnapshot:
    holds_q = select(func.count()).select_from(Hold).where(
        Hold.member_id == member.id, Hold.status.in_(ACTIVE_HOLD)).scalar_subquery()
    owed_q = select(func.coalesce(func.sum(Fee.amount_cents), 0)).where(
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
