"""Circulation tables: loans, holds and fees; the library's money and trust."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdType, Replicated, UTCDateTime, utcnow
from .catalog_models import Book, Copy
from .people_models import Member, StaffUser


class Loan(Replicated, Base):
    __tablename__ = "loans"

    copy_id: Mapped[int] = mapped_column(IdType, ForeignKey("copies.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("members.id"), index=True)
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    due_date: Mapped[date] = mapped_column(Date)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    lent_by_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff_users.id"))
    returned_by_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff_users.id"))
    desk: Mapped[str | None] = mapped_column(String(100))
    override_reason: Mapped[str | None] = mapped_column(Text)

    copy: Mapped[Copy] = relationship()
    member: Mapped[Member] = relationship()
    lent_by: Mapped[StaffUser | None] = relationship(foreign_keys=[lent_by_id])

    __table_args__ = (
        # The heart of "never lend a copy twice": at most one open loan per copy.
        Index(
            "uq_loans_open_copy", "copy_id", unique=True,
            sqlite_where=text("returned_at IS NULL"), postgresql_where=text("returned_at IS NULL"),
        ),
        Index("ix_loans_open_due", "due_date", sqlite_where=text("returned_at IS NULL"),
              postgresql_where=text("returned_at IS NULL")),
    )


class Hold(Replicated, Base):
    """A member's place in the queue for a book."""

    __tablename__ = "holds"

    book_id: Mapped[int] = mapped_column(IdType, ForeignKey("books.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("members.id"), index=True)
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="waiting")
    copy_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("copies.id"))
    ready_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pickup_by: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    book: Mapped[Book] = relationship()
    member: Mapped[Member] = relationship()
    copy: Mapped[Copy | None] = relationship()

    __table_args__ = (Index("ix_holds_book_status", "book_id", "status", "placed_at"),)


class Fee(Replicated, Base):
    __tablename__ = "fees"

    member_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("members.id"), index=True)
    loan_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("loans.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(Integer)
    # Paid so far (part payments add up; never more than amount_cents). paid_at is set when the
    # last cent comes in.
    paid_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    waived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    member: Mapped[Member] = relationship()
