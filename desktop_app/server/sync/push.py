"""Applying a desk's pushed operations exactly once, in order.

Operations run in order inside a transaction that locks the feed counter then the device
row (``TX_OPS`` operations per transaction, each in its own savepoint), and for each:
``seq <= last_seq`` -> the stored result (a duplicate; a different ``op_id`` for a used seq is
``SeqReused``); ``seq > last_seq + 1`` -> ``SeqGap`` naming the expected seq; otherwise the
operation is replayed by ``services.replication`` -- the same transition the desk ran -- as
the staff account that did it at the desk (``op_actor``: that account's rights on the server,
never more than the desk's role) at the desk's time (``op_time``: corrected by the desk's
clock offset, never in the future, never much before the desk's previous operation). Its
result is stored and ``last_seq`` advanced.

Anything that keeps an operation from applying -- a rule, the actor's rights, bad input, a
constraint, a bug -- rolls back its savepoint only, becomes a ``SyncException`` for a person,
and still advances the desk's sequence: a bad operation never blocks a desk. Only a failure
of the database itself (``INFRASTRUCTURE``) raises out of here, and nothing of that
transaction is kept (the desk sends it again; what an earlier transaction applied comes back
as duplicates).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DisconnectionError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from ...db.models import StaffUser
from ...db.sync_models import SyncAppliedOp, SyncDevice, SyncException
from ...domain.errors import InvalidInput, LibraryError, PermissionDenied, Refused
from ...domain.values import ROLE_RANK, Role
from ...services import Actor, Library
from ...services.library import AUDIT_BUFFER
from ...services.people.accounts import staff_actor
from ...services.replication import Op, Outcome, Unapplied, replay
from ...services.transaction import Tx
from ...sync.entities import uuids_in_args
from .feed import lock_counter, touch

LOG = logging.getLogger("library_desk.server.sync")
TX_OPS = 50
BACKWARDS_S = 300.0  # how far a desk's operation may be dated before its previous one (clock jitter)
AHEAD_S = 5.0
KIND_ENTITY = {"book_upsert": "book", "book_delete": "book", "copy_upsert": "copy", "copy_delete": "copy",
               "member_upsert": "member", "category_upsert": "category", "staff_upsert": "staff",
               "staff_password": "staff", "book_cover_set": "book", "book_cover_remove": "book"}
INFRASTRUCTURE = (OperationalError, InterfaceError, DisconnectionError)


class SeqGap(Exception):
    def __init__(self, expected: int) -> None:
        super().__init__(f"operations must arrive in order: expected seq {expected}")
        self.expected = expected


class SeqReused(Exception):
    """A seq already applied arrived with another op_id: the desk's journal is not the one
    the server knows (a copied database that kept its client id)."""


class UnknownDevice(LookupError):
    pass


class RetiredDevice(LookupError):
    pass


@dataclass(frozen=True)
class Incoming:
    seq: int
    op_id: str
    kind: str
    args: dict[str, Any]
    occurred_at: datetime
    entity_uuid: str | None = None
    base_version: int | None = None
    actor: str | None = None
    actor_uuid: str | None = None


def infrastructure(exc: BaseException) -> bool:
    """A failure of the database itself (connection lost, locked, deadlock): retried."""
    return isinstance(exc, INFRASTRUCTURE) and not isinstance(exc, IntegrityError)


def as_problem(exc: Exception) -> Unapplied:
    if isinstance(exc, Unapplied):
        return exc
    if isinstance(exc, Refused):
        return Unapplied(exc.codes[0] if exc.codes else "refused", exc.message, reasons=exc.codes)
    if isinstance(exc, PermissionDenied):
        return Unapplied("not_allowed", exc.message)
    if isinstance(exc, InvalidInput):
        return Unapplied("invalid", f"The operation is not valid: {exc.message}", field=exc.field)
    if isinstance(exc, LibraryError):
        return Unapplied(exc.code, exc.message)
    if isinstance(exc, IntegrityError):
        return Unapplied("conflict", "The operation conflicts with data on the server (a unique value is taken)")
    LOG.error("a pushed operation failed", exc_info=exc)
    return Unapplied("failed", f"The server could not apply this operation ({type(exc).__name__}: {exc}); "
                     "it is kept here for a person")


def rows_named(op: Op) -> list[tuple[str, str]]:
    """Rows the operation names (its uuids, its target, every row the desk changed with it):
    re-announced at commit so that the desk takes the server's state of each."""
    rows = uuids_in_args(op.args)
    entity = KIND_ENTITY.get(op.kind)
    target = op.args.get("uuid") or op.entity_uuid
    if entity and isinstance(target, str):
        rows.append((entity, target))
    for item in op.args.get("rows") or []:
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
            rows.append((item[0], item[1]))
    return rows


