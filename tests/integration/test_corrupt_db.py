"""A library file that is not a healthy database opens nothing, says what happened and what to do
(restore from a backup), and is never changed: not by the check, not by a failed open."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.db.engine import DatabaseUnreadable
from desktop_app.services import open_library


def _digest(folder: Path) -> dict[str, str]:
    """Content of the library's files. A read-only SQLite open may create an empty ``-wal`` and
    the ``-shm`` index beside a WAL-mode file; neither holds data, so they are left out."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("library.sqlite3*")
            if not p.name.endswith("-shm") and p.stat().st_size > 0}


def _truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 1000])


def _truncate_on_page_boundary(db: Path) -> None:
    data = db.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    db.write_bytes(data[: page * 3])


def _garbage(db: Path) -> None:
    db.write_bytes(bytes((i * 7919) % 251 for i in range(40_000)))


def _png(db: Path) -> None:
    db.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 2000)


def _zip(db: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("library.txt", "not a database")
    db.write_bytes(buf.getvalue())


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _scribbled_header(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[16:18] = b"\x00\x03"  # page size 3: impossible
    db.write_bytes(bytes(data))


def _scribbled_pages(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page: page * 6] = bytes(range(256)) * (page * 5 // 256)  # schema and root pages destroyed
    db.write_bytes(bytes(data))


def _other_program(db: Path) -> None:
    db.unlink()
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        con.execute("INSERT INTO recipes VALUES ('soup', 30)")


def _wal_of_another_database(db: Path) -> None:
    """Leave beside the library the -wal of another database (as a careless copy would)."""
    other = db.with_name("other.sqlite3")
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("CREATE TABLE notes (body TEXT)")
    con.executemany("INSERT INTO notes VALUES (?)", [("x" * 200,)] * 200)
    con.commit()
    shutil.copy(other.with_name(other.name + "-wal"), db.with_name(db.name + "-wal"))
    con.close()
    other.unlink()


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "cut short"),
    "truncated on a page boundary": (_truncate_on_page_boundary, "cut short"),
    "garbage": (_garbage, "not a SQLite database"),
    "png renamed": (_png, "a PNG image"),
    "zip renamed": (_zip, "a ZIP archive"),
    "zero length": (_empty, "empty"),
    "impossible header": (_scribbled_header, "page size"),
    "scribbled pages": (_scribbled_pages, "damaged|malformed"),
    "another program's database": (_other_program, "another program"),
    "wal of another database": (_wal_of_another_database, "belongs to another database"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_damaged_file_opens_nothing_and_is_never_changed(library_paths: Paths, case: str) -> None:
    damage, expected = CASES[case]
    damage(library_paths.database)
    before = _digest(library_paths.data_dir)
    with pytest.raises(DatabaseUnreadable) as caught:
        open_library(library_paths)
    message = str(caught.value)
    assert re.search(expected, message), message
    if case != "another program's database":
        assert "Restore the library from a backup" in message and "has not been changed" in message
    assert str(library_paths.database) in message or library_paths.database.name in message
    assert _digest(library_paths.data_dir) == before, "the damaged files were changed"
    assert not list(library_paths.backups.glob("before-upgrade-*")), "no migration was attempted"


def test_a_healthy_library_with_a_wal_after_a_crash_opens(library_paths: Paths) -> None:
    """The quick check after an unclean shutdown passes on a healthy file and keeps the data."""
    con = sqlite3.connect(library_paths.database)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("INSERT INTO settings (key, value, updated_at) VALUES ('crash_note', '\"kept\"', '2026-01-01')")
    con.commit()
    crashed = library_paths.data_dir.parent / "crashed"
    shutil.copytree(library_paths.data_dir, crashed)  # as the disk was when the power went out
    con.close()
    assert (crashed / "library.sqlite3-wal").stat().st_size > 0, "the crash left committed work in the WAL"
    lib = open_library(Paths(crashed))
    try:
        with lib.read() as s:
            assert lib.setting(s, "crash_note") == "kept"
    finally:
        lib.close()
