"""Bad input: every broken file gets a message naming the file, the record or line, and the
problem, and the library is byte-for-byte as before (a checksum of every table), unless the
good records were asked for, and then exactly those are added. Includes 200 MB files, read
as a stream in bounded time and memory."""

from __future__ import annotations

import hashlib
import resource
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.services import Actor, Services
from desktop_app.services.interchange import import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "marc"
MARC = (DATA / "marc.dat").read_bytes()
RECORDS = MARC.split(b"\x1d")[:-1]  # 20 records without their terminators


def checksum(services: Services) -> tuple[dict[str, int], str]:
    """Row counts of every table and one hash over all their rows."""
    path = services.library.paths.database  # type: ignore[union-attr]
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        digest, counts = hashlib.sha256(), {}
        for name in names:
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{name}"'))
            counts[name] = len(rows)
            for row in rows:
                digest.update(row.encode())
        return counts, digest.hexdigest()
    finally:
        con.close()


@pytest.fixture
def stocked(services: Services, librarian: Actor) -> Services:
    """A library that already holds ten titles (test.dat), so 'as before' is not 'empty'."""
    assert import_file(services, librarian, DATA / "test.dat").status == "imported"
    return services


def record(n: int) -> bytes:
    return RECORDS[n] + b"\x1d"


def _truncated(path: Path) -> None:
    path.write_bytes(MARC[:-300])


def _wrong_leader(path: Path) -> None:
    path.write_bytes(b"".join(record(n) if n != 2 else b"abcde" + RECORDS[n][5:] + b"\x1d" for n in range(20)))


def _corrupt_directory(path: Path) -> None:
    broken = RECORDS[4][:30] + b"x!" + RECORDS[4][32:]
    path.write_bytes(b"".join(record(n) if n != 4 else broken + b"\x1d" for n in range(20)))


def _rebuild(rec: bytes, new: bytes, *, coding: bytes | None = None) -> bytes:
    """Put ``new`` at the start of 245 $a of a record, fixing lengths by re-laying it out."""
    from desktop_app.formats.marc_raw import parse_record  # only to find the fields

    raw = parse_record(rec + b"\x1d")
    base = int(rec[12:17])
    directory, body = rec[24 : base - 1], rec[base:]
    out_dir, out_body = b"", b""
    for i in range(0, len(directory), 12):
        tag, length, start = directory[i : i + 3], int(directory[i + 3 : i + 7]), int(directory[i + 7 : i + 12])
        data = body[start : start + length]
        if tag == b"245":
            data = data.replace(b"\x1fa", b"\x1fa" + new, 1)
        out_dir += tag + f"{len(data):04d}{len(out_body):05d}".encode()
        out_body += data
    assert raw.fields
    leader = rec[:24]
    if coding is not None:
        leader = leader[:9] + coding + leader[10:]
    new_base = 24 + len(out_dir) + 1
    total = new_base + len(out_body) + 1
    leader = f"{total:05d}".encode() + leader[5:12] + f"{new_base:05d}".encode() + leader[17:]
    return leader + out_dir + b"\x1e" + out_body


def _bad_marc8_escape(path: Path) -> None:
    bad = _rebuild(RECORDS[6], b"Bad \x1bZ escape ", coding=b" ")
    path.write_bytes(b"".join(record(n) if n != 6 else bad + b"\x1d" for n in range(20)))


def _invalid_utf8(path: Path) -> None:
    bad = _rebuild(RECORDS[9], b"Bad \xff\xfe bytes ", coding=b"a")
    path.write_bytes(b"".join(record(n) if n != 9 else bad + b"\x1d" for n in range(20)))


