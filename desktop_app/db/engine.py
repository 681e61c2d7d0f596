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
    cur.execute("PRAGMA cache_size = -65536")
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
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(sqlite_begin="DEFERRED")


def make_engine(url: str, *, echo: bool = False, **kwargs: Any) -> Engine:
    """An engine for a URL: SQLite files get the safe pragmas; other databases the defaults."""
    if url.startswith("sqlite:///"):
        return sqlite_engine(url.removeprefix("sqlite:///"), echo=echo)
    return create_engine(url, echo=echo, pool_pre_ping=True, **kwargs)


def check_readable(path: Path) -> None:
    """Raise ``DatabaseUnreadable`` with a plain explanation if ``path`` is not a usable
    SQLite database. Never writes to the file."""
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new database
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseUnreadable(
            f"{path} is not a Library Desk database (it does not start like a SQLite file). "
            "Restore the library from a backup, or choose the right file."
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            # Cheap at start: reads the header and the schema, which catches garbage, a wrong
            # file and most truncations. The full check is `library-desk check`.
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            result = "ok"
            if size % 512:
                result = f"its size ({size} bytes) is not a whole number of pages: the file is truncated"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(
            f"{path} is damaged ({exc}). Restore the library from a backup."
        ) from exc
    if result != "ok":
        raise DatabaseUnreadable(f"{path} is damaged ({result}). Restore the library from a backup.")
