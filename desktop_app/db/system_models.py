"""Library-wide settings, the calendar, audit log, journal (outbox), sync state, tombstones."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdType, Replicated, UTCDateTime, utcnow


class Setting(Base):
    """One library-wide setting (library name, closed weekdays, pickup days...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClosedDay(Replicated, Base):
    __tablename__ = "closed_days"

    day: Mapped[date] = mapped_column(Date, unique=True)
    reason: Mapped[str | None] = mapped_column(String(200))


class Counter(Base):
    """Named counters for generated barcodes and card numbers."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """Who did what, when, to which row. Never updated or deleted."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff_users.id"))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class JournalEntry(Base):
    """The outbox: one row per operation that must reach the server, written in the same
    transaction as the change. ``seq`` is gapless and increasing on this desk."""

    __tablename__ = "journal"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    args: Mapped[dict[str, Any]] = mapped_column(JSON)
    entity_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    base_version: Mapped[int | None] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The staff account that did it at the desk: the server replays it with that account's rights.
    actor: Mapped[str | None] = mapped_column(String(64))
    actor_uuid: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_journal_status_seq", "status", "seq"),)


class SyncState(Base):
    """This desk's identity and progress with the server (one row, id 1)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(36))
    database_id: Mapped[str] = mapped_column(String(36))
    server_url: Mapped[str | None] = mapped_column(String(300))
    desk_name: Mapped[str | None] = mapped_column(String(100))
    last_acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    pull_cursor: Mapped[str | None] = mapped_column(String(200))
    clock_offset_s: Mapped[float] = mapped_column(default=0.0)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Tombstone(Base):
    """A replicated row that was deleted; kept so the deletion reaches every desk."""

    __tablename__ = "tombstones"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