CASES: dict[str, tuple[Callable[[Path], None], str, str, int]] = {
    # name: (writer, where, reason fragment, good records kept with keep_good)
    "truncated": (_truncated, "record 20", "truncated", 19),
    "wrong_leader": (_wrong_leader, "record 3", "leader is not a MARC21 leader", 19),
    "corrupt_directory": (_corrupt_directory, "record 5", "directory", 19),
    "bad_marc8_escape": (_bad_marc8_escape, "record 7", "no MARC-8 escape", 19),
    "invalid_utf8": (_invalid_utf8, "record 10", "not valid UTF-8", 19),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_marc_is_all_or_nothing_or_exactly_the_good(stocked: Services, librarian: Actor,
                                                          tmp_path: Path, case: str) -> None:
    write, where, fragment, good = CASES[case]
    path = tmp_path / f"{case}.mrc"
    write(path)
    before = checksum(stocked)
    report = import_file(stocked, librarian, path)
    assert report.status == "rolled_back", report.summary()
    assert f"{path.name}, {where}" in report.message and fragment in report.message
    assert checksum(stocked) == before
    kept = import_file(stocked, librarian, path, keep_good=True, report_path=tmp_path / "bad.csv")
    assert kept.status == "imported" and kept.counts["new"] == good and kept.counts["bad"] == 1
    counts, _ = checksum(stocked)
    assert counts["books"] == before[0]["books"] + good
    assert counts["journal"] == before[0]["journal"] + good  # one book_upsert each, no copies
    assert counts["audit_events"] == before[0]["audit_events"] + 1
    text = (tmp_path / "bad.csv").read_text(encoding="utf-8-sig")
    assert where in text and fragment in text


FILE_CASES: dict[str, tuple[str, bytes, str]] = {
    # name: (file name, content, expected words in the message)
    "xml_not_marcxml": ("page.xml", b"<?xml version='1.0'?><html><body>Hi</body></html>",
                        "page.xml, record 1: this XML is not MARCXML: its root element is <html>"),
    "broken_xml": ("cut.xml", (DATA / "batch.xml").read_bytes()[:7000], "cut.xml, record 2: the XML is broken"),
    "csv_no_header": ("rows.csv", b"1,2,3\n4,5,6\n", "rows.csv, line 1: the first row is not a header row"),
    "csv_no_title": ("noti.csv", b"Author,ISBN\nHerbert,9780441013593\n", "noti.csv, line 1, title: there is no "
                     "title column"),
    "empty_mrc": ("empty.mrc", b"", "empty.mrc: the file is empty"),
    "empty_csv": ("empty.csv", b"", "empty.csv: the file is empty"),
    "blank_xml": ("blank.xml", b"  \n", "blank.xml"),
    "csv_empty_title": ("t.csv", b"Title,Author\nDune,Herbert\n,Nobody\n", "t.csv, line 3, title: the title is empty"),
}


@pytest.mark.parametrize("case", sorted(FILE_CASES))
def test_unusable_files_name_file_place_and_problem(stocked: Services, librarian: Actor, tmp_path: Path,
                                                    case: str) -> None:
    name, content, words = FILE_CASES[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = checksum(stocked)
    report = import_file(stocked, librarian, path)
    assert report.status in ("failed", "rolled_back"), report.summary()
    assert words in report.message
    assert checksum(stocked) == before


def _grown_rss() -> Callable[[], float]:
    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return lambda: (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start) / 1024


def test_200_mb_files_are_streamed(stocked: Services, librarian: Actor, tmp_path: Path) -> None:
    size = 200 * 1024 * 1024
    garbage = tmp_path / "huge.mrc"
    block = (b"not a marc record \x00\xff" * 4096)[: 1 << 20]
    with open(garbage, "wb") as fh:
        for _ in range(size >> 20):
            fh.write(block)
    quote = tmp_path / "huge.csv"
    with open(quote, "wb") as fh:
        fh.write(b'Title,Author\nDune,Herbert\n"Never closed,')
        line = b"x" * 99 + b"\n"
        for _ in range(size >> 20):
            fh.write(line * ((1 << 20) // 100))
    before = checksum(stocked)
    grown = _grown_rss()
    started = time.monotonic()
    report = import_file(stocked, librarian, garbage)
    assert report.status == "rolled_back" and "huge.mrc, record 1:" in report.message
    assert "not MARC data" in report.message
    csv_report = import_file(stocked, librarian, quote)
    assert csv_report.status == "rolled_back"
    assert "huge.csv, line 3: a cell is longer than 131,072 characters" in csv_report.message
    assert time.monotonic() - started < 20 and grown() < 100
    assert checksum(stocked) == before
