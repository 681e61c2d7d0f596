"""Applying a desk's pushed operations exactly once, in order.

Operations run in order inside a transaction that locks the feed counter then the device
row (``TX_OPS`` operations per transaction, each in its own savepoint), and for each:
``seq <= last_seq`` -> the stored result (a duplicate; a different ``op_id`` for a used seq is
``SeqReused``); ``seq > last_seq + 1`` -> ``SeqGap`` naming the expected seq; otherwise the
operation is replayed through ``services.replication``, its result stored and ``last_seq``
advanced. A refusal by the rules still advances and becomes a ``SyncException`` for staff;
a database failure raises out of here and nothing of that transaction is kept (the desk
sends it again; what an earlier transaction applied comes back as duplicates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db.sync_models import SyncAppliedOp, SyncDevice, SyncException
from ..domain.errors import LibraryError, Refused
from ..services import Actor, Library
from ..services.replication import CIRCULATION, Op, Outcome, Unapplied
from ..services.replication_edits import EDITS
from ..sync.entities import uuids_in_args
from .sync_feed import lock_counter, touch

HANDLERS = {**CIRCULATION, **EDITS}
TX_OPS = 50
KIND_ENTITY = {"book_upsert": "book", "book_delete": "book", "copy_upsert": "copy", "member_upsert": "member",
               "category_upsert": "category"}


class SeqGap(Exception):
    def __init__(self, expected: int) -> None:
        super().__init__(f"operations must arrive in order: expected seq {expected}")
        self.expected = expected


class SeqReused(Exception):
    """A seq already applied arrived with another op_id: the desk's journal is not the one
    the server knows (a copied database that kept its client id)."""


class UnknownDevice(LookupError):
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


def as_problem(exc: Exception) -> Unapplied:
    if isinstance(exc, Unapplied):
        return exc
    if isinstance(exc, Refused):
        return Unapplied(exc.codes[0] if exc.codes else "refused", exc.message, reasons=exc.codes)
    if isinstance(exc, LibraryError):
        return Unapplied(exc.code, exc.message)
    if isinstance(exc, IntegrityError):
        return Unapplied("conflict", "The operation conflicts with data on the server (a unique value is taken)")
    return Unapplied("bad_operation", f"The operation could not be read: {type(exc).__name__}: {exc}")


def rows_named(op: Op) -> list[tuple[str, str]]:
    rows = uuids_in_args(op.args)
    entity = KIND_ENTITY.get(op.kind)
    target = op.args.get("uuid") or op.entity_uuid
    if entity and target:
        rows.append((entity, str(target)))
    return rows


def replay(lib: Library, s: Session, actor: Actor, op: Op) -> Outcome:
    """Run one operation in a savepoint; a refusal comes back as a rejected outcome."""
    handler = HANDLERS.get(op.kind)
    try:
        if handler is None:
            raise Unapplied("unknown_kind", f"This server does not know the operation {op.kind!r}")
        with s.begin_nested():
            outcome = handler(lib, s, actor, op)
            s.flush()
        return outcome
    except (LibraryError, IntegrityError, ValueError, KeyError, TypeError) as exc:
        return Outcome({}, [as_problem(exc)], "rejected")


def record_problems(s: Session, device: Any, op: Op, seq: int | None,
                    problems: list[Unapplied]) -> list[int]:
    ids = []
    for problem in problems:
        row = SyncException(
            client_id=device.client_id if device else "server", desk_name=device.desk_name if device else None,
            seq=seq, op_id=op.op_id, kind=op.kind, code=problem.code, message=problem.message,
            details={**problem.details, "op": {"kind": op.kind, "args": op.args, "entity_uuid": op.entity_uuid,
                                              "base_version": op.base_version,
                                              "occurred_at": op.occurred_at.isoformat(), "shift_s": op.shift_s}},
            status="open", created_at=datetime.now(op.occurred_at.tzinfo))
        s.add(row)
        s.flush([row])
        ids.append(row.id)
    return ids


def apply_batch(lib: Library, actor: Actor, client_id: str, items: list[Incoming],
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
        run = _Run(device.client_id, device.desk_name, device.last_seq, _known(s, items))
        for item in items:
            try:
                results.append(_apply_in(lib, s, actor, run, item, shift_s))
            except (SeqGap, SeqReused) as exc:
                stop = exc
                break
        if run.rows:
            s.execute(insert(SyncAppliedOp), run.rows)
        device.last_seq = run.last_seq
        device.last_seen_at = lib.now()
    return results, stop


@dataclass
class _Run:
    """What one ``apply_batch`` knows while it goes: the device, its progress, the operations
    already applied (by op_id) and the rows to insert into ``sync_applied_ops``."""

    client_id: str
    desk_name: str
    last_seq: int
    known: dict[str, dict[str, Any]]
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


def _apply_in(lib: Library, s: Session, actor: Actor, run: _Run, item: Incoming,
              shift_s: float) -> dict[str, Any]:
    if item.seq <= run.last_seq:
        stored = s.execute(select(SyncAppliedOp.op_id, SyncAppliedOp.status, SyncAppliedOp.result).where(
            SyncAppliedOp.client_id == run.client_id, SyncAppliedOp.seq == item.seq)).mappings().first()
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
    op = Op(item.kind, item.args, item.op_id, item.occurred_at, item.entity_uuid, item.base_version, shift_s)
    outcome = replay(lib, s, actor, op)
    exception_ids = record_problems(s, run, op, item.seq, outcome.problems)
    touch(s, rows_named(op))
    result = {**outcome.result, "exceptions": exception_ids, "messages": [p.message for p in outcome.problems]}
    row = {"client_id": run.client_id, "seq": item.seq, "op_id": item.op_id, "kind": item.kind,
           "status": outcome.status, "result": result, "applied_at": lib.now()}
    run.rows.append(row)
    run.known[item.op_id] = row
    return {"seq": item.seq, "op_id": item.op_id, "status": outcome.status, "result": result}


def _reply(item: Incoming, status: str, stored: dict[str, Any] | None) -> dict[str, Any]:
    return {"seq": item.seq, "op_id": item.op_id, "status": status,
            "original_status": stored["status"] if stored else None, "result": stored["result"] if stored else {}}
