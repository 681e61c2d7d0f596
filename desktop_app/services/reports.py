"""Reports: what is overdue, loans per day, the most borrowed books, who owes, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, TextClause, func, select, text

from ..db.models import Book, Copy, Fee, Loan, Member
from ..domain.values import Role
from .library import Actor, Library, require


@dataclass(frozen=True)
class OverdueRow:
    loan_id: int
    barcode: str
    title: str
    member_name: str
    card_number: str
    email: str | None
    phone: str | None
    address: str | None
    due_date: date
    days_overdue: int


@dataclass(frozen=True)
class Counts:
    titles: int
    copies: int
    members: int
    on_loan: int
    overdue: int
    holds_ready: int


class Reports:
    def __init__(self, library: Library) -> None:
        self.lib = library

    def overdue(self, actor: Actor, *, as_of: date | None = None) -> list[OverdueRow]:
        """Open loans past their due date, most overdue first."""
        require(actor, Role.DESK, "see the overdue list")
        today = as_of or self.lib.today()
        with self.lib.read() as s:
            rows = s.execute(
                select(Loan.id, Copy.barcode, Book.title, Member.first_name, Member.last_name, Member.card_number,
                       Member.email, Member.phone, Member.address, Loan.due_date)
                .join(Copy, Copy.id == Loan.copy_id).join(Book, Book.id == Copy.book_id)
                .join(Member, Member.id == Loan.member_id)
                .where(Loan.returned_at.is_(None), Loan.due_date < today)
                .order_by(Loan.due_date, Member.name_sort)
            ).all()
            return [OverdueRow(r[0], r[1], r[2], f"{r[3]} {r[4]}", r[5], r[6], r[7], r[8], r[9], (today - r[9]).days)
                    for r in rows]

    def loans_per_day(self, actor: Actor, *, days: int = 30) -> list[tuple[date, int]]:
        """Check-outs per local day for the last ``days`` days, oldest first, zero days included."""
        require(actor, Role.DESK, "see reports")
        today = self.lib.today()
        start_day = today - timedelta(days=days - 1)
        start = datetime.combine(start_day, time.min).astimezone()
        counts: dict[date, int] = {}
        with self.lib.read() as s:
            for (at,) in s.execute(select(Loan.checked_out_at).where(Loan.checked_out_at >= start)):
                local = at.astimezone().date()
                counts[local] = counts.get(local, 0) + 1
        return [(start_day + timedelta(days=i), counts.get(start_day + timedelta(days=i), 0)) for i in range(days)]

    def most_borrowed(self, actor: Actor, *, limit: int = 10, since: date | None = None) -> list[tuple[str, str, int]]:
        """(title, authors, loans) of the most borrowed books."""
        require(actor, Role.DESK, "see reports")
        with self.lib.read() as s:
            stmt = (select(Book.title, Book.author_names, func.count(Loan.id).label("n"))
                    .join(Copy, Copy.book_id == Book.id).join(Loan, Loan.copy_id == Copy.id)
                    .group_by(Book.id).order_by(text("n DESC"), Book.title_sort).limit(limit))
            if since:
                stmt = stmt.where(Loan.checked_out_at >= datetime.combine(since, time.min).astimezone())
            return [(r[0], r[1], r[2]) for r in s.execute(stmt)]

    def members_owing(self, actor: Actor) -> list[tuple[str, str, int]]:
        """(card number, name, cents owed) of every member with open fees, most owed first."""
        require(actor, Role.DESK, "see reports")
        with self.lib.read() as s:
            total = func.sum(Fee.amount_cents - Fee.paid_cents).label("owed")
            rows = s.execute(select(Member.card_number, Member.first_name, Member.last_name, total)
                             .join(Fee, Fee.member_id == Member.id)
                             .where(Fee.paid_at.is_(None), Fee.waived_at.is_(None))
                             .group_by(Member.id).order_by(total.desc()))
            return [(r[0], f"{r[1]} {r[2]}", int(r[3])) for r in rows]

    def counts(self) -> Counts:
        today = self.lib.today()
        with self.lib.read() as s:
            def n(stmt: Select[Any] | TextClause) -> int:
                return int(s.scalar(stmt) or 0)

            return Counts(
                titles=n(select(func.count()).select_from(Book)),
                copies=n(select(func.count()).select_from(Copy)),
                members=n(select(func.count()).select_from(Member)),
                on_loan=n(select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))),
                overdue=n(select(func.count()).select_from(Loan)
                          .where(Loan.returned_at.is_(None), Loan.due_date < today)),
                holds_ready=n(text("SELECT count(*) FROM holds WHERE status = 'ready'")),
            )
