"""Every database kept under tests/data/old_databases (one per released schema, made by
scripts/make_old_database.py) upgrades to today's schema at start, with a backup first, and
keeps its data: row counts, names with accents, due dates, fees, the admin's password, search."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.db import migrate
from desktop_app.services import Services, maintenance, open_library

OLD = Path(__file__).resolve().parents[1] / "data" / "old_databases"
KEPT = sorted(OLD.glob("*.sqlite3"))
TABLES = ("books", "authors", "copies", "members", "loans", "holds", "fees", "journal", "audit_events",
          "staff_users", "member_categories", "settings")
ADMIN_PASSWORD = "old library admin"  # as scripts/make_old_database.py sets it


def test_there_is_an_old_database_for_the_first_release() -> None:
    assert (OLD / "0001.sqlite3").exists(), "run scripts/make_old_database.py 0001"


def _snapshot(db: Path) -> dict[str, object]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        return {
            "counts": counts,
            "revision": con.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "titles": [r[0] for r in con.execute("SELECT title FROM books ORDER BY id")],
            "members": [tuple(r) for r in con.execute(
                "SELECT card_number, first_name, last_name FROM members ORDER BY id")],
            "open_loans": [tuple(r) for r in con.execute(
                "SELECT uuid, due_date FROM loans WHERE returned_at IS NULL ORDER BY id")],
            "fees": [tuple(r) for r in con.execute("SELECT uuid, amount_cents FROM fees ORDER BY id")],
        }


def _upgrade_and_check(old: Path, tmp_path: Path) -> tuple[Paths, dict[str, object]]:
    paths = Paths(tmp_path / "library")
    paths.ensure()
    shutil.copy(old, paths.database)
    before = _snapshot(paths.database)
    svc = Services(open_library(paths))
    try:
        after = _snapshot(paths.database)
        assert after["revision"] == migrate.head_revision()
        for key in ("counts", "titles", "members", "open_loans", "fees"):
            assert after[key] == before[key], key
        assert maintenance.check(svc.library) == [], "the upgraded library is healthy"
        actor = svc.accounts.login("admin", ADMIN_PASSWORD)
        assert actor.role == "admin"
        assert svc.setup.settings()["library_name"] == "Old Village Library"
        found = svc.search.books("márquez")
        assert [row.title for row in svc.search.book_rows(found.ids)] == ["Cien años de soledad"]
    finally:
        svc.close()
    return paths, before


@pytest.mark.parametrize("old", KEPT, ids=[p.stem for p in KEPT])
def test_old_database_upgrades_with_its_data_intact(old: Path, tmp_path: Path) -> None:
    paths, before = _upgrade_and_check(old, tmp_path)
    backups = list(paths.backups.glob("before-upgrade-*.sqlite3"))
    if before["revision"] == migrate.head_revision():
        assert backups == [], "nothing to upgrade: no backup needed"
    else:
        assert len(backups) == 1, backups
        assert _snapshot(backups[0]) == before, "the original was kept first"


NEXT_REVISION = '''"""test-only schema change: a new column with a default

Revision ID: 9999_test
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "9999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("nickname")
'''


@pytest.mark.parametrize("old", KEPT, ids=[p.stem for p in KEPT])
def test_a_schema_change_takes_a_backup_first(old: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Until a second schema is released, prove the backup-before-upgrade path with a test-only
    migration on top of today's head (a real batch-mode table rebuild)."""
    scripts = tmp_path / "alembic"
    shutil.copytree(migrate._alembic_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9999_test.py").write_text(NEXT_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrate, "_alembic_dir", lambda: scripts)
    paths, before = _upgrade_and_check(old, tmp_path)
    backups = list(paths.backups.glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1, backups
    # Same data and schema revision as before (the journal-mode byte differs: the engine sets WAL).
    assert _snapshot(backups[0]) == before, "the backup is the library as it was before the upgrade"
    assert backups[0].name.startswith(f"before-upgrade-{before['revision']}-")
    with sqlite3.connect(paths.database) as con:
        assert "nickname" in {r[1] for r in con.execute("PRAGMA table_info(members)")}
