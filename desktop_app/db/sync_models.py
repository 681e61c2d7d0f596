"""Server-side sync tables: registered desks, the operations applied from each, the change
feed desks pull from, row versions kept for field-by-field merges, and the exceptions that a
person must resolve.

The change feed holds one row per replicated row (``uuid``), stamped with the feed sequence
of its latest change; a deletion keeps its row with ``op = 'delete'`` (the tombstone) until it
is purged. Feed sequences come from ``sync_counter`` (one row): on PostgreSQL every writing
transaction locks that row when it begins, so feed sequences commit in order and a reader
never skips a row that commits late.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdType, UTCDateTime, utcnow


class SyncDevice(Base):
    """A registered desk: who registered it, its name, its two-digit code, its progress, the
    hash of its credential and the highest role its operations and offline logins get.

    A retired desk keeps its row (its applied operations refer to it) but loses its code,
    which another desk may then get, and its credential."""

    __tablename__ = "sync_devices"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    desk_name: Mapped[str] = mapped_column(String(100))
    desk_code: Mapped[str | None] = mapped_column(String(2), unique=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replaces: Mapped[str | None] = mapped_column(String(36))  # the client id of a copied/restored database
    role: Mapped[str] = mapped_column(String(20), default="desk")
    secret_hash: Mapped[str | None] = mapped_column(String(64))  # SHA-256 of the device credential
    session_id: Mapped[str | None] = mapped_column(String(36))  # the auth session its tokens belong to
    last_op_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # desk time of its latest operation
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_by: Mapped[str | None] = mapped_column(String(64))


class SyncAppliedOp(Base):
    """One operation received from a desk, with the result returned for it (replayed to
    duplicates)."""

    __tablename__ = "sync_applied_ops"

    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("sync_devices.client_id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncCounter(Base):
    """The feed sequence (``value``) and the highest sequence whose tombstones were purged."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
    purged_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncFeed(Base):
    """The latest change of every replicated row, by feed sequence."""

    __tablename__ = "sync_feed"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    op: Mapped[str] = mapped_column(String(10))  # put | delete
    version: Mapped[int] = mapped_column(Integer, default=1)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncRowVersion(Base):
    """What an editable row (book, copy, member) looked like at each version: the base
    against which a desk's offline edit is merged field by field."""

    __tablename__ = "sync_row_versions"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncOrphanReturn(Base):
    """A return of a copy that was not on loan on the server: kept so that a checkout made
    earlier at another desk, arriving later, is closed by it instead of staying open."""

    __tablename__ = "sync_orphan_returns"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    copy_uuid: Mapped[str] = mapped_column(String(36), index=True)
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    op_id: Mapped[str] = mapped_column(String(36))
    used_by_loan: Mapped[str | None] = mapped_column(String(36))


class SyncException(Base):
    """Something a desk did that the server could not apply as is, for a person to resolve."""

    __tablename__ = "sync_exceptions"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    client_id: Mapped[str] = mapped_column(String(36))
    desk_name: Mapped[str | None] = mapped_column(String(100))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    op_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))  # the operation's kind
    code: Mapped[str] = mapped_column(String(40))  # why: copy_on_loan, double_loan, edit_conflict...
    message: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | resolved
    resolution: Mapped[str | None] = mapped_column(String(40))
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_sync_exceptions_status_id", "status", "id"),
                      UniqueConstraint("op_id", "code", name="uq_sync_exceptions_op_code"))
