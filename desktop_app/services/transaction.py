"""One staff action as the transitions of the library see it: the acting person, the time of
the event, the open write transaction, and the three things every change writes besides its
rows: the version bump (``touch``), the audit event and the journal row (``record``).

Every transition (lend, return, renew, place a hold, pay a fee, edit a book...) is a function
``transition(tx, ...)``: the desk calls it inside ``action(lib, actor)``; the server's replay
of a desk's operation calls the very same function with a ``Tx`` carrying the desk's actor and
the desk's time (``replay=True``). So a rule, a permission or a version bump is written once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from ..db import journal
from ..db.base import new_uuid
from ..db.models import Author, Book, Copy, Fee, Hold, Loan, Member, MemberCategory, StaffUser
from .changes import Changes
from .library import Actor, Library

ENTITY_OF = {Book: "book", Copy: "copy", Author: "author", Member: "member", Loan: "loan", Hold: "hold",
             Fee: "fee", MemberCategory: "category", StaffUser: "staff"}


@dataclass
class Tx:
    """The context of one transition (see the module doc). ``now`` is when the event
    happened: the library's clock at the desk, the desk's (corrected) clock in a replay."""

    lib: Library
    s: Session
    actor: Actor
    now: datetime
    replay: bool = False
    _rows: set[tuple[str, str]] = field(default_factory=set)

    @property
    def today(self) -> date:
        """The library's local date of the event."""
        return self.now.astimezone().date()

    @property
    def changes(self) -> Changes:
        """The rows this transition changed so far (a result carries them; the library
        publishes what the whole transaction wrote when it commits)."""
        return Changes.of_rows(self._rows)

    def at(self, when: datetime) -> Tx:
        """The same transaction for an event at another time (a return that a replay finds
        waiting for the loan it closes). Changes are shared."""
        return replace(self, now=when, _rows=self._rows)

    # -- rows ---------------------------------------------------------------------------
    def add(self, row: Any) -> Any:
        """A new replicated row: its uuid, version 1, stamped, in the session (written with the
        next flush: ``record`` flushes before it writes the audit event)."""
        if not row.uuid:
            row.uuid = new_uuid()
        row.version = 1
        row.updated_at = self.lib.now()
        if hasattr(row, "created_at") and getattr(row, "created_at", None) is None:
            row.created_at = self.now
        self.s.add(row)
        self.note(row)
        return row

    def touch(self, row: Any) -> None:
        """A changed replicated row: its version goes up by one and it is stamped."""
        row.version = (row.version or 0) + 1
        row.updated_at = self.lib.now()
        self.note(row)

    def deleted(self, row: Any) -> None:
        self.note(row)
        self.s.delete(row)

    def note(self, row: Any) -> None:
        """Count ``row`` among what this action changed."""
        entity = ENTITY_OF.get(type(row))
        if entity is not None and row.uuid:
            self._rows.add((entity, row.uuid))

    # -- the audit log and the journal --------------------------------------------------
    def audit(self, action: str, entity: str, row_uuid: str | None, **details: Any) -> None:
        self.lib.audit(self.s, self.actor, action, entity, row_uuid, **details)

    def record(self, kind: str, args: dict[str, Any], *, row_uuid: str | None, base_version: int | None = None,
               audit: str | None = None, entity: str | None = None, journal_it: bool = True,
               extra: dict[str, Any] | None = None, **details: Any) -> None:
        """Write the audit event (action ``audit`` or ``kind``) and, at a desk, the journal
        row that carries the operation to the server (a server keeps no outbox: it is
        where operations go). The journal names the acting staff account. The audit event's
        details are ``details`` and ``extra`` (details computed as a mapping)."""
        self.s.flush()  # the rows first (their ids, in results), then the audit event and journal row
        self.audit(audit or kind, entity or kind.split("_")[0], row_uuid, **details, **(extra or {}))
        if journal_it and self.lib.outbox and not self.replay:
            # Every row the action changed is named, so the server re-announces its own state
            # of each and the desk converges on it whatever the server decided.
            args = {**args, "rows": sorted([entity, row_uuid] for entity, row_uuid in self._rows)}
            journal.append(self.s, kind, args, entity_uuid=row_uuid, base_version=base_version,
                           occurred_at=self.now, actor=self.actor.username, actor_uuid=self.actor.staff_uuid)


@contextmanager
def action(lib: Library, actor: Actor, *, at: datetime | None = None) -> Iterator[Tx]:
    """One staff action: a write transaction (BEGIN IMMEDIATE) and its ``Tx``; committed at
    the end, rolled back if anything raises."""
    with lib.write() as s:
        yield Tx(lib, s, actor, at or lib.now())
