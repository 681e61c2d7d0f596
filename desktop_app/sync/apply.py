"""Applying a page of pulled changes to the desk's SQLite database, by uuid.

``apply_page`` runs in ONE local write transaction together with the new cursor, so a crash
leaves either the whole page and its cursor or neither. Rules:

- a row named by a pending local operation is not overwritten (its own change reaches the
  server first; the server then announces the row again);
- deletes go children first, puts parents first; references arrive as uuids and are mapped
  to local ids; a member deleted on the server first loses their loans, holds, fees and
  notices here (anonymised, as on the server);
- a row whose natural key (barcode, card number, username, category code) belongs to a local
  row with another uuid takes over that local row (the server's identity wins), unless the
  local row has a pending operation, in which case the server's row waits for a later page.

Writes use one driver-level ``executemany`` per table and page (no ORM objects, no per-row
parameter machinery), and uuids are mapped to local ids with one ``json_each`` parameter:
tens of thousands of rows a second. The page commits with ``synchronous = NORMAL`` (see
``page_transaction``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, true, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import BookAuthor, Fee, Hold, JournalEntry, Loan, StaffUser, SyncState
from ..db.notice_models import Notice
from ..domain.errors import Busy
from ..domain.values import ACTIVE_HOLD
from ..services import Library
from .entities import ORDER, SPECS, Spec, from_json, parse_datetime
from .records import store_records

NATURAL_KEYS = {"category": "code", "staff": "username", "copy": "barcode", "member": "card_number"}
CHUNK = 500


class ApplyError(Exception):
    """A page cannot be applied (a reference to a row the desk does not have)."""


@dataclass
class Applied:
    puts: int = 0
    deletes: int = 0
    skipped: list[str] = field(default_factory=list)


def pending_uuids(s: Connection | Session) -> set[str]:
    """Uuids of every row named by a pending journal operation (never overwritten by a pull)."""
    found: set[str] = set()
    for entity_uuid, args in s.execute(select(JournalEntry.entity_uuid, JournalEntry.args)
                                       .where(JournalEntry.status == "pending")):
        if entity_uuid:
            found.add(entity_uuid)
        for key, value in (args or {}).items():
            if key.endswith("uuid") and isinstance(value, str):
                found.add(value)
    return found


def _ids(conn: Connection, spec: Spec, uuids: Iterable[str]) -> dict[str, int]:
    """Local ids of the rows with these uuids. The uuids travel as ONE JSON parameter read by
    ``json_each``: the statement stays the same whatever their number (compiled once, no
    hundreds of bound parameters per page)."""
    wanted = list(set(uuids))
    if not wanted:
        return {}
    sql = _IDS_SQL.get(spec.entity)
    if sql is None:
        sql = _IDS_SQL[spec.entity] = text(
            f"SELECT uuid, id FROM {spec.table.name} WHERE uuid IN (SELECT value FROM json_each(:uuids))")
    return {u: i for u, i in conn.execute(sql, {"uuids": json.dumps(wanted)})}


_IDS_SQL: dict[str, Any] = {}


def local_deletes(lib: Library, changes: list[dict[str, Any]]) -> int:
    """How many rows this desk has that the deletes among ``changes`` would remove (rows a
    pending local operation still names are kept, and not counted)."""
    wanted: dict[str, list[str]] = {}
    for change in changes:
        if change["op"] == "delete":
            wanted.setdefault(change["entity"], []).append(change["id"])
    if not wanted:
        return 0
    with lib.engine.connect() as conn:
        busy = pending_uuids(conn)
        return sum(len([u for u in _ids(conn, SPECS[e], uuids) if u not in busy]) for e, uuids in wanted.items()
                   if e in SPECS)


def apply_page(lib: Library, changes: list[dict[str, Any]], cursor: str) -> Applied:
    """Apply ``changes`` and store ``cursor`` in one transaction (see the module doc)."""
    done = Applied()
    with page_transaction(lib) as conn:
        busy = pending_uuids(conn)
        deletes = [c for c in changes if c["op"] == "delete"]
        for entity in reversed(ORDER):
            rows = [c for c in deletes if c["entity"] == entity]
            if rows:
                _deletes(conn, SPECS[entity], [c["id"] for c in rows if c["id"] not in busy], done, busy)
        for entity in ORDER:
            rows = [c for c in changes if c["op"] == "put" and c["entity"] == entity]
            if rows:
                _puts(conn, SPECS[entity], rows, busy, done)
        stored = conn.execute(update(SyncState).where(SyncState.id == 1).values(
            pull_cursor=cursor, last_sync_at=utcnow())).rowcount
        if not stored:
            raise ApplyError("this library has no sync state row; run sync setup")
    return done


@contextmanager
def page_transaction(lib: Library) -> Iterator[Connection]:
    """One write transaction (BEGIN IMMEDIATE) for a pulled page, committed with
    ``synchronous = NORMAL``: in WAL mode the commit then skips its fsync, and a power cut can
    only lose the last pages together with their cursor (they are pulled again), never leave
    half a page. The connection's own level (FULL, for loans) is restored before it goes back
    to the pool."""
    with lib.engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection  # the driver's own connection (sqlite3 here)
        sqlite = conn.dialect.name == "sqlite" and raw is not None
        level = int(raw.execute("PRAGMA synchronous").fetchone()[0]) if sqlite else 2
        if sqlite:
            raw.execute("PRAGMA synchronous = NORMAL")
        try:
            with conn.begin():
                yield conn
        except OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise Busy("The library is busy with another job; the download stops here and goes on at the "
                           "next sync") from exc
            raise
        finally:
            if sqlite:
                raw.execute(f"PRAGMA synchronous = {level}")


def _forget_members(conn: Connection, member_ids: list[int], busy: set[str]) -> None:
    """Before members deleted on the server go, this desk's loans, holds, fees and notices of
    theirs lose the link (the server anonymised its own; their puts follow in this or a later
    page). A row a pending local operation names keeps it: the member's delete then waits."""
    for model in (Loan, Hold, Fee):
        conn.execute(update(model).where(model.member_id.in_(member_ids),
                                         model.uuid.not_in(busy) if busy else true()).values(member_id=None))
    conn.execute(update(Notice).where(Notice.member_id.in_(member_ids)).values(member_id=None, recipient=None, body=""))


