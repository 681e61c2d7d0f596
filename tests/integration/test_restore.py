"""Restore: a chosen backup replaces the library, the current file is kept aside first, and a
file that is damaged, foreign or from a newer program is refused without changing anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.db import backup as mech
from desktop_app.services import Services, maintenance, open_library
from desktop_app.services.maintenance import RestoreRefused


def _titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT title FROM books ORDER BY title")]


def test_round_trip_restores_the_backup_and_keeps_the_current_file_aside(
        services: Services, admin, make_book, make_member) -> None:
    _, codes = make_book("Dune")
    card = make_member()
    services.circulation.checkout(admin, card, codes[0])
    made = maintenance.backup_now(services.library)
    make_book("Emma")  # after the backup: must disappear on restore, and survive in the kept-aside file
    paths: Paths = services.library.paths
    services.close()

    aside = maintenance.restore(paths, made)
    assert aside.parent == paths.backups and aside.name.startswith("before-restore-")
    assert _titles(aside) == ["Dune", "Emma"]
    reopened = Services(open_library(paths))
    try:
        assert _titles(paths.database) == ["Dune"]
        assert maintenance.check(reopened.library) == []
        # the loan came back with the backup: the copy is still lent
        assert reopened.circulation.checkin(admin, codes[0]).was_on_loan
    finally:
        reopened.close()
    assert made.exists(), "restoring never consumes the backup"


def _refused(paths: Paths, backup: Path, match: str) -> None:
    before = paths.database.read_bytes()
    with pytest.raises(RestoreRefused, match=match):
        maintenance.restore(paths, backup)
    assert paths.database.read_bytes() == before, "a refused restore changes nothing"
    assert not list(paths.backups.glob("before-restore-*"))


def test_refuses_a_damaged_backup(library_paths: Paths, tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    mech.online_backup(library_paths.database, good)
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2 + 100, page * 4, 7):  # scribble over b-tree pages
        data[offset] = 0x5A
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    _refused(library_paths, bad, "damaged|cannot be restored")


def test_refuses_files_that_are_not_a_library(library_paths: Paths, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE recipes (name TEXT)")
    _refused(library_paths, other, "not a Library Desk library")
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    _refused(library_paths, text, "not a SQLite database")
    _refused(library_paths, tmp_path / "missing.sqlite3", "no backup file")


def test_refuses_a_backup_from_a_newer_program(library_paths: Paths, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    mech.online_backup(library_paths.database, newer)
    with sqlite3.connect(newer) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    _refused(library_paths, newer, "newer Library Desk")


def test_restore_replaces_a_damaged_library(library_paths: Paths, tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    mech.online_backup(library_paths.database, good)
    library_paths.database.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)  # the library was overwritten
    aside = maintenance.restore(library_paths, good)
    assert aside.read_bytes().startswith(b"\x89PNG"), "even a damaged file is kept, never deleted"
    lib = open_library(library_paths)
    try:
        assert maintenance.check(lib) == []
    finally:
        lib.close()
    assert aside.resolve() not in maintenance.backups_in(library_paths), "a non-database is never offered"
