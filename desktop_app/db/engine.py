"""Engines with the pragmas that keep loans safe, and write transactions that start as
``BEGIN IMMEDIATE`` so a writer waits for the lock instead of failing half-way."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000


class DatabaseUnreadable(Exception):
    """The file is not a SQLite database we can open (truncated, garbage, another file)."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's begin event decide how transactions start.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA cache_size = -8192")  # 8 MB per connection (the OS caches the file too)
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_engine(path: Path | str, *, echo: bool = False) -> Engine:
    """An engine on the SQLite file at ``path``. Transactions are ``BEGIN IMMEDIATE`` unless
    the connection carries ``execution_options(sqlite_begin="DEFERRED")`` (see ``reader``)."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, echo=echo, poolclass=NullPool if str(path) == ":memory:" else None,
                           connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def reader(engine: Engine) -> Engine:
    """The same engine whose transactions start deferred (read-only work, no write lock)."""
    return engine.execution_options(sqlite_begin="DEFERRED")


# Any constant: the key of the transaction-level advisory lock that serialises writers on
# PostgreSQL the way BEGIN IMMEDIATE does on SQLite (the services rely on it, e.g. for the
# gapless journal seq and the identifier counters).
PG_WRITER_LOCK = 7_420_001


def _on_begin_pg(conn: Any) -> None:
    if conn.get_execution_options().get("sqlite_begin", "IMMEDIATE") == "IMMEDIATE":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITER_LOCK})")


def make_engine(url: str, *, echo: bool = False, **kwargs: Any) -> Engine:
    """An engine for a URL: SQLite files get the safe pragmas; on PostgreSQL every write
    transaction first takes one advisory lock (readers, see ``reader``, do not)."""
    if url.startswith("sqlite:///"):
        return sqlite_engine(url.removeprefix("sqlite:///"), echo=echo)
    engine = create_engine(url, echo=echo, pool_pre_ping=True, **kwargs)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _on_begin_pg)
    return engine


def check_readable(path: Path) -> None:
    """Raise ``DatabaseUnreadable`` with a plain explanation and what to do if ``path`` is not a
    usable Library Desk database (empty, another kind of file, garbage, truncated, another
    program's database, a stray ``-wal`` of another database, damaged). A missing file is fine
    (a new library). Only read-only connections are used: the file is never changed.
    The cases are in ``desktop_app.db.health``."""
    from .health import problems

    found = problems(Path(path))
    if found is not None:
        raise DatabaseUnreadable(found[1])
