"""Is the file at the library's path a database we may open? Checked before every open, with
read-only connections only, so a damaged file is reported and never "repaired" by accident
(opening a damaged file read-write can checkpoint a stray WAL into it, or overwrite it).

Cases told apart, each with what to do: an empty file, another kind of file (an image, a ZIP, a
document), garbage, a truncated file, a SQLite database of some other program, a ``-wal`` file
that belongs to another database, and damage SQLite finds when it reads the schema and the root
page of every table. After an unclean shutdown (a ``-wal`` file is still there) a
``PRAGMA quick_check`` reads every page as well: that costs time in proportion to the size, but
only after a crash or a power cut. The complete check is ``library-desk check``.
"""

from __future__ import annotations

import sqlite3
import struct
from contextlib import closing
from pathlib import Path

HEADER = b"SQLite format 3\x00"
#: Tables every Library Desk schema has; a database with tables but none of these is foreign.
LIBRARY_MARKERS = ("alembic_version", "books", "copies", "members", "loans")

_KNOWN_FORMATS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/LibreOffice document)"),
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x37\x7f\x06\x82", "a SQLite WAL file (not a database)"),
    (b"\x37\x7f\x06\x83", "a SQLite WAL file (not a database)"),
)


def advice(path: Path) -> str:
    return ("Restore the library from a backup: in the program choose 'Restore from backup', or run "
            f"'library-desk restore <backup file>' (backups are kept in {path.parent / 'backups'} unless "
            "another folder was chosen). The damaged file has not been changed.")


def _what_is(head: bytes) -> str:
    for magic, name in _KNOWN_FORMATS:
        if head.startswith(magic):
            return name
    if head.lstrip()[:1] in (b"{", b"[", b"<"):
        return "a text file"
    return "not a SQLite database"


def _ro(path: Path, *, ignore_wal: bool = False) -> sqlite3.Connection:
    query = "mode=ro&immutable=1" if ignore_wal else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=10)


def _tables(con: sqlite3.Connection) -> list[str]:
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return [str(r[0]) for r in rows]


def _header_problem(path: Path, head: bytes, size: int) -> str | None:
    """Page size and truncation, read from the 100-byte file header."""
    if len(head) < 100:
        return f"the file is only {size} bytes long: it was cut short"
    raw_page = struct.unpack(">H", head[16:18])[0]
    page = 65536 if raw_page == 1 else raw_page
    if page < 512 or page > 65536 or page & (page - 1):
        return f"its header gives an impossible page size ({raw_page})"
    if size % page:
        return f"its size ({size} bytes) is not a whole number of {page}-byte pages: the file was cut short"
    change, pages, valid_for = struct.unpack(">I", head[24:28])[0], struct.unpack(">I", head[28:32])[0], \
        struct.unpack(">I", head[92:96])[0]
    if pages and change == valid_for and size < pages * page:
        return f"it should hold {pages} pages but only {size // page} are there: the file was cut short"
    return None


def problems(path: Path) -> tuple[str, str] | None:
    """(short reason, full message) if the database at ``path`` must not be opened, else None.
    A missing file is fine (a new library)."""
    if not path.exists():
        return None
    size = path.stat().st_size
    if size == 0:
        return ("empty", f"The library file {path} is empty (0 bytes): its content was lost, for example "
                         "when the disk was full or a copy was interrupted. " + advice(path))
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(HEADER):
        kind = _what_is(head)
        return ("wrong file", f"The library file {path} is {kind}, not a Library Desk database. It may have "
                              "been replaced by mistake. " + advice(path))
    bad_header = _header_problem(path, head, size)
    if bad_header:
        return ("truncated", f"The library file {path} is damaged: {bad_header}. " + advice(path))
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    try:
        with closing(_ro(path)) as con:
            tables = _tables(con)
            if tables and not any(t in tables for t in LIBRARY_MARKERS):
                if has_wal:
                    with closing(_ro(path, ignore_wal=True)) as bare:
                        own = _tables(bare)
                    if any(t in own for t in LIBRARY_MARKERS):
                        return ("foreign wal", f"The file {wal.name} beside the library belongs to another "
                                               f"database: it must not be applied to {path.name}. Move {wal} "
                                               "out of the folder (keep it) and start again. If the library "
                                               "still does not open: " + advice(path))
                return ("foreign", f"{path} is a SQLite database of another program, not a Library Desk "
                                   "library (it has none of the library's tables). Choose the right file or "
                                   "folder. The file has not been changed.")
            for table in tables:  # reads each table's root page: catches most damage cheaply
                con.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchall()
            if has_wal:
                rows = [str(r[0]) for r in con.execute("PRAGMA quick_check(20)")]
                if rows != ["ok"]:
                    return ("damaged", f"The library file {path} is damaged after an unclean shutdown "
                                       f"({rows[0]}). " + advice(path))
    except sqlite3.DatabaseError as exc:
        return ("damaged", f"The library file {path} is damaged ({exc}). " + advice(path))
    return None
