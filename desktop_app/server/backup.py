"""Backups of the library server's own database, checked after writing and kept N days.

- SQLite: the online backup API (``db.backup.online_backup``: a consistent copy while desks
  push), then ``PRAGMA integrity_check`` and a count of the main tables' rows in the copy.
- PostgreSQL: ``pg_dump -Fc`` (the password, if any, goes through ``PGPASSWORD``, never the
  command line), then ``pg_restore --list`` must succeed and name the main tables.

A backup is written under a ``.partial`` name and gets its real name (``server-YYYYMMDD-HHMMSS``
with ``.sqlite3`` or ``.dump``) only once it passed its check; one that fails is deleted. Files
with other names in the folder are never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from ..db import backup as mech
from ..domain.errors import LibraryError
from ..services import Library
from .settings import ServerSettings

MAIN_TABLES = ("books", "copies", "members", "loans", "staff_users")
PG_DUMP_TIMEOUT_S = 3 * 3600
_NAME = re.compile(r"^server-(\d{8})-(\d{6})(?:-\d+)?\.(sqlite3|dump)$")


class ServerBackupFailed(LibraryError):
    code = "server_backup_failed"


def backup_folder(settings: ServerSettings) -> Path:
    """``backup_dir``, else ``backups/`` beside a SQLite database. A PostgreSQL server has
    no folder of its own: without ``backup_dir`` its backup fails, saying so."""
    if settings.backup_dir:
        return Path(settings.backup_dir).expanduser()
    if settings.database_url.startswith("sqlite:///"):
        return Path(settings.database_url.removeprefix("sqlite:///")).parent / "backups"
    raise ServerBackupFailed("No folder for the backups of the PostgreSQL database: set LIBRARY_DESK_BACKUP_DIR")


def _day_of(path: Path) -> date | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None


def backups_in(folder: Path) -> list[Path]:
    """The server's backups in ``folder``, newest first."""
    found = [p for p in folder.glob("server-*") if p.is_file() and _day_of(p) is not None] if folder.is_dir() else []
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune(folder: Path, keep_days: int, today: date) -> list[Path]:
    """Delete the server's backups dated more than ``keep_days`` before ``today``, never the
    newest one. Returns what was deleted."""
    removed = []
    for path in backups_in(folder)[1:]:
        day = _day_of(path)
        if day is not None and day < today - timedelta(days=keep_days):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _target(folder: Path, now: datetime, suffix: str) -> Path:
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    target, n = folder / f"server-{stamp}.{suffix}", 1
    while target.exists():
        n += 1
        target = folder / f"server-{stamp}-{n}.{suffix}"
    return target


def _sqlite_backup(database: Path, target: Path) -> str:
    partial = target.with_name(target.name + ".check")
    try:
        mech.online_backup(database, partial)
    except mech.BackupMechanicsError as exc:
        raise ServerBackupFailed(f"The server's backup could not be written: {exc}") from exc
    problems = mech.integrity_problems(partial, full=True)
    counts: dict[str, int] = {}
    if not problems:
        try:
            with closing(sqlite3.connect(f"{partial.resolve().as_uri()}?mode=ro", uri=True)) as con:
                counts = {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in MAIN_TABLES}
        except sqlite3.Error as exc:
            problems = [str(exc)]
    if problems:
        partial.unlink(missing_ok=True)
        raise ServerBackupFailed(f"The server's backup failed its check and was deleted ({problems[0]})")
    os.replace(partial, target)
    return ", ".join(f"{n} {t}" for t, n in counts.items())


def _pg_tool(settings: ServerSettings, name: str) -> str:
    if settings.pg_bin_dir:
        return str(Path(settings.pg_bin_dir) / name)
    found = shutil.which(name)
    if found is None:
        raise ServerBackupFailed(f"{name} is not installed on the server (install the PostgreSQL client tools, "
                                 "or set LIBRARY_DESK_PG_BIN_DIR)")
    return found


def _pg_backup(settings: ServerSettings, target: Path) -> str:
    url = make_url(settings.database_url)
    args = ["--no-password", "--format=custom"]
    for flag, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
        if value:
            args.append(f"{flag}={value}")
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    partial = target.with_name(target.name + ".check")
    try:
        dumped = subprocess.run([_pg_tool(settings, "pg_dump"), *args, f"--file={partial}", f"--dbname={url.database}"],
                                capture_output=True, text=True, env=env, timeout=PG_DUMP_TIMEOUT_S, check=False)
        if dumped.returncode != 0:
            raise ServerBackupFailed(f"pg_dump failed: {dumped.stderr.strip()[:500]}")
        listed = subprocess.run([_pg_tool(settings, "pg_restore"), "--list", str(partial)],
                                capture_output=True, text=True, timeout=600, check=False)
        if listed.returncode != 0:
            raise ServerBackupFailed(f"The server's backup failed its check (pg_restore --list: "
                                     f"{listed.stderr.strip()[:300]}) and was deleted")
        missing = [t for t in MAIN_TABLES if not re.search(rf"\bTABLE DATA \S+ {t}\b", listed.stdout)]
        if missing:
            raise ServerBackupFailed(f"The server's backup lacks the tables {', '.join(missing)} and was deleted")
    except (OSError, subprocess.TimeoutExpired) as exc:
        partial.unlink(missing_ok=True)
        raise ServerBackupFailed(f"The server's backup could not be written: {exc}") from exc
    except ServerBackupFailed:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return f"pg_restore lists {', '.join(MAIN_TABLES)}"


def backup_now(settings: ServerSettings, now: datetime) -> tuple[Path, str]:
    """Write and check a backup of the server's database now; returns its path and what the
    check found. Raises ``ServerBackupFailed`` (nothing left behind) when it cannot."""
    folder = backup_folder(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServerBackupFailed(f"The server's backup folder {folder} cannot be made: {exc}") from exc
    if settings.database_url.startswith("sqlite:///"):
        target = _target(folder, now, "sqlite3")
        checked = _sqlite_backup(Path(settings.database_url.removeprefix("sqlite:///")), target)
    else:
        target = _target(folder, now, "dump")
        checked = _pg_backup(settings, target)
    return target, checked


def daily_backup(settings: ServerSettings) -> Callable[[Library], str]:
    """The server's daily backup as the schedule runs it: unless one of today is there,
    write and check one, then remove those older than ``backup_keep_days``."""

    def run(lib: Library) -> str:
        now = lib.now()
        today = now.astimezone().date()
        folder = backup_folder(settings)
        if any(_day_of(p) == today for p in backups_in(folder)):
            return "today's backup of the server was already there"
        made, checked = backup_now(settings, now)
        removed = prune(folder, settings.backup_keep_days, today)
        return (f"backup written: {made} ({made.stat().st_size} bytes; checked: {checked}); "
                f"{len(removed)} older than {settings.backup_keep_days} days removed")

    return run

__all__ = ["ServerBackupFailed", "backup_folder", "backup_now", "backups_in", "daily_backup", "prune"]
