"""What was sent to members (the notice log) and when the scheduled jobs last ran.

Neither is replicated: the notice log lives where notices are sent (one desk or the server), and
each desk and the server keep their own schedule."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdType, UTCDateTime, utcnow


class Notice(Base):
    """One notice sent (or printed) to one member: one message, about one or more loans or a
    hold. ``key`` is the message's own id; what it told (each loan at its due date, each hold)
    is in ``NoticeItem``, so a second run never tells it again."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    member_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    channel: Mapped[str] = mapped_column(String(10))  # email | letter
    recipient: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(10), default="en")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    loans: Mapped[list[str]] = mapped_column(JSON, default=list)  # loan uuids
    hold_uuid: Mapped[str | None] = mapped_column(String(36))
    run_id: Mapped[str | None] = mapped_column(String(36))


class NoticeItem(Base):
    """One thing a notice told, by a key that names it exactly ("overdue_2:<loan uuid>:<due date>",
    "hold_ready:<hold uuid>:<ready at>"): unique, so it is told at most once."""

    __tablename__ = "notice_items"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    notice_id: Mapped[int] = mapped_column(IdType, ForeignKey("notices.id"), index=True)


class ScheduledRun(Base):
    """The last run of one scheduled job (hold expiry, notices, backup, purge) here."""

    __tablename__ = "scheduled_runs"

    job: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
