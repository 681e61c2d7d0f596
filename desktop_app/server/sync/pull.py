"""Reading the change feed in pages for a desk.

A page lists changes ``{entity, id, op, data, version}`` in feed order after the cursor. The
cursor is opaque to desks (``v1.<seq>`` in base64). A row's parents (a copy's book, a book's
authors...) that the desk cannot have yet (their latest change comes after this page) are
sent first, so every page can be applied on its own. A cursor older than the purged
tombstones is refused (``CursorExpired``): the desk must start again from nothing.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from ...db.sync_models import SyncCounter, SyncFeed
from ...domain.values import ROLE_RANK, Role
from ...sync.entities import ORDER, SPECS
from ...sync.rows import rows_data, rows_in_range

MAX_PAGE = 5000


class CursorExpired(Exception):
    """The cursor is older than the kept tombstones: a full resync is needed."""


class BadCursor(ValueError):
    """The cursor was not made by this server."""


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"v1.{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        version, seq = text.split(".", 1)
        if version != "v1" or not seq.isascii() or not seq.isdigit() or len(seq) > 18:
            raise ValueError(text)
        return int(seq)
    except (ValueError, UnicodeDecodeError, binascii.Error) as exc:
        raise BadCursor(f"cursor {cursor[:40]!r} was not made by this server") from exc


@dataclass
class Page:
    changes: list[dict[str, Any]]
    cursor: str
    has_more: bool
    server_seq: int


def _parents(data: dict[str, Any], entity: str) -> list[str]:
    found = [str(data[r.key]) for r in SPECS[entity].refs if data.get(r.key)]
    if entity == "book":
        found += [a for a, _role in data.get("credits", [])]
    return found


def read_page(conn: Connection, cursor: str | None, limit: int, *, staff_up_to: Role = Role.ADMIN) -> Page:
    """The next page of changes after ``cursor`` (at most ``limit``, capped at MAX_PAGE).
    Staff accounts with a role above ``staff_up_to`` come without their password hash: a
    desk gets the hashes it needs for offline logins up to its own role, no more."""
    after = decode_cursor(cursor)
    counter = conn.execute(select(SyncCounter.value, SyncCounter.purged_seq).where(SyncCounter.id == 1)).one()
    if cursor and after < counter.purged_seq:
        raise CursorExpired(f"changes before {counter.purged_seq} were purged")
    limit = max(1, min(limit, MAX_PAGE))
    feed = conn.execute(select(SyncFeed.uuid, SyncFeed.entity, SyncFeed.op, SyncFeed.version, SyncFeed.seq)
                        .where(SyncFeed.seq > after).order_by(SyncFeed.seq).limit(limit + 1)).all()
    has_more = len(feed) > limit
    feed = feed[:limit]
    last = feed[-1].seq if feed else max(after, 0)
    data: dict[str, dict[str, Any]] = {}
    for entity in ORDER:
        if any(row.entity == entity and row.op == "put" for row in feed):
            data.update(rows_in_range(conn, entity, after, last))
    extra = _late_parents(conn, data, {r.uuid: r.entity for r in feed}, last)
    changes: list[dict[str, Any]] = []
    for row_uuid, (entity, parent) in extra.items():
        changes.append({"entity": entity, "id": row_uuid, "op": "put", "version": parent["version"], "data": parent})
    for item in feed:
        if item.op == "put" and item.uuid not in data:
            continue  # deleted after this feed read began; its delete comes in a later page
        changes.append({"entity": item.entity, "id": item.uuid, "op": item.op, "version": item.version,
                        "data": data.get(item.uuid) if item.op == "put" else None})
    for change in changes:
        row = change["data"]
        if change["entity"] == "staff" and row is not None and _rank(row.get("role")) > ROLE_RANK[staff_up_to]:
            change["data"] = {**row, "password_hash": None}
    return Page(changes, encode_cursor(last), has_more, counter.value)


def _rank(role: Any) -> int:
    try:
        return ROLE_RANK[Role(role)]
    except ValueError:
        return ROLE_RANK[Role.ADMIN]


def _late_parents(conn: Connection, data: dict[str, dict[str, Any]], in_page: dict[str, str],
                  last: int) -> dict[str, tuple[str, dict[str, Any]]]:
    """Parents of this page's rows whose own change comes after the page, by uuid, parents
    of parents first."""
    entity_of = {u: e for u, e in in_page.items()}
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    frontier = {u: entity_of[u] for u in data}
    rows = dict(data)
    for _depth in range(4):  # loan -> copy -> book -> author is the deepest chain
        wanted: set[str] = set()
        for row_uuid, entity in frontier.items():
            wanted.update(_parents(rows[row_uuid], entity))
        wanted -= set(in_page) | set(out)
        if not wanted:
            break
        late = conn.execute(select(SyncFeed.uuid, SyncFeed.entity).where(
            SyncFeed.uuid.in_(list(wanted)), SyncFeed.seq > last, SyncFeed.op == "put")).all()
        frontier = {}
        for entity in ORDER:
            uuids = [u for u, e in late if e == entity]
            if uuids:
                for row_uuid, row in rows_data(conn, entity, uuids).items():
                    out[row_uuid] = (entity, row)
                    rows[row_uuid] = row
                    frontier[row_uuid] = entity
    ordered = sorted(out.items(), key=lambda kv: ORDER.index(kv[1][0]))
    return dict(ordered)
