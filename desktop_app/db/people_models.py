"""People: member categories with their loan rules, members, staff accounts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdType, Replicated, UTCDateTime, utcnow


class MemberCategory(Replicated, Base):
    __tablename__ = "member_categories"

    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    loan_days: Mapped[int] = mapped_column(Integer, default=21)
    max_loans: Mapped[int] = mapped_column(Integer, default=10)
    max_renewals: Mapped[int] = mapped_column(Integer, default=2)
    max_holds: Mapped[int] = mapped_column(Integer, default=5)
    fines_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    fine_per_day_cents: Mapped[int] = mapped_column(Integer, default=10)
    fine_cap_cents: Mapped[int] = mapped_column(Integer, default=500)
    grace_days: Mapped[int] = mapped_column(Integer, default=0)
    max_overdue_days: Mapped[int | None] = mapped_column(Integer, default=30)
    max_owed_cents: Mapped[int | None] = mapped_column(Integer, default=1000)
    membership_months: Mapped[int] = mapped_column(Integer, default=12)
    item_type_loan_days: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class Member(Replicated, Base):
    """A borrower."""

    __tablename__ = "members"

    card_number: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(IdType, ForeignKey("member_categories.id"), index=True)
    joined: Mapped[date] = mapped_column(Date)
    expires: Mapped[date | None] = mapped_column(Date)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    block_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    name_sort: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    category: Mapped[MemberCategory] = relationship(lazy="joined")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class StaffUser(Replicated, Base):
    __tablename__ = "staff_users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