def _deletes(conn: Connection, spec: Spec, uuids: list[str], done: Applied, busy: set[str]) -> None:
    ids = _ids(conn, spec, uuids)
    if not ids:
        return
    if spec.entity == "loan":
        conn.execute(update(Fee).where(Fee.loan_id.in_(list(ids.values()))).values(loan_id=None))
    if spec.entity == "member":
        _forget_members(conn, list(ids.values()), busy)
    if spec.entity == "copy":  # a closed hold that once set a deleted copy aside forgets it (as on the server)
        conn.execute(update(Hold).where(Hold.copy_id.in_(list(ids.values())),
                                        Hold.status.not_in(ACTIVE_HOLD)).values(copy_id=None))
    for row_uuid, row_id in ids.items():
        try:
            with conn.begin_nested():
                conn.execute(delete(spec.table).where(spec.table.c.id == row_id))
            done.deletes += 1
        except IntegrityError:  # still referenced by a local row: the server will announce it again
            done.skipped.append(f"{spec.entity} {row_uuid} (still referenced)")


def _values(spec: Spec, change: dict[str, Any], parents: dict[str, dict[str, int]]) -> dict[str, Any]:
    data = change["data"]
    row = {name: from_json(spec, name, data.get(name)) for name in spec.fields}
    row["version"] = int(change.get("version") or data.get("version") or 1)
    row["updated_at"] = parse_datetime(data.get("updated_at"), f"{spec.entity}.updated_at") or utcnow()
    for ref in spec.refs:
        parent_uuid = data.get(ref.key)
        parent_id = parents[ref.key].get(parent_uuid) if parent_uuid else None
        if parent_uuid and parent_id is None and ref.required:
            raise ApplyError(f"{spec.entity} {change['id']} refers to {ref.entity} {parent_uuid}, which this desk "
                             "does not have")
        row[ref.column] = parent_id
    return row


def _puts(conn: Connection, spec: Spec, changes: list[dict[str, Any]], busy: set[str], done: Applied) -> None:
    t = spec.table
    done.skipped.extend(f"{spec.entity} {c['id']} (pending here)" for c in changes if c["id"] in busy)
    changes = [c for c in changes if c["id"] not in busy]
    existing = _ids(conn, spec, [c["id"] for c in changes])
    key = NATURAL_KEYS.get(spec.entity)
    if key:
        changes = _adopt(conn, spec, key, changes, existing, busy, done)
    parents = {ref.key: _ids(conn, SPECS[ref.entity], [c["data"][ref.key] for c in changes if c["data"].get(ref.key)])
               for ref in spec.refs}
    if spec.entity == "staff":
        _keep_own_hashes(conn, changes, existing)
    new, old = [], []
    for change in changes:
        row = _values(spec, change, parents)
        row["uuid"] = change["id"]
        if change["id"] in existing:
            row["b_id"] = existing[change["id"]]
            old.append(row)
        else:
            new.append(row)
    if spec.entity == "loan":
        _close_superseded(conn, new + old, busy)
    if old:
        write_rows(conn, t, old, update_key="b_id")
    if new:
        write_rows(conn, t, new)
    done.puts += len(new) + len(old)
    if spec.entity == "book":
        _credits(conn, changes)
        store_records(conn, changes, books=_ids(conn, SPECS["book"], [c["id"] for c in changes]))