def safe_replay(tx: Tx, op: Op) -> Outcome:
    """Run one operation in a savepoint; whatever keeps it from applying (except the
    database failing) comes back as a rejected outcome (and its audit events are dropped)."""
    buffered = tx.s.info.get(AUDIT_BUFFER)
    mark = len(buffered) if buffered is not None else 0
    try:
        with tx.s.begin_nested():
            outcome = replay(tx, op)
            tx.s.flush()
        return outcome
    except Exception as exc:  # a bad operation must never block the desk's queue
        if infrastructure(exc):
            raise
        if buffered is not None:
            del buffered[mark:]
        return Outcome({}, [as_problem(exc)], "rejected")


def op_actor(s: Session, device: SyncDevice, username: str | None, staff_uuid: str | None,
             cache: dict[tuple[str | None, str | None], Actor]) -> Actor:
    """The staff account that did the operation at the desk, with its role on the server
    and never more than the desk's. An account the server does not know (or that is switched
    off) acts with a desk's rights only; an operation that names nobody (from a desk program
    older than this) acts as the account that registered the desk."""
    key = (username, staff_uuid)
    if key in cache:
        return cache[key]
    ceiling = Role(device.role)
    user = None
    if staff_uuid:
        user = s.scalar(select(StaffUser).where(StaffUser.uuid == staff_uuid))
    name = (username if username is not None else device.username) or ""
    if user is None and name:
        user = s.scalar(select(StaffUser).where(StaffUser.username == name.lower()))
    if user is not None and user.active:
        person = staff_actor(user, device.desk_name)
        role = min((person.role, ceiling), key=lambda r: ROLE_RANK[r])
        actor = Actor(username=person.username, role=role, staff_id=person.staff_id, staff_uuid=person.staff_uuid,
                      display_name=person.display_name, desk=device.desk_name, device=device.client_id)
    else:
        role = min((Role.DESK, ceiling), key=lambda r: ROLE_RANK[r])
        actor = Actor(username=f"{name or 'unknown'} ({'switched off' if user else 'not on the server'})",
                      role=role, display_name=name, desk=device.desk_name, device=device.client_id)
    cache[key] = actor
    return actor


def op_time(device: SyncDevice, item: Incoming, shift_s: float, now: datetime) -> tuple[datetime, bool]:
    """When the operation happened: the desk's time corrected by its clock offset, not in
    the future and not long before the desk's previous operation (a desk cannot back-date
    a return to dodge a fine). Returns the time and whether it was adjusted."""
    when = item.occurred_at + timedelta(seconds=shift_s)
    if when > now + timedelta(seconds=AHEAD_S):
        return now, True
    if device.last_op_at is not None and when < device.last_op_at - timedelta(seconds=BACKWARDS_S):
        return device.last_op_at, True
    return when, False


def record_problems(s: Session, device: Any, op: Op, seq: int | None, problems: list[Unapplied]) -> list[int]:
    ids = []
    for problem in problems:
        row = SyncException(
            client_id=device.client_id if device else "server", desk_name=device.desk_name if device else None,
            seq=seq, op_id=op.op_id, kind=op.kind, code=problem.code, message=problem.message,
            details={**problem.details, "op": op_record(op)}, status="open", created_at=datetime.now(op.at.tzinfo))
        s.add(row)
        s.flush()
        ids.append(row.id)
    return ids


