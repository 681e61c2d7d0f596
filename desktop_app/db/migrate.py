"""Run the Alembic migrations at start, with a file copy of the database taken first."""

from __future__ import annotations

import shutil
import sys
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


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
    cfg = Config()
    cfg.set_main_option("script_location", str(_alembic_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
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
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def downgrade(engine: Engine, revision: str = "base") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
