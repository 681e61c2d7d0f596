"""A desk's journal operation as the server receives it, what replaying it gives, and why an
operation could not be applied (``Unapplied``: a code and details for the exception a person
resolves)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ...domain.errors import InvalidInput, LibraryError


class Unapplied(LibraryError):
    """An operation the server cannot apply; ``code`` and ``details`` go to the exception."""

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Op:
    """One journal operation as received from a desk. ``at`` is when it happened: the desk's
    clock, corrected by its measured offset and kept within what the server can believe."""

    kind: str
    args: dict[str, Any]
    op_id: str
    at: datetime
    entity_uuid: str | None = None
    base_version: int | None = None
    actor: str | None = None
    actor_uuid: str | None = None

    def arg(self, name: str, kind: type = str, *, required: bool = False) -> Any:
        """An argument of the expected JSON type (``InvalidInput`` otherwise)."""
        value = self.args.get(name)
        if value is None:
            if required:
                raise InvalidInput(f"The operation lacks {name!r}", field=name)
            return None
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise InvalidInput(f"{name!r} of the operation is not a {kind.__name__}", field=name)
        return value

    def day(self, name: str) -> date | None:
        value = self.arg(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise InvalidInput(f"{name!r} of the operation is not a date", field=name) from None


@dataclass
class Outcome:
    result: dict[str, Any] = field(default_factory=dict)
    problems: list[Unapplied] = field(default_factory=list)
    status: str = "applied"


def by_uuid(s: Session, model: Any, row_uuid: Any) -> Any:
    """The row of ``model`` with this uuid, or None. Rows found are remembered for the rest of
    the transaction (a batch of pushed operations names the same members and fees again and
    again), as long as they are still persistent in the session."""
    if not isinstance(row_uuid, str) or not row_uuid:
        return None
    seen: dict[tuple[Any, str], Any] = s.info.setdefault(_SEEN, {})
    found = seen.get((model, row_uuid))
    if found is not None and inspect(found).persistent:
        return found
    found = s.scalar(select(model).where(model.uuid == row_uuid))
    if found is not None:
        seen[(model, row_uuid)] = found
    return found


_SEEN = "replication_rows_by_uuid"