def op_record(op: Op) -> dict[str, Any]:
    """An operation as kept with its exception (to be replayed when a person resolves it)."""
    return {"kind": op.kind, "args": op.args, "entity_uuid": op.entity_uuid, "base_version": op.base_version,
            "at": op.at.isoformat(), "actor": op.actor, "actor_uuid": op.actor_uuid}


def apply_batch(lib: Library, client_id: str, items: list[Incoming],
                shift_s: float) -> tuple[list[dict[str, Any]], Exception | None]:
    """Apply (or recognise) ``items`` in order in ONE transaction (each operation in its own
    savepoint); returns the results and the ``SeqGap``/``SeqReused`` that stopped the run, if
    any (what came before it is kept). A database failure rolls the whole run back.

    Cost per operation is the operation itself: operations already applied under their
    ``op_id`` are looked up once per run, and the applied rows, the device's ``last_seq``
    and the feed are written once per run."""
    results: list[dict[str, Any]] = []
    stop: Exception | None = None
    with lib.write() as s:
        lock_counter(s)
        device = s.get(SyncDevice, client_id, with_for_update=True)
        if device is None:
            raise UnknownDevice(client_id)
        if device.retired_at is not None:
            raise RetiredDevice(client_id)
        run = _Run(device, device.last_seq, _known(s, items))
        with lib.buffer_audit(s):
            for item in items:
                try:
                    results.append(_apply_in(lib, s, run, item, shift_s))
                except (SeqGap, SeqReused) as exc:
                    stop = exc
                    break
        if run.rows:
            s.execute(insert(SyncAppliedOp), run.rows)
        device.last_seq = run.last_seq
        device.last_seen_at = lib.now()
    return results, stop


def apply_isolated(lib: Library, client_id: str, items: list[Incoming], shift_s: float,
                   failure: Exception) -> tuple[list[dict[str, Any]], Exception | None]:
    """A batch whose transaction failed for another reason than the database (a bug that
    escaped an operation's savepoint, in the change feed for instance): each operation alone;
    one that still fails is recorded as an exception in a transaction of its own and the
    desk's sequence moves past it."""
    LOG.error("a batch of pushed operations failed; applying them one by one", exc_info=failure)
    results: list[dict[str, Any]] = []
    for item in items:
        try:
            done, stop = apply_batch(lib, client_id, [item], shift_s)
        except Exception as exc:  # the poison operation is recorded, the queue moves on
            if infrastructure(exc) or isinstance(exc, (UnknownDevice, RetiredDevice)):
                raise
            done, stop = _poisoned(lib, client_id, item, shift_s, exc)
        results.extend(done)
        if stop is not None:
            return results, stop
    return results, None


def _poisoned(lib: Library, client_id: str, item: Incoming, shift_s: float,
              exc: Exception) -> tuple[list[dict[str, Any]], Exception | None]:
    with lib.write() as s:
        lock_counter(s)
        device = s.get(SyncDevice, client_id, with_for_update=True)
        assert device is not None
        if item.seq <= device.last_seq:
            return [_reply(item, "duplicate", None)], None
        if item.seq > device.last_seq + 1:
            return [], SeqGap(device.last_seq + 1)
        when, _adjusted = op_time(device, item, shift_s, lib.now())
        op = Op(item.kind, item.args, item.op_id, when, item.entity_uuid, item.base_version, item.actor,
                item.actor_uuid)
        problem = Unapplied("failed", f"The server could not apply this operation ({type(exc).__name__}: {exc}); "
                            "it is kept here for a person")
        ids = record_problems(s, device, op, item.seq, [problem])
        result = {"exceptions": ids, "messages": [problem.message]}
        s.execute(insert(SyncAppliedOp), [{"client_id": client_id, "seq": item.seq, "op_id": item.op_id,
                                           "kind": item.kind[:40], "status": "rejected", "result": result,
                                           "applied_at": lib.now()}])
        device.last_seq = item.seq
        device.last_seen_at = lib.now()
    return [{"seq": item.seq, "op_id": item.op_id, "status": "rejected", "result": result}], None


