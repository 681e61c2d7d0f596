"""The SQLite mechanics of backups: the online backup API, integrity checks, and telling a
library file from any other file. No policy here (where, when, how many): see
``desktop_app.services.maintenance``.

Every function opens its own short-lived ``sqlite3`` connection and closes it; none writes to a
source database.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables a file must have to be a Library Desk database (present since the first schema).
LIBRARY_TABLES = ("alembic_version", "books", "copies", "members", "loans", "settings")


class BackupMechanicsError(Exception):
    """A backup or a check could not be done; the message says why in plain words."""


def _readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that will not create the file if it is missing."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def online_backup(source: Path, target: Path) -> None:
    """Copy the live database ``source`` into the new file ``target`` with the SQLite online
    backup API: a consistent snapshot even while other connections (or processes) commit.

    ``target`` must not exist. It is written under a temporary name and renamed once complete,
    so a half-written backup never carries a backup's name. The result is a single file in
    rollback-journal mode (no ``-wal`` beside it), ready to be copied to a USB stick.
    """
    if target.exists():
        raise BackupMechanicsError(f"{target} already exists; refusing to overwrite it")
    if not source.is_file():
        raise BackupMechanicsError(f"there is no database at {source} to back up")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(_readonly(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.execute("PRAGMA busy_timeout = 10000")
            # One step: in WAL mode the read snapshot does not block writers, and a stepwise copy
            # would restart every time another process commits (never finishing on a busy desk).
            src.backup(dst)
            # The copy inherits WAL mode from the source; a backup is one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupMechanicsError(f"could not write the backup {target}: {exc}") from exc


def copy_database(source: Path, target: Path) -> None:
    """Copy a database file that nobody has open (a backup being restored) into ``target`` with
    the backup API, so that the result is whole or absent. ``target`` must not exist."""
    online_backup(source, target)


def integrity_problems(path: Path, *, full: bool = True) -> list[str]:
    """Problems SQLite finds in the database at ``path`` (empty list: healthy).

    ``full`` runs ``PRAGMA integrity_check`` (reads every page) and ``foreign_key_check``;
    otherwise ``quick_check``. Opens the file read-only; an unreadable file gives one problem.
    """
    try:
        with closing(_readonly(path)) as con:
            pragma = "integrity_check" if full else "quick_check"
            rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}(100)")]
            problems = [] if rows == ["ok"] else rows
            if full:
                for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
                    problems.append(f"row {rowid} of {table} points to a missing row of {parent}")
            return problems
    except sqlite3.Error as exc:
        return [f"SQLite cannot read {path.name}: {exc}"]


def header_ok(path: Path) -> bool:
    """True if the file starts with the SQLite header."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def library_revision(path: Path) -> str | None:
    """The schema revision of the Library Desk database at ``path``.

    Raises ``BackupMechanicsError`` if the file is not a SQLite database or lacks the library's
    tables (a database of some other program)."""
    if not header_ok(path):
        raise BackupMechanicsError(f"{path.name} is not a SQLite database")
    try:
        with closing(_readonly(path)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in LIBRARY_TABLES if t not in tables]
            if missing:
                raise BackupMechanicsError(
                    f"{path.name} is a SQLite database but not a Library Desk library "
                    f"(it has no {', '.join(missing)} table)")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
    except sqlite3.Error as exc:
        raise BackupMechanicsError(f"SQLite cannot read {path.name}: {exc}") from exc


def count_rows(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Row counts of ``tables`` (for reports and tests); read-only."""
    with closing(_readonly(path)) as con:
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def known_revisions() -> set[str]:
    """Every schema revision this program's migrations know (a backup from any of them can be
    restored: it is upgraded when the library next opens)."""
    from alembic.script import ScriptDirectory

    from .migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
