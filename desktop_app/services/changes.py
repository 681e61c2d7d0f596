"""What a committed write changed, said by the core itself.

Every statement that writes (the ORM's flushes, the bulk inserts of an import, the replay of
a sync pull) passes through the engine, so the engine is where the tables written are noted
(``after_execute``, per connection). When ``Library.write()`` commits, it turns the tables into
a ``Changes`` (the kinds of data a person sees: books, copies, loans, ...) and hands it to every
subscriber (``Library.subscribe``). A window refreshes from that, never from a topic its
author remembered to announce; a change made by a sync pull or the command line in the same
process reaches it the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Engine, event

Kind = Literal["books", "copies", "members", "loans", "holds", "fees", "settings", "categories", "calendar",
               "staff", "journal"]

#: Which kind of data each table holds (tables not listed are bookkeeping nobody shows).
TABLE_KINDS: dict[str, Kind] = {
    "books": "books", "authors": "books", "book_authors": "books", "copies": "copies", "members": "members",
    "loans": "loans", "holds": "holds", "fees": "fees", "settings": "settings",
    "member_categories": "categories", "closed_days": "calendar", "staff_users": "staff", "journal": "journal",
}
WRITTEN = "library_desk.written_tables"  # Connection.info key: tables written in the open transaction
_SQL_TABLE = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)"
                        r"\s+\"?(\w+)", re.IGNORECASE)


#: The kind of data of each entity a transition names (``Tx.touch``, the journal).
ENTITY_KINDS: dict[str, Kind] = {
    "book": "books", "author": "books", "copy": "copies", "member": "members", "loan": "loans", "hold": "holds",
    "fee": "fees", "category": "categories", "staff": "staff",
}


@dataclass(frozen=True)
class Changes:
    """The kinds of data one committed transaction (or one transition) changed, and, where a
    transition says so, the rows themselves as (entity, uuid)."""

    kinds: frozenset[Kind]
    rows: frozenset[tuple[str, str]] = frozenset()

    def touches(self, *kinds: Kind) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        return cls(frozenset(TABLE_KINDS[t] for t in tables if t in TABLE_KINDS))

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[str, str]]) -> Changes:
        rows = frozenset(rows)
        return cls(frozenset(ENTITY_KINDS[e] for e, _ in rows if e in ENTITY_KINDS), rows)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.rows | other.rows)


def table_written(sql: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes (None for anything else)."""
    found = _SQL_TABLE.match(sql)
    return found.group(1).lower() if found else None


def watch(engine: Engine) -> None:
    """Note on each connection of ``engine`` the tables its statements write. At the cursor,
    so the ORM's flushes, Core statements and an import's driver-level executemany are all
    seen the same way."""
    if event.contains(engine, "after_cursor_execute", _after_cursor_execute):
        return
    event.listen(engine, "after_cursor_execute", _after_cursor_execute)
    event.listen(engine, "rollback", _forget)


def _after_cursor_execute(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    if statement[:1] not in "IiUuDdRr":  # SELECT, PRAGMA, BEGIN, COMMIT...: the cheap way out
        return
    table = table_written(statement)
    if table is not None:
        conn.info.setdefault(WRITTEN, set()).add(table)


def _forget(conn: Any) -> None:
    conn.info.pop(WRITTEN, None)


def written(conn: Any) -> set[str]:
    """The tables written on ``conn`` since the last call (and forget them)."""
    return conn.info.pop(WRITTEN, None) or set()
