"""Writing the outbox (journal) and tombstones, always inside the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from .base import utcnow
from .system_models import JournalEntry, Tombstone


def next_seq(session: Session) -> int:
    """The next gapless sequence number. Writers hold the database write lock
    (BEGIN IMMEDIATE), so reading the maximum here cannot race another writer."""
    current = session.scalar(select(func.max(JournalEntry.seq)))
    return (current or 0) + 1


def append(
    session: Session, kind: str, args: dict[str, Any], *, entity_uuid: str | None = None,
    base_version: int | None = None, occurred_at: datetime | None = None, actor: str | None = None,
    actor_uuid: str | None = None,
) -> str:
    """Add one operation to the journal in the current transaction; returns its ``op_id``.

    A plain INSERT (no ORM unit of work): it runs on every circulation action. The session is
    flushed first so that pending ORM changes precede the journal row, as they did."""
    session.flush()
    op_id = str(uuid.uuid4())
    session.execute(insert(JournalEntry).values(
        op_id=op_id, seq=next_seq(session), kind=kind, args=args, entity_uuid=entity_uuid,
        base_version=base_version, occurred_at=occurred_at or utcnow(), status="pending", actor=actor,
        actor_uuid=actor_uuid,
    ))
    return op_id


def tombstone(session: Session, entity: str, row_uuid: str, version: int, note: str | None = None) -> None:
    session.add(Tombstone(entity=entity, uuid=row_uuid, version=version + 1, note=note))
