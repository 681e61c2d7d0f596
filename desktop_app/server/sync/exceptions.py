"""Sync exceptions for staff: listing them with the actions that resolve each, and resolving.

Actions: ``dismiss`` (always: the person handled it by hand), and by kind of problem
``replace_with_second`` (two desks lent one copy: close the first loan when the second began
and record the second), ``apply_anyway`` (a checkout, renewal or hold refused by a rule is
applied as an override), ``take_desk_values`` (an edit conflict: the desk's values win).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from ...db.sync_models import SyncException, SyncRowVersion
from ...domain.errors import InvalidInput, NotFound
from ...domain.values import Role
from ...services import Actor, Library, require
from ...services.replication import Op, Outcome, replay_checkout
from ...services.transaction import Tx
from ...sync.entities import SPECS
from .feed import lock_counter, touch
from .push import KIND_ENTITY, as_problem, infrastructure, rows_named, safe_replay

RULE_CODES = {"copy_on_hold_for_other", "copy_lost", "copy_withdrawn", "copy_damaged", "copy_in_repair",
              "member_blocked", "member_expired", "loan_limit", "overdue_limit", "owes_limit", "max_renewals",
              "hold_waiting", "overdue_too_long", "hold_limit", "not_allowed"}


def actions_for(row: SyncException) -> list[str]:
    if row.status != "open":
        return []
    actions = ["dismiss"]
    if row.code == "double_loan":
        actions.append("replace_with_second")
    elif row.code in RULE_CODES and row.kind in ("checkout", "renew", "place_hold"):
        actions.append("apply_anyway")
    elif row.code == "edit_conflict":
        actions.append("take_desk_values")
    return actions


def view(row: SyncException) -> dict[str, Any]:
    return {"id": row.id, "created_at": row.created_at.isoformat(), "client_id": row.client_id,
            "desk_name": row.desk_name, "seq": row.seq, "op_id": row.op_id, "kind": row.kind, "code": row.code,
            "message": row.message, "details": row.details, "status": row.status, "resolution": row.resolution,
            "resolved_by": row.resolved_by, "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
            "note": row.note, "actions": actions_for(row)}


def listing(lib: Library, actor: Actor, *, status: str | None = "open", client_id: str | None = None,
            after_id: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    """Exceptions (a desk sees its own unless it acts for a librarian)."""
    require(actor, Role.DESK, "see sync exceptions")
    if actor.device is not None and not actor.at_least(Role.LIBRARIAN):
        client_id = actor.device
    if status not in (None, "open", "resolved"):
        raise InvalidInput("status is open or resolved", field="status")
    with lib.read() as s:
        stmt = select(SyncException).where(SyncException.id > after_id).order_by(SyncException.id)
        if status:
            stmt = stmt.where(SyncException.status == status)
        if client_id:
            stmt = stmt.where(SyncException.client_id == client_id)
        return [view(r) for r in s.scalars(stmt.limit(max(1, min(limit, 500))))]


def _op(row: SyncException, **changes: Any) -> Op:
    raw = dict(row.details.get("op") or {})
    raw.update(changes)
    if "at" in raw:
        at = datetime.fromisoformat(raw["at"])
    else:  # kept by an older server: the desk's time and its clock offset
        at = datetime.fromisoformat(raw["occurred_at"]) + timedelta(seconds=float(raw.get("shift_s") or 0.0))
    return Op(raw["kind"], dict(raw["args"]), f"resolve-{row.id}", at, raw.get("entity_uuid"),
              raw.get("base_version"), raw.get("actor"), raw.get("actor_uuid"))


def resolve(lib: Library, actor: Actor, exception_id: int, action: str, note: str | None = None) -> dict[str, Any]:
    """Resolve an open exception with one of its actions; the changes reach every desk."""
    require(actor, Role.LIBRARIAN, "resolve sync exceptions")
    with lib.write() as s:
        lock_counter(s)
        row = s.get(SyncException, exception_id)
        if row is None:
            raise NotFound(f"There is no sync exception {exception_id}")
        allowed = actions_for(row)
        if action not in allowed:
            raise InvalidInput(f"Exception {exception_id} ({row.status}, {row.code}) can be resolved with: "
                               f"{', '.join(allowed) or 'nothing, it is closed'}", field="action")
        outcome = Outcome()
        if action != "dismiss":
            if actor.staff_id is None:
                raise InvalidInput("Resolving an exception needs a person: name the staff account acting",
                                   field="actor")
            op = _resolving_op(s, row, action, actor, note)
            # Replayed as the person resolving it, at the time the desk did it.
            tx = Tx(lib, s, actor, op.at, replay=True)
            outcome = _replace(tx, op) if action == "replace_with_second" else safe_replay(tx, op)
            if outcome.status == "rejected":
                return {**view(row), "applied": False, "messages": [p.message for p in outcome.problems]}
            touch(s, rows_named(op))
        row.status, row.resolution, row.resolved_by = "resolved", action, actor.username
        row.resolved_at, row.note = lib.now(), note
        return {**view(row), "applied": action != "dismiss", "result": outcome.result}


def _replace(tx: Tx, op: Op) -> Outcome:
    """The second of two loans of one copy replaces the first (closed when the second began)."""
    try:
        with tx.s.begin_nested():
            out = replay_checkout(tx, op, replace_open=True)
            tx.s.flush()
        return out
    except Exception as exc:  # refused like any replay; the database failing is raised
        if infrastructure(exc):
            raise
        return Outcome({}, [as_problem(exc)], "rejected")


def _resolving_op(s: Any, row: SyncException, action: str, actor: Actor, note: str | None) -> Op:
    op = _op(row)
    if action == "apply_anyway":
        args = {**op.args, "override_reason": note or f"sync exception {row.id} resolved by {actor.username}"}
        return _op(row, args=args)
    if action == "take_desk_values":
        entity = KIND_ENTITY[op.kind]
        target = str(op.args.get("uuid") or op.entity_uuid)
        table = SPECS[entity].table
        version = s.scalar(select(table.c.version).where(table.c.uuid == target))
        current = s.get(SyncRowVersion, (target, version)) if version else None
        if current is None:
            raise NotFound("The edited row is no longer on the server")
        desk = {c["field"]: c["desk"] for c in row.details.get("conflicts", [])}
        if "authors" in desk:
            desk["authors"] = [{"name": n, "role": r} for n, r in desk["authors"]]
        return _op(row, args={**current.data, **desk}, base_version=version)
    return op
