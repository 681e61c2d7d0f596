"""Run the Alembic migrations at start, with a file copy of the database taken first."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration this program ships. Checked against the alembic folder by the tests;
# lets a start on an up-to-date database skip importing Alembic at all (a fifth of a second).
SCHEMA_HEAD = "0010"


class DatabaseTooNew(Exception):
    """The database was written by a newer Library Desk than this one."""


def _alembic_dir() -> Path:
    """The migrations folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "alembic")
    candidates.append(Path(__file__).resolve().parents[2] / "alembic")
    candidates.append(Path(sys.prefix) / "share" / "library-desk" / "alembic")
    for candidate in candidates:
        if (candidate / "env.py").exists():
            return candidate
    raise FileNotFoundError("the database migrations (alembic folder) are missing from this installation")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_alembic_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for an empty database)."""
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        has_table = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            if engine.dialect.name == "sqlite" else
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'")).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_before_upgrade(db_file: Path, backups: Path, revision: str | None) -> Path:
    """Copy the database file (and its WAL) to a dated file before it is migrated."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"before-upgrade-{revision or 'empty'}-{stamp}.sqlite3"
    shutil.copy2(db_file, target)
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def upgrade(engine: Engine, *, db_file: Path | None = None, backups: Path | None = None) -> Path | None:
    """Bring the database to the newest schema. Returns the backup taken, if any.

    Refuses (``DatabaseTooNew``) a database whose revision this program does not know.
    """
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic.script import ScriptDirectory

    from alembic import command

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for unknown ids
            raise DatabaseTooNew(
                f"This library was written by a newer version of Library Desk (schema {current}). "
                "Install the newer version to open it."
            ) from exc
    backup = None
    if db_file is not None and backups is not None and current is not None and db_file.exists():
        backup = backup_before_upgrade(db_file, backups, current)
    with engine.connect() as conn, _foreign_keys_checked_at_end(conn):
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            _check_foreign_keys(conn)
    return backup


@contextmanager
def _foreign_keys_checked_at_end(conn: Connection) -> Iterator[None]:
    """SQLite changes a column by rebuilding its table, which its foreign-key enforcement
    refuses for a table others refer to (loans, members). So enforcement is off while the
    migrations run (outside any transaction, where the pragma takes effect), every reference is
    checked before the commit (``_check_foreign_keys``), and it is on again afterwards."""
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    try:
        yield
    finally:
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def _check_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise RuntimeError(f"The upgrade would leave {len(broken)} broken references in {', '.join(tables)}; "
                           "nothing was changed")


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn, _foreign_keys_checked_at_end(conn):
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
            _check_foreign_keys(conn)