UNUSABLE_HASH = "!"  # no password logs in with it


def _keep_own_hashes(conn: Connection, changes: list[dict[str, Any]], existing: dict[str, int]) -> None:
    """A staff account above this desk's role comes without its password hash (no offline
    login here): an account the desk already had keeps its own hash, a new one gets none
    that works."""
    for change in changes:
        if change["data"].get("password_hash") is None:
            local = existing.get(change["id"])
            own = conn.execute(select(StaffUser.password_hash).where(StaffUser.id == local)).scalar() if local else None
            change["data"] = {**change["data"], "password_hash": own or UNUSABLE_HASH}


def write_rows(conn: Connection, table: Any, rows: list[dict[str, Any]], *, update_key: str | None = None) -> None:
    """INSERT ``rows`` (or UPDATE them by ``id = row[update_key]``) with one driver-level
    ``executemany``: values go through each column's own bind processor (the same conversions
    as SQLAlchemy's), columns left out of an insert get their scalar defaults. Skips the
    per-row parameter machinery of Core, the largest cost of applying a page after SQLite's."""
    names = [n for n in rows[0] if n != update_key]
    defaults = {} if update_key else {c.name: c.default.arg for c in table.c
                                      if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    procs = [_processor(conn, table, n) for n in names]
    if update_key:
        sql = f"UPDATE {table.name} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"
        params = [tuple(p(r[n]) if p else r[n] for n, p in zip(names, procs, strict=True)) + (r[update_key],)
                  for r in rows]
    else:
        cols = names + list(defaults)
        sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        extra = tuple(defaults.values())
        params = [tuple(p(r[n]) if p else r[n] for n, p in zip(names, procs, strict=True)) + extra for r in rows]
    conn.exec_driver_sql(sql, params)


_PROCESSORS: dict[tuple[str, str], Any] = {}


def _processor(conn: Connection, table: Any, name: str) -> Any:
    key = (table.name, name)
    if key not in _PROCESSORS:
        _PROCESSORS[key] = table.c[name].type.bind_processor(conn.dialect)
    return _PROCESSORS[key]


def _adopt(conn: Connection, spec: Spec, key: str, changes: list[dict[str, Any]], existing: dict[str, int],
           busy: set[str], done: Applied) -> list[dict[str, Any]]:
    """Local rows holding a natural key under another uuid take the server's uuid."""
    t = spec.table
    fresh = {c["data"].get(key): c for c in changes if c["id"] not in existing and c["data"].get(key) is not None}
    if not fresh:
        return changes
    keep = list(changes)
    wanted = list(fresh)
    for start in range(0, len(wanted), CHUNK):
        for local_id, local_uuid, value in conn.execute(
                select(t.c.id, t.c.uuid, t.c[key]).where(t.c[key].in_(wanted[start:start + CHUNK]))):
            change = fresh[value]
            if local_uuid in busy:
                keep.remove(change)
                done.skipped.append(f"{spec.entity} {change['id']} ({key} {value} used by a pending local row)")
                continue
            conn.execute(update(t).where(t.c.id == local_id).values(uuid=change["id"]))
            existing[change["id"]] = local_id
    return keep


def _close_superseded(conn: Connection, rows: list[dict[str, Any]], busy: set[str]) -> None:
    """Before the server's open loan of a copy lands, a different local open loan of that copy
    (not pending) is closed: the server's own change to it follows in a later page."""
    t = Loan.__table__
    for row in rows:
        if row["returned_at"] is None:
            others = conn.execute(select(t.c.id, t.c.uuid).where(
                t.c.copy_id == row["copy_id"], t.c.returned_at.is_(None), t.c.uuid != row["uuid"])).all()
            for other_id, other_uuid in others:
                if other_uuid not in busy:
                    conn.execute(update(Loan).where(Loan.id == other_id).values(returned_at=row["checked_out_at"]))


def _credits(conn: Connection, changes: list[dict[str, Any]]) -> None:
    books = _ids(conn, SPECS["book"], [c["id"] for c in changes])
    authors = _ids(conn, SPECS["author"], [a for c in changes for a, _r in c["data"].get("credits") or []])
    if books:
        ids = list(books.values())
        for start in range(0, len(ids), CHUNK):
            conn.execute(delete(BookAuthor).where(BookAuthor.book_id.in_(ids[start:start + CHUNK])))
    rows = []
    for change in changes:
        for position, (author_uuid, role) in enumerate(change["data"].get("credits") or []):
            if author_uuid not in authors:
                raise ApplyError(f"book {change['id']} credits author {author_uuid}, which this desk does not have")
            rows.append({"book_id": books[change["id"]], "position": position, "author_id": authors[author_uuid],
                         "role": role})
    if rows:
        conn.execute(insert(BookAuthor), rows)
