"""Backups: the online backup API into dated files, integrity-checked, in the chosen folder,
daily on first start, pruned after N days, and consistent while another process is lending."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.db import backup as mech
from desktop_app.services import Services, maintenance
from desktop_app.services.maintenance import BackupFailed

TABLES = ("books", "copies", "members", "loans", "journal", "audit_events")


def test_backup_is_a_checked_single_file_with_the_same_rows(services: Services, admin, make_book, make_member) -> None:
    _, barcodes = make_book("Dune", copies=2)
    card = make_member("Ana", "Ruiz")
    services.circulation.checkout(admin, card, barcodes[0])
    made = maintenance.backup_now(services.library)
    assert made.parent == services.library.paths.backups
    assert made.name.startswith("library-") and made.name.endswith("-manual.sqlite3")
    assert not made.with_name(made.name + "-wal").exists(), "a backup is one self-contained file"
    assert mech.integrity_problems(made) == []
    assert mech.count_rows(made, TABLES) == mech.count_rows(services.library.paths.database, TABLES)
    with sqlite3.connect(made) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT title FROM books").fetchone()[0] == "Dune"
    assert maintenance.list_backups(services.library)[0] == made.resolve()


def test_backup_goes_to_the_folder_the_admin_chose(services: Services, admin, tmp_path: Path) -> None:
    stick = tmp_path / "usb-stick"
    with pytest.raises(BackupFailed, match="does not exist"):
        maintenance.configure_backups(services.library, admin, folder=stick, days=14)
    stick.mkdir()
    maintenance.configure_backups(services.library, admin, folder=stick, days=14)
    assert maintenance.keep_days(services.library.paths) == 14
    made = maintenance.backup_now(services.library, reason="Before the inventory!")
    assert made.parent == stick and made.name.endswith("-before-the-inventory.sqlite3")
    # The stick is unplugged: an explicit backup says so; the daily one falls back to the library folder.
    made.unlink()
    stick.rmdir()
    with pytest.raises(BackupFailed, match="USB stick"):
        maintenance.backup_now(services.library)
    daily = maintenance.daily_backup_if_due(services.library)
    assert daily is not None and daily.parent == services.library.paths.backups


def test_a_desk_clerk_may_not_choose_the_backup_folder(services: Services, desk, tmp_path: Path) -> None:
    from desktop_app.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        maintenance.configure_backups(services.library, desk, folder=tmp_path, days=7)


def test_daily_backup_once_a_day(services: Services) -> None:
    first = maintenance.daily_backup_if_due(services.library)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert maintenance.daily_backup_if_due(services.library) is None


def test_prune_keeps_recent_and_the_newest_few_and_never_touches_other_files(services: Services) -> None:
    folder = services.library.paths.backups
    real = maintenance.backup_now(services.library)
    today = date.today()
    ages = [0, 1, 5, 40, 41, 400]
    for age in ages:
        day = today - timedelta(days=age)
        (folder / f"library-{day:%Y%m%d}-120000-daily.sqlite3").write_bytes(real.read_bytes())
    other = folder / "my-notes.sqlite3"
    other.write_bytes(b"not ours")
    removed = maintenance.prune_backups(folder, keep_days=30)
    names = sorted(p.name for p in removed)
    assert names == sorted(f"library-{today - timedelta(days=a):%Y%m%d}-120000-daily.sqlite3" for a in (40, 41, 400))
    assert other.exists() and real.exists()
    # With a 1-day window the newest three survive whatever their age.
    for p in folder.glob("library-*.sqlite3"):
        p.unlink()
    for age in (50, 60, 70, 80):
        (folder / f"library-{today - timedelta(days=age):%Y%m%d}-120000-daily.sqlite3").write_bytes(b"x")
    maintenance.prune_backups(folder, keep_days=1)
    assert len(list(folder.glob("library-*.sqlite3"))) == maintenance.ALWAYS_KEEP


def test_check_reports_a_healthy_library_as_healthy(services: Services) -> None:
    assert maintenance.check(services.library) == []


LENDER = textwrap.dedent("""
    import sys, time
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.services.people.accounts import staff_actor
    from pathlib import Path
    svc = Services(open_library(Paths(Path(sys.argv[1])), migrate_schema=False))
    actor = staff_actor(svc.accounts.get_staff("admin"), desk="desk-2")
    cards, barcodes = sys.argv[2].split(","), sys.argv[3].split(",")
    print("ready", flush=True)
    end, n = time.monotonic() + float(sys.argv[4]), 0
    while time.monotonic() < end:
        for card, code in zip(cards, barcodes):
            svc.circulation.checkout(actor, card, code)
            n += 1
        for code in barcodes:
            svc.circulation.checkin(actor, code)
    print(n, flush=True)
    svc.close()
""")


@pytest.mark.slow
def test_backup_while_another_process_lends_is_consistent(services: Services, admin, make_book,
                                                          make_member, tmp_path: Path) -> None:
    barcodes = [make_book(f"Book {i}")[1][0] for i in range(4)]
    cards = [make_member(f"Reader{i}", "Lee") for i in range(4)]
    paths = services.library.paths
    lender = subprocess.Popen([sys.executable, "-c", LENDER, str(paths.data_dir), ",".join(cards),
                               ",".join(barcodes), "4"], stdout=subprocess.PIPE, text=True)
    try:
        assert lender.stdout is not None and lender.stdout.readline().strip() == "ready"
        folder = tmp_path / "busy-backups"
        folder.mkdir()
        backups = []
        deadline = time.monotonic() + 3.5
        while time.monotonic() < deadline:
            backups.append(maintenance.backup_now(services.library, folder, reason="busy"))
            time.sleep(0.15)
        lent = int(lender.stdout.readline())
        assert lender.wait(timeout=30) == 0
    finally:
        lender.kill()
    assert lent > 20, "the lender should have been busy during the backups"
    loans_seen = set()
    for made in backups:
        assert mech.integrity_problems(made) == []
        with sqlite3.connect(made) as con:
            loans = {r[0] for r in con.execute("SELECT uuid FROM loans")}
            journaled = {r[0] for r in con.execute("SELECT entity_uuid FROM journal WHERE kind = 'checkout'")}
            assert loans <= journaled, "every loan in a backup has its journal row"
            returned = {r[0] for r in con.execute("SELECT uuid FROM loans WHERE returned_at IS NOT NULL")}
            checkins = {r[0] for r in con.execute(
                "SELECT json_extract(args, '$.loan_uuid') FROM journal WHERE kind = 'checkin'")}
            assert returned <= checkins
            on_loan = con.execute("SELECT count(*) FROM copies WHERE status = 'on_loan'").fetchone()[0]
            open_loans = con.execute("SELECT count(*) FROM loans WHERE returned_at IS NULL").fetchone()[0]
            assert on_loan == open_loans, "copies and loans agree in every snapshot"
            loans_seen.add(len(loans))
    assert len(loans_seen) > 1, "backups were taken at different moments of the lending"
