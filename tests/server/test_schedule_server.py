"""The library server's scheduled work (server/scheduler.py, server/backup.py): backups of its
own database, written, checked and kept N days, over SQLite (online backup) and PostgreSQL
(``pg_dump -Fc`` with a real cluster on 127.0.0.1); two workers never run a job twice; the
purge of old deletions keeps the feed's 410 contract; the served app runs its jobs at start."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from server_env import ROOT, settings_for
from sqlalchemy import select, update

from desktop_app.db.models import Book
from desktop_app.db.notice_models import ScheduledRun
from desktop_app.db.sync_models import SyncFeed
from desktop_app.server.app import create_app, open_database
from desktop_app.server.scheduler import ServerScheduler, server_place
from desktop_app.server.settings import ConfigError, ServerSettings, from_env
from desktop_app.server.sync.feed import install as install_feed
from desktop_app.server.sync.pull import CursorExpired, encode_cursor, read_page
from desktop_app.services import Services, schedule
from desktop_app.services.people.accounts import staff_actor

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _server(url: str, **overrides: object) -> tuple[Services, ServerSettings]:
    svc = Services(open_database(url))
    install_feed(svc.library.engine)
    svc.library.set_clock(lambda: NOW)
    return svc, settings_for(url, **overrides)


def _runs(svc: Services) -> dict[str, ScheduledRun]:
    with svc.library.read() as s:
        return {row.job: row for row in s.scalars(select(ScheduledRun))}


def _sqlite(template: Path, tmp_path: Path, **overrides: object) -> tuple[Services, ServerSettings]:
    target = tmp_path / "library.sqlite3"
    shutil.copy2(template, target)
    return _server(f"sqlite:///{target}", **overrides)


def test_sqlite_server_backup_is_written_checked_and_kept_n_days(sqlite_template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "server-backups"
    folder.mkdir()
    for name in ("server-20260301-020000.sqlite3", "server-20260308-020000.sqlite3", "notes.txt"):
        (folder / name).write_text("an older file")
    svc, settings = _sqlite(sqlite_template, tmp_path, backup_dir=str(folder), backup_keep_days=3)
    try:
        results = {r.job: r for r in ServerScheduler(svc.library, settings).tick()}
        assert {"hold_expiry", "backup", "purge"} <= set(results) and all(r.ok for r in results.values()), results
        assert "checked: 30 books" in results["backup"].message
        assert results["backup"].message.endswith("1 older than 3 days removed")
        made = sorted(p.name for p in folder.iterdir())
        assert made[0] == "notes.txt" and made[1] == "server-20260308-020000.sqlite3" and len(made) == 3
        assert made[2].startswith("server-20260310-") and made[2].endswith(".sqlite3")
        with sqlite3.connect(folder / made[2]) as con:  # a real, whole copy of the server's database
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT count(*) FROM books").fetchone()[0] == 30
            assert con.execute("SELECT count(*) FROM loans WHERE returned_at IS NULL").fetchone()[0] == 3
        # The same day again: nothing due; forced, the day's backup is not written twice.
        assert [r.job for r in ServerScheduler(svc.library, settings).tick() if r.job == "backup"] == []
        again = schedule.run_job(svc.library, "backup", place=server_place(settings), force=True)
        assert (again.ran, again.message) == (True, "today's backup of the server was already there")
        assert len(list(folder.iterdir())) == 3
        assert _runs(svc)["backup"].runs == 2
    finally:
        svc.close()


def test_purge_forgets_old_deletions_and_older_cursors_get_410(sqlite_template: Path, tmp_path: Path) -> None:
    svc, settings = _sqlite(sqlite_template, tmp_path)
    try:
        admin = staff_actor(svc.accounts.get_staff("admin"))
        with svc.library.read() as s:
            old_book, new_book = (s.scalar(select(Book.id).where(Book.title == t))
                                  for t in ("Earthsea volume 29", "Kindred volume 28"))
            before = encode_cursor(int(s.scalar(select(SyncFeed.seq).order_by(SyncFeed.seq.desc()).limit(1)) or 0))
        svc.catalog.delete_book(admin, old_book)  # the book and its three copies
        with svc.library.write() as s:  # ... announced 200 days ago
            s.execute(update(SyncFeed).where(SyncFeed.op == "delete").values(changed_at=NOW - timedelta(days=200)))
        svc.catalog.delete_book(admin, new_book)  # announced now: kept
        result = schedule.run_job(svc.library, "purge", place=server_place(settings))
        assert result.ok and result.message.startswith("purged 4 deletion records older than 180 days"), result
        with svc.library.read() as s:
            assert s.scalar(select(SyncFeed.op).where(SyncFeed.op == "delete").limit(1)) == "delete"  # the new one
            deletes = s.execute(select(SyncFeed.changed_at).where(SyncFeed.op == "delete")).all()
        assert deletes and all(at > NOW - timedelta(days=1) for (at,) in deletes)
        with svc.library.engine.connect() as conn:
            with pytest.raises(CursorExpired):
                read_page(conn, before, 100)
            assert read_page(conn, None, 100).changes  # a desk starting again gets everything
        again = schedule.run_job(svc.library, "purge", place=server_place(settings), force=True)
        assert again.message.startswith("purged 0 deletion records")
    finally:
        svc.close()


def test_the_served_app_runs_its_jobs_at_start(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "library.sqlite3"
    shutil.copy2(sqlite_template, target)
    settings = settings_for(f"sqlite:///{target}", backup_dir=str(tmp_path / "bk"))
    app = create_app(settings)  # its own database, as `library-desk serve` runs it
    with TestClient(app) as client:
        assert client.get("/health").status_code == 200
    assert app.state.scheduler.rounds >= 1  # stopping waits for the start's round to end
    with sqlite3.connect(target) as con:
        rows = dict(con.execute("SELECT job, ok FROM scheduled_runs").fetchall())
        audited = con.execute("SELECT DISTINCT actor FROM audit_events WHERE action = 'scheduled_job'").fetchall()
    assert {rows["hold_expiry"], rows["backup"], rows["purge"]} == {1} and "notices" not in rows
    assert audited == [("schedule",)]
    assert len(list((tmp_path / "bk").glob("server-*.sqlite3"))) == 1


def test_server_schedule_settings_from_the_environment(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/x.sqlite3"
    env = {"LIBRARY_DESK_SEND_NOTICES": "yes", "LIBRARY_DESK_BACKUP_KEEP_DAYS": "7",
           "LIBRARY_DESK_BACKUP_DIR": str(tmp_path), "LIBRARY_DESK_SCHEDULE_INTERVAL": "0"}
    settings = from_env(env, database_url=url)
    assert (settings.send_notices, settings.backup_keep_days, settings.schedule_interval_s) == (True, 7, 0)
    assert server_place(settings).send_notices
    with pytest.raises(ConfigError, match="LIBRARY_DESK_SEND_NOTICES must be true or false"):
        from_env({"LIBRARY_DESK_SEND_NOTICES": "maybe"}, database_url=url)
    with pytest.raises(ConfigError, match="backup_keep_days must be positive"):
        settings_for(url, backup_keep_days=0).check()


# -- PostgreSQL ------------------------------------------------------------------------------
def _clone(pg, template: str, name: str) -> str:  # type: ignore[no-untyped-def]
    with psycopg.connect(f"host=127.0.0.1 port={pg.port} user=postgres dbname=postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name} TEMPLATE {template}")  # type: ignore[arg-type]
    return str(pg.url(name))


def _drop(pg, name: str) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(f"host=127.0.0.1 port={pg.port} user=postgres dbname=postgres", autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]


@pytest.mark.postgres
def test_postgres_backup_with_pg_dump_once_across_workers_and_kept_n_days(pg, pg_template, tmp_path) -> None:
    name, restored = f"sched_{os.getpid()}", f"sched_{os.getpid()}_restored"
    url = _clone(pg, pg_template, name)
    folder = tmp_path / "pg-backups"
    folder.mkdir()
    (folder / "server-20260301-020000.dump").write_text("an old dump")
    (folder / "server-20260309-020000.dump").write_text("yesterday's dump")
    workers = [_server(url, backup_dir=str(folder), backup_keep_days=2, pg_bin_dir=str(pg.bin_dir))
               for _ in range(2)]
    try:
        rounds: list[list[schedule.RunResult]] = []
        start = threading.Barrier(2)

        def worker(svc: Services, settings: ServerSettings) -> None:
            scheduler = ServerScheduler(svc.library, settings)
            start.wait()
            rounds.append(scheduler.tick())

        threads = [threading.Thread(target=worker, args=pair) for pair in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        ran = [r for results in rounds for r in results if r.job == "backup" and r.ran]
        assert len(ran) == 1 and ran[0].ok, rounds
        assert "checked: pg_restore lists books, copies, members, loans, staff_users" in ran[0].message
        assert _runs(workers[0][0])["backup"].runs == 1 and _runs(workers[0][0])["hold_expiry"].runs == 1
        names = sorted(p.name for p in folder.iterdir())
        assert names[0] == "server-20260309-020000.dump" and len(names) == 2 and names[1].endswith(".dump")
        dump = folder / names[1]
        listed = subprocess.run([str(pg.bin_dir / "pg_restore"), "--list", str(dump)], capture_output=True,
                                text=True, check=True).stdout
        assert "TABLE DATA public books" in listed
        # The dump restores into an empty database with the server's rows.
        restored_url = pg.createdb(restored)
        subprocess.run([str(pg.bin_dir / "pg_restore"), "--no-owner", "-h", "127.0.0.1", "-p", str(pg.port),
                        "-U", "postgres", "-d", restored, str(dump)], capture_output=True, check=True)
        with psycopg.connect(restored_url.replace("postgresql+psycopg", "postgresql")) as con:
            assert con.execute("SELECT count(*) FROM books").fetchone() == (30,)
    finally:
        for svc, _settings in workers:
            svc.close()
        _drop(pg, name)
        _drop(pg, restored)


@pytest.mark.postgres
def test_a_failed_postgres_backup_leaves_nothing_and_the_other_jobs_run(pg, pg_template, tmp_path) -> None:
    name = f"sched_fail_{os.getpid()}"
    url = _clone(pg, pg_template, name)
    folder = tmp_path / "pg-backups"
    svc, settings = _server(url, backup_dir=str(folder), pg_bin_dir=str(tmp_path / "no-postgres-here"))
    try:
        results = {r.job: r for r in ServerScheduler(svc.library, settings).tick()}
        assert not results["backup"].ok and "could not be written" in results["backup"].message
        assert results["hold_expiry"].ok and results["purge"].ok
        assert list(folder.iterdir()) == []  # no half-written or unchecked file
        assert not _runs(svc)["backup"].ok
        assert "backup" in schedule.due_jobs(svc.library, place=server_place(settings))  # retried next tick
    finally:
        svc.close()
        _drop(pg, name)


def test_serve_backup_writes_one_now(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "library.sqlite3"
    shutil.copy2(sqlite_template, target)
    env = {**os.environ, "LIBRARY_DESK_BACKUP_DIR": str(tmp_path / "bk"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "serve", "backup", "--database-url",
                           f"sqlite:///{target}"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    [made] = (tmp_path / "bk").glob("server-*.sqlite3")
    assert done.stdout.startswith(f"Backup written: {made} (") and "checked: 30 books" in done.stdout
    env.pop("LIBRARY_DESK_BACKUP_DIR")
    refused = subprocess.run([sys.executable, "-m", "desktop_app", "serve", "backup", "--database-url",
                              "postgresql+psycopg://nobody@127.0.0.1:1/none"], capture_output=True, text=True,
                             env=env, cwd=ROOT, timeout=120)
    assert refused.returncode == 1
    assert "No folder for the backups of the PostgreSQL database: set LIBRARY_DESK_BACKUP_DIR" in refused.stderr
