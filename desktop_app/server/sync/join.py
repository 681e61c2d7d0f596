"""A standalone library becoming the server's first library.

A server holds one library. A desk that has its own (a library that worked alone until now)
joins an *empty* server by uploading it: an admin registers the desk with ``join`` (refused,
with what to do instead, when the server already holds books, copies, members, loans, holds
or fees), the desk sends its rows entity by entity, parents first, in the JSON of the change
feed (``upload``, idempotent: a batch sent twice changes nothing), then ``finish`` checks the
counts, records that the desk's journal up to ``last_seq`` is in the upload, and enters every
row in the change feed. The server's own first admin and its default member categories stay
or give way as a person expects: a staff account of the same name on the server is kept
(the desk adopts it at its next pull); the desk's member categories replace the server's.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select, update

from ...db.models import Book, BookAuthor, ClosedDay, Copy, Fee, Hold, Loan, Member, MemberCategory, StaffUser
from ...db.sync_models import SyncDevice
from ...domain.errors import Conflict, InvalidInput, PermissionDenied
from ...domain.settings import LIBRARY_SETTINGS
from ...domain.values import Role
from ...services import Actor, Library, require
from ...sync.entities import ORDER, SPECS, from_json, parse_date, parse_datetime
from ...sync.records import store_records
from .feed import backfill, lock_counter

JOIN_KEY = "sync_join"
DATA_TABLES = {"books": Book, "copies": Copy, "members": Member, "loans": Loan, "holds": Hold, "fees": Fee}
ENTITIES = ORDER + ("setting", "closed_day")
MEMBER_EXTRA = ("pin_hash",)


def counts(s: Any) -> dict[str, int]:
    return {name: int(s.scalar(select(func.count()).select_from(model)) or 0) for name, model in DATA_TABLES.items()}


def library_state(lib: Library) -> dict[str, Any]:
    with lib.read() as s:
        found = counts(s)
        join = lib.setting(s, JOIN_KEY)
        name = lib.setting(s, "library_name")
    return {**found, "has_data": any(found.values()), "library_name": name, "join": join}


def check_can_join(lib: Library, actor: Actor) -> None:
    """A library may join only an empty server, by an admin."""
    require(actor, Role.ADMIN, "bring a library into the server")
    state = library_state(lib)
    join = state["join"]
    if state["has_data"] and not (join and join.get("state") == "uploading"):
        have = ", ".join(f"{n:,} {k}" for k, n in state.items() if k in DATA_TABLES and n)
        raise Conflict(f"This server already holds a library ({have}); a library with its own data cannot join it. "
                       "Either set this desk up with an empty library and sync it (it downloads the server's "
                       "library), or bring this library into a new, empty server.")


def start(lib: Library, actor: Actor, client_id: str) -> None:
    with lib.write() as s:
        lib.put_setting(s, JOIN_KEY, {"client_id": client_id, "state": "uploading", "by": actor.username,
                                      "started_at": lib.now().isoformat()})
        lib.audit(s, actor, "join_start", "library", None, client_id=client_id)


def _joining(lib: Library, s: Any, actor: Actor) -> dict[str, Any]:
    join = lib.setting(s, JOIN_KEY)
    if not join or join.get("state") != "uploading" or join.get("client_id") != actor.device:
        raise PermissionDenied("This desk is not bringing its library into the server (sync setup --join)")
    return dict(join)


def upload(lib: Library, actor: Actor, entity: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Insert (or leave, when already there) a batch of the joining library's rows."""
    if entity not in ENTITIES:
        raise InvalidInput(f"Unknown kind of row {entity!r}", field="entity")
    with lib.write() as s:
        lock_counter(s)
        _joining(lib, s, actor)
        if entity == "setting":
            # Only the library's declared, shared settings come along (each desk keeps its own
            # name and code); a value that fails its check is refused with the setting's name.
            shared = LIBRARY_SETTINGS.shared_keys()
            for row in rows:
                key = row.get("key")
                if isinstance(key, str) and key in shared:
                    lib.put_setting(s, key, LIBRARY_SETTINGS[key].check(row.get("value")))
            return {"entity": entity, "added": len(rows)}
        if entity == "closed_day":
            added = 0
            for row in rows:
                day = parse_date(row.get("day"), "closed_day.day")
                if day is not None and s.scalar(select(ClosedDay.id).where(ClosedDay.day == day)) is None:
                    s.add(ClosedDay(day=day, reason=row.get("reason"), uuid=row.get("uuid")))
                    added += 1
            lib.forget_settings()
            return {"entity": entity, "added": added}
        join = _joining(lib, s, actor)
        alias: dict[str, str] = dict(join.get("staff_alias") or {})
        added = _insert(s, entity, rows, alias)
        if entity == "staff" and alias != (join.get("staff_alias") or {}):
            lib.put_setting(s, JOIN_KEY, {**join, "staff_alias": alias})
        return {"entity": entity, "added": added}


def _ids(s: Any, entity: str, uuids: set[str]) -> dict[str, int]:
    t = SPECS[entity].table
    out: dict[str, int] = {}
    wanted = [u for u in uuids if isinstance(u, str)]
    for start in range(0, len(wanted), 500):
        out.update(s.execute(select(t.c.uuid, t.c.id).where(t.c.uuid.in_(wanted[start:start + 500]))).all())
    return out