@dataclass
class _Run:
    """What one ``apply_batch`` knows while it goes: the device, its progress, the operations
    already applied (by op_id), the actors met, and the rows to insert into
    ``sync_applied_ops``."""

    device: SyncDevice
    last_seq: int
    known: dict[str, dict[str, Any]]
    actors: dict[tuple[str | None, str | None], Actor] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)


def _known(s: Session, items: list[Incoming]) -> dict[str, dict[str, Any]]:
    """Stored results of operations already applied under the op_ids of ``items``."""
    out: dict[str, dict[str, Any]] = {}
    ids = [i.op_id for i in items]
    for start in range(0, len(ids), 500):
        for row in s.execute(select(SyncAppliedOp.client_id, SyncAppliedOp.seq, SyncAppliedOp.op_id,
                                    SyncAppliedOp.status, SyncAppliedOp.result)
                             .where(SyncAppliedOp.op_id.in_(ids[start:start + 500]))).mappings():
            out[row["op_id"]] = dict(row)
    return out


def _apply_in(lib: Library, s: Session, run: _Run, item: Incoming, shift_s: float) -> dict[str, Any]:
    device = run.device
    if item.seq <= run.last_seq:
        found = s.execute(select(SyncAppliedOp.op_id, SyncAppliedOp.status, SyncAppliedOp.result).where(
            SyncAppliedOp.client_id == device.client_id, SyncAppliedOp.seq == item.seq)).mappings().first()
        stored: dict[str, Any] | None = dict(found) if found is not None else None
        if stored is None:
            stored = next((r for r in run.rows if r["seq"] == item.seq), None)
        if stored is not None and stored["op_id"] != item.op_id:
            raise SeqReused(f"seq {item.seq} of this desk was already used by another operation")
        return _reply(item, "duplicate", stored or run.known.get(item.op_id))
    if item.seq > run.last_seq + 1:
        raise SeqGap(run.last_seq + 1)
    run.last_seq = item.seq
    prior = run.known.get(item.op_id)
    if prior is not None:  # sent before by the database this one was copied from
        return _reply(item, "duplicate", prior)
    when, adjusted = op_time(device, item, shift_s, lib.now())
    op = Op(item.kind, item.args, item.op_id, when, item.entity_uuid, item.base_version, item.actor, item.actor_uuid)
    actor = op_actor(s, device, item.actor, item.actor_uuid, run.actors)
    outcome = safe_replay(Tx(lib, s, actor, when, replay=True), op)
    if device.last_op_at is None or when > device.last_op_at:
        device.last_op_at = when
    exception_ids = record_problems(s, device, op, item.seq, outcome.problems)
    touch(s, rows_named(op))
    result = {**outcome.result, "exceptions": exception_ids, "messages": [p.message for p in outcome.problems]}
    if adjusted:
        result["time_adjusted"] = when.isoformat()
    row = {"client_id": device.client_id, "seq": item.seq, "op_id": item.op_id, "kind": item.kind[:40],
           "status": outcome.status, "result": result, "applied_at": lib.now()}
    run.rows.append(row)
    run.known[item.op_id] = row
    return {"seq": item.seq, "op_id": item.op_id, "status": outcome.status, "result": result}


def _reply(item: Incoming, status: str, stored: dict[str, Any] | None) -> dict[str, Any]:
    return {"seq": item.seq, "op_id": item.op_id, "status": status,
            "original_status": stored["status"] if stored else None, "result": stored["result"] if stored else {}}


__all__ = ["Incoming", "apply_isolated", "RetiredDevice", "SeqGap", "SeqReused", "UnknownDevice", "apply_batch",
           "as_problem", "infrastructure", "op_record", "rows_named", "safe_replay"]
