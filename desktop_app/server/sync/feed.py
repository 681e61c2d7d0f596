"""The server's change feed: every change to a replicated row, whoever makes it (a REST call,
a desk's pushed operation, an exception resolved), is stamped in the same transaction.

``install(engine)`` hooks the ORM sessions bound to that engine:

- the first flush of a writing transaction locks the feed counter row (``SELECT ... FOR
  UPDATE`` on PostgreSQL; SQLite writers are already serialised by ``BEGIN IMMEDIATE``), so
  no other writer can take feed sequences until this transaction ends: sequences are handed
  out and committed in the same order, and a pull reading ``seq > cursor`` never skips a
  change that commits late;
- every flush only *notes* the replicated rows it changed (``touch`` notes rows too, and so do
  the rows a transition changed with set-based UPDATEs and announced, ``privacy.announced``);
- just before the transaction commits, the noted rows are read once more and stamped
  together with consecutive sequences: a put with the row's committed version, or a delete
  when the row is gone (deleted, or created in a savepoint that was rolled back). One stamp
  per transaction instead of one per flush keeps a batch of pushed operations cheap.

Editable rows (book, copy, member) also keep a snapshot per version for field-by-field merges.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, event, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ...db.base import rowcount, utcnow
from ...db.models import Book, Copy, Member
from ...db.sync_models import SyncCounter, SyncFeed, SyncRowVersion
from ...services.people.privacy import announced
from ...services.snapshots import book_data, copy_data, member_data
from ...sync.entities import ENTITY_OF_MODEL, SPECS

_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()
_LOCK_KEY = "sync_feed_locked"
_NOTED_KEY = "sync_feed_noted"
Noted = dict[str, tuple[str, str, int]]  # uuid -> (entity, "put" | "delete" | "touch", version)


def _bound(session: Session) -> bool:
    try:
        bind = session.get_bind()
    except Exception:  # noqa: BLE001 - an unbound session is none of ours
        return False
    return getattr(bind, "engine", bind) in _ENGINES


def lock_counter(session: Session) -> None:
    """Take the feed counter lock for the current transaction (once per root transaction;
    the transaction object itself is the marker, so a new transaction never looks locked)."""
    tx = session.get_transaction()
    if tx is not None and session.info.get(_LOCK_KEY) is tx:
        return
    session.info[_LOCK_KEY] = tx
    session.execute(select(SyncCounter.value).where(SyncCounter.id == 1).with_for_update())


def _noted(session: Session) -> Noted:
    """The rows noted in the current root transaction (a new transaction starts empty)."""
    tx = session.get_transaction()
    held = session.info.get(_NOTED_KEY)
    if held is None or held[0] is not tx:
        held = (tx, {})
        session.info[_NOTED_KEY] = held
    return held[1]


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if _bound(session) and (session.new or session.dirty or session.deleted):
        lock_counter(session)


def _replicated_changed(session: Session, obj: Any, entity: str) -> bool:
    from sqlalchemy import inspect

    state = inspect(obj)
    names = set(SPECS[entity].fields) | {"version", "deleted"} | {r.column for r in SPECS[entity].refs}
    return any(state.attrs[n].history.has_changes() for n in names if n in state.attrs)


def _snapshot(session: Session, obj: Any) -> dict[str, Any] | None:
    if isinstance(obj, Book):
        return book_data(obj)
    if isinstance(obj, Copy):
        # A copy made with its book's id only has no book loaded: read the uuid instead.
        book_uuid = obj.book.uuid if "book" in obj.__dict__ and obj.book is not None else \
            session.connection().execute(select(Book.uuid).where(Book.id == obj.book_id)).scalar()
        return copy_data(obj, str(book_uuid))
    if isinstance(obj, Member):
        return member_data(obj)
    return None


def _after_flush(session: Session, _ctx: Any) -> None:
    if not _bound(session):
        return
    noted = _noted(session)
    for obj in list(session.new) + list(session.dirty):
        entity = ENTITY_OF_MODEL.get(type(obj))
        if entity and (obj in session.new or _replicated_changed(session, obj, entity)):
            noted[obj.uuid] = (entity, "put", obj.version or 1)
            snap = _snapshot(session, obj)
            if snap is not None:
                _upsert_version(session, obj.uuid, obj.version or 1, snap)
    for obj in session.deleted:
        entity = ENTITY_OF_MODEL.get(type(obj))
        if entity:
            noted[obj.uuid] = (entity, "delete", (obj.version or 1) + 1)


def _before_commit(session: Session) -> None:
    """Stamp the rows noted in this transaction, once, just before the root commit."""
    if not _bound(session) or session.in_nested_transaction():
        return
    session.flush()
    noted = _noted(session)
    for entity, row_uuid in announced(session):  # rows a set-based UPDATE changed (the ORM did not see them)
        noted.setdefault(row_uuid, (entity, "touch", 0))
    announced(session).clear()
    if noted:
        stamp(session, settle(session, noted))
        noted.clear()


def settle(session: Session, noted: Noted) -> list[tuple[str, str, str, int]]:
    """(uuid, entity, op, version) for noted rows as they are now: a put with the current
    version when the row exists, else a delete; deletes first (children before parents),
    then puts (parents before children)."""
    from ...sync.entities import ORDER

    by_entity: dict[str, list[str]] = {}
    for row_uuid, (entity, _op, _version) in noted.items():
        by_entity.setdefault(entity, []).append(row_uuid)
    puts: list[tuple[str, str, str, int]] = []
    deletes: list[tuple[str, str, str, int]] = []
    conn = session.connection()
    for entity in ORDER:
        uuids = by_entity.get(entity)
        if not uuids:
            continue
        table = SPECS[entity].table
        found: dict[str, int] = {}
        for start in range(0, len(uuids), 900):
            found.update((u, v) for u, v in conn.execute(
                select(table.c.uuid, table.c.version).where(table.c.uuid.in_(uuids[start:start + 900]))))
        for row_uuid in uuids:
            if row_uuid in found:
                puts.append((row_uuid, entity, "put", found[row_uuid]))
            else:
                _e, op, version = noted[row_uuid]
                deletes.append((row_uuid, entity, "delete", version if op == "delete" else 0))
    rank = {e: i for i, e in enumerate(ORDER)}
    deletes.sort(key=lambda d: -rank[d[1]])
    return deletes + puts


def install(engine: Engine) -> None:
    """Record feed changes for every ORM session bound to ``engine`` (idempotent)."""
    _ENGINES.add(engine)
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)


def _upsert(session: Session, table: Any, values: list[dict[str, Any]], keys: list[str],
            set_cols: list[str] | None) -> None:
    dialect = session.get_bind().dialect.name
    make = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = make(table)
    if set_cols:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: getattr(stmt.excluded, c) for c in set_cols})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    session.connection().execute(stmt, values)


def _upsert_version(session: Session, row_uuid: str, version: int, data: dict[str, Any]) -> None:
    _upsert(session, SyncRowVersion.__table__, [{"uuid": row_uuid, "version": version, "data": data}],
            ["uuid", "version"], None)


def stamp(session: Session, changes: Iterable[tuple[str, str, str, int]]) -> None:
    """Give each (uuid, entity, op, version) the next feed sequences, in this transaction."""
    rows = list(changes)
    if not rows:
        return
    lock_counter(session)
    conn = session.connection()
    start = conn.execute(select(SyncCounter.value).where(SyncCounter.id == 1)).scalar_one()
    conn.execute(update(SyncCounter).where(SyncCounter.id == 1).values(value=start + len(rows)))
    now = utcnow()
    values = [{"uuid": u, "entity": e, "op": o, "version": v, "seq": start + i + 1, "changed_at": now}
              for i, (u, e, o, v) in enumerate(rows)]
    _upsert(session, SyncFeed.__table__, values, ["uuid"], ["entity", "op", "version", "seq", "changed_at"])


def touch(session: Session, rows: Iterable[tuple[str, str]]) -> None:
    """Re-announce (entity, uuid) rows at this transaction's commit so that every desk takes
    the server's state of them: a put of the current row, or a delete when the server has no
    such row (a desk's speculative row from an operation that was refused)."""
    lock_counter(session)
    noted = _noted(session)
    for entity, row_uuid in rows:
        noted.setdefault(row_uuid, (entity, "touch", 0))


def ensure_counter(session: Session) -> None:
    if session.get(SyncCounter, 1) is None:
        session.execute(insert(SyncCounter).values(id=1, value=0, purged_seq=0))


def backfill(engine: Engine) -> int:
    """Enter into the feed every replicated row that is not in it yet (rows written before
    the hook was installed: the first admin of a new server, a bulk import). Returns how
    many rows were added."""
    from sqlalchemy.orm import Session as PlainSession

    from ...sync.entities import ORDER

    added = 0
    with PlainSession(engine) as session, session.begin():
        ensure_counter(session)
        lock_counter(session)
        for entity in ORDER:
            table = SPECS[entity].table
            # NOT EXISTS (an anti-join), not NOT IN: PostgreSQL runs NOT IN over a subquery
            # larger than work_mem as a nested loop (minutes for 100,000 rows at each start).
            in_feed = select(SyncFeed.uuid).where(SyncFeed.uuid == table.c.uuid).exists()
            missing = session.execute(
                select(table.c.uuid, table.c.version).where(~in_feed).order_by(table.c.id)).all()
            for start in range(0, len(missing), 5000):
                chunk = missing[start:start + 5000]
                stamp(session, [(u, entity, "put", v) for u, v in chunk])
            added += len(missing)
    return added


def purge_tombstones(engine: Engine, before_seq: int) -> int:
    """Forget deletions announced before ``before_seq``; cursors older than that then get 410
    (the desk downloads everything again). Returns how many tombstones were removed."""
    from sqlalchemy import delete
    from sqlalchemy.orm import Session as PlainSession

    with PlainSession(engine) as session, session.begin():
        lock_counter(session)
        gone = rowcount(session.execute(delete(SyncFeed).where(SyncFeed.op == "delete", SyncFeed.seq < before_seq)))
        counter = session.get(SyncCounter, 1)
        if counter is not None:
            counter.purged_seq = max(counter.purged_seq, before_seq)
    return int(gone or 0)