def _insert(s: Any, entity: str, rows: list[dict[str, Any]], alias: dict[str, str]) -> int:
    """Insert the rows not there yet; ``alias`` collects (and maps) the desk's staff accounts
    that the server already had under the same username."""
    spec = SPECS[entity]
    t = spec.table
    if any(not isinstance(r.get("uuid"), str) for r in rows):
        raise InvalidInput("Every row needs its uuid", field="uuid")
    present = _ids(s, entity, {r["uuid"] for r in rows})
    rows = [r for r in rows if r["uuid"] not in present]
    if entity == "category":
        rows = _categories(s, rows)
    elif entity == "staff":
        fresh = []
        for r in rows:
            if s.scalar(select(StaffUser.id).where(StaffUser.username == r.get("username"))) is None:
                fresh.append(r)
            else:
                alias[r["uuid"]] = str(r.get("username"))
        rows = fresh
    parents = {ref.key: _ids(s, ref.entity, {str(r[ref.key]) for r in rows if r.get(ref.key)}) for ref in spec.refs}
    if entity == "loan" and alias:  # a desk's staff account the server already had under the same name
        by_name = dict(s.execute(select(StaffUser.username, StaffUser.id)
                                 .where(StaffUser.username.in_(sorted(set(alias.values()))))).all())
        for key in ("lent_by_uuid", "returned_by_uuid"):
            parents[key].update({u: by_name[name] for u, name in alias.items() if name in by_name})
    values = []
    for r in rows:
        row = {name: from_json(spec, name, r.get(name)) for name in spec.fields}
        row.update(uuid=r["uuid"], version=int(r.get("version") or 1))
        updated = parse_datetime(r.get("updated_at"), f"{entity}.updated_at")
        if updated is not None:
            row["updated_at"] = updated
        for ref in spec.refs:
            parent = r.get(ref.key)
            row[ref.column] = parents[ref.key].get(parent) if parent else None
            if parent and row[ref.column] is None and ref.required:
                raise InvalidInput(f"{entity} {r['uuid']} refers to {ref.entity} {parent}, which was not uploaded "
                                   "first", field=ref.key)
        if entity == "member":
            row.update(pin_hash=r.get("pin_hash"), failed_logins=0, lockouts=0)
        values.append(row)
    if values:
        s.execute(insert(t), values)
    if entity == "book":
        _credits(s, rows)
        store_records(s, rows, books=_ids(s, "book", {r["uuid"] for r in rows}))
    return len(values)


def _categories(s: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The desk's categories take over the server's of the same code (an empty server has
    only its defaults); the others are inserted."""
    spec = SPECS["category"]
    fresh = []
    for r in rows:
        existing = s.scalar(select(MemberCategory).where(MemberCategory.code == r.get("code")))
        if existing is None:
            fresh.append(r)
            continue
        s.execute(update(MemberCategory).where(MemberCategory.id == existing.id).values(
            uuid=r["uuid"], version=int(r.get("version") or 1),
            **{name: from_json(spec, name, r.get(name)) for name in spec.fields if name != "code"}))
    return fresh


def _credits(s: Any, rows: list[dict[str, Any]]) -> None:
    books = _ids(s, "book", {r["uuid"] for r in rows})
    authors = _ids(s, "author", {a for r in rows for a, _role in r.get("credits") or []})
    values = []
    for r in rows:
        for position, (author_uuid, role) in enumerate(r.get("credits") or []):
            if author_uuid not in authors:
                raise InvalidInput(f"book {r['uuid']} credits author {author_uuid}, which was not uploaded first",
                                   field="credits")
            values.append({"book_id": books[r["uuid"]], "position": position, "author_id": authors[author_uuid],
                           "role": role})
    if values:
        s.execute(insert(BookAuthor), values)


def finish(lib: Library, actor: Actor, *, last_seq: int, counts: dict[str, int]) -> dict[str, Any]:
    """Check that every row arrived, take the desk's journal up to ``last_seq`` as applied
    (its effects are in the upload) and enter the library in the change feed."""
    sent = counts
    with lib.write() as s:
        lock_counter(s)
        join = _joining(lib, s, actor)
        have = {entity: int(s.scalar(select(func.count()).select_from(SPECS[entity].table)) or 0) for entity in ORDER}
        short = {k: (v, have.get(k, 0)) for k, v in sent.items() if k in have and have[k] < v}
        if short:
            missing = ", ".join(f"{k}: {got:,} of {want:,}" for k, (want, got) in short.items())
            raise Conflict(f"The upload is incomplete ({missing}); run sync setup --join again to resume it")
        device = s.get(SyncDevice, actor.device, with_for_update=True)
        assert device is not None
        device.last_seq = max(device.last_seq, last_seq)
        join.update(state="done", finished_at=lib.now().isoformat(), counts=sent)
        lib.put_setting(s, JOIN_KEY, join)
        lib.audit(s, actor, "join_done", "library", None, client_id=actor.device, counts=sent, last_seq=last_seq)
    added = backfill(lib.engine)
    return {"state": "done", "rows": added, "last_seq": last_seq}
