"""Merging a desk's offline edit field by field against the version it started from: a field
only the desk changed takes the desk's value; a field changed on both sides keeps the
server's and is listed as a conflict."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ...db.sync_models import SyncRowVersion
from .ops import Outcome, Unapplied


def merge(base: dict[str, Any] | None, current: dict[str, Any], desk: dict[str, Any],
          names: tuple[str, ...]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The fields to change on the server and the conflicts, comparing ``desk`` and
    ``current`` against ``base`` (None when the base is unknown: every difference conflicts)."""
    changes: dict[str, Any] = {}
    conflicts: list[dict[str, Any]] = []
    for name in names:
        if name not in desk:
            continue
        mine, theirs = desk.get(name), current.get(name)
        if mine == theirs:
            continue
        desk_changed = base is None or mine != base.get(name)
        server_changed = base is None or theirs != base.get(name)
        if desk_changed and not server_changed:
            changes[name] = mine
        elif desk_changed:
            conflicts.append({"field": name, "server": theirs, "desk": mine})
    return changes, conflicts


def base_of(s: Session, row_uuid: str, version: int | None) -> dict[str, Any] | None:
    """The row as it was at ``version`` (kept by the server's change feed), if known."""
    if not version:
        return None
    row = s.get(SyncRowVersion, (row_uuid, version))
    return row.data if row else None


def merged(row_uuid: str, changes: dict[str, Any], conflicts: list[dict[str, Any]], label: str) -> Outcome:
    out = Outcome({"uuid": row_uuid, "changed": sorted(changes), "conflicts": conflicts})
    if conflicts:
        out.status = "conflict"
        names = ", ".join(c["field"] for c in conflicts)
        out.problems.append(Unapplied("edit_conflict", f"The {label} was edited at a desk and on the server: "
                                      f"the server's {names} kept", uuid=row_uuid, conflicts=conflicts))
    return out
