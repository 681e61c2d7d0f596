"""MARC21 and MARCXML import into a real migrated library: the shared real files, hand-made
MARC-8 and UTF-8 records with diacritics and several copies, duplicates (skip and update),
journal and audit rows, roles, dry run, progress and cancel."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import AuditEvent, Book, Copy, JournalEntry
from desktop_app.domain.errors import NotFound, PermissionDenied
from desktop_app.formats.marc_write import write_marc
from desktop_app.formats.records import AuthorCredit, BookRecord, CopyRecord
from desktop_app.services import Actor, Services
from desktop_app.services.catalog.input import BookInput
from desktop_app.services.interchange import import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "marc"
EXPECTED = {"marc.dat": 20, "test.dat": 10, "marc8.dat": 1, "utf8.xml": 1, "batch.xml": 2}


def iso2709(fields: list[tuple[str, bytes]], *, coding: str = " ") -> bytes:
    """A record built byte by byte; ``coding`` is leader/09 (" " MARC-8, "a" UTF-8)."""
    directory, data = b"", b""
    for tag, content in fields:
        content += b"\x1e"
        directory += f"{tag}{len(content):04d}{len(data):05d}".encode("ascii")
        data += content
    base = 24 + len(directory) + 1
    leader = f"{base + len(data) + 1:05d}nam {coding}22{base:05d} a 4500".encode("ascii")
    return leader + directory + b"\x1e" + data + b"\x1d"


def sf(ind: str, *subs: tuple[str, bytes]) -> bytes:
    return ind.encode("ascii") + b"".join(b"\x1f" + c.encode("ascii") + v for c, v in subs)


def books(services: Services) -> dict[str, dict[str, object]]:
    """title -> isbn, authors [(name, role)], copies [(barcode, call, location)]."""
    out: dict[str, dict[str, object]] = {}
    for row in services.search.page(limit=10_000):
        view = services.catalog.book(row.id)
        out[str(view.values["title"])] = {
            "isbn": view.values["isbn13"], "authors": view.authors,
            "copies": [(c.barcode, c.call_number, c.location) for c in view.copies]}
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_shared_file_imports(services: Services, librarian: Actor, name: str) -> None:
    report = import_file(services, librarian, DATA / name)
    assert report.status == "imported", report.summary()
    assert report.counts["new"] == EXPECTED[name] and report.counts["bad"] == 0
    assert services.reports.counts().titles == EXPECTED[name]
    assert report.fmt == ("marcxml" if name.endswith(".xml") else "marc")


def test_real_records_keep_authors_and_isbns(services: Services, librarian: Actor) -> None:
    import_file(services, librarian, DATA / "marc.dat")
    import_file(services, librarian, DATA / "marc8.dat")
    found = books(services)
    assert found["The pragmatic programmer"]["isbn"] == "9780201616224"
    assert found["The pragmatic programmer"]["authors"] == [("Hunt, Andrew", "author"), ("Thomas, David", "author")]
    assert found["Escape from loneliness"]["authors"] == [("Tournier, Paul", "author")]
    hits = services.search.books("pragmatic")
    assert hits.total == 1


def test_broken_file_is_all_or_nothing_then_keeps_the_readable_records(services: Services, librarian: Actor,
                                                                      tmp_path: Path) -> None:
    report = import_file(services, librarian, DATA / "bad_records.mrc")
    assert report.status == "rolled_back"
    assert report.counts["bad"] == 6 and report.records == 8
    assert "bad_records.mrc, record 2:" in report.message and "nothing" in report.message
    assert services.reports.counts().titles == 0
    assert {p.where for p in report.errors} == {f"record {n}" for n in range(2, 8)}
    kept = import_file(services, librarian, DATA / "bad_records.mrc", keep_good=True,
                       report_path=tmp_path / "problems.csv")
    # records 1 and 8 are readable: the same title without an ISBN, author, year or control
    # number, so the second is found as the first one again (matched on its key): one book
    assert kept.status == "imported" and kept.counts["new"] == 1 and kept.counts["bad"] == 6
    assert kept.counts["duplicate"] == 1
    assert services.reports.counts().titles == 1
    lines = (tmp_path / "problems.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "file,where,field,reason,severity,record" and len(lines) == 1 + 6


def test_hand_made_marc8_and_utf8_with_diacritics_and_copies(services: Services, librarian: Actor,
                                                              tmp_path: Path) -> None:
    marc8 = iso2709([
        ("020", sf("  ", ("a", b"0-14-118499-x"))),
        ("100", sf("1 ", ("a", b"Garc\xe2ia M\xe2arquez, Gabriel."))),
        ("245", sf("10", ("a", b"Cien a\xe4nos de soledad /"), ("c", b"G. Garc\xe2ia M\xe2arquez."))),
        ("700", sf("1 ", ("a", b"Rabassa, Gregory,"), ("e", b"translator."))),
        ("952", sf("  ", ("p", b"M8-001"), ("o", b"863 GAR"), ("c", b"Fiction"))),
        ("952", sf("  ", ("p", b"M8-002"), ("o", b"863 GAR"), ("c", b"Store"), ("1", b"1"))),
    ])
    utf8 = iso2709([
        ("100", sf("1 ", ("a", "Dvořák, Zoë".encode()))),
        ("245", sf("10", ("a", "Øresund ærø :".encode()), ("b", "naïve café".encode()))),
        ("852", sf("  ", ("p", b"U8-001"), ("h", b"914.8"), ("i", b"DVO"), ("c", b"Travel"))),
    ], coding="a")
    path = tmp_path / "mixed.mrc"
    path.write_bytes(marc8 + utf8)
    report = import_file(services, librarian, path)
    assert report.status == "imported" and report.counts["new"] == 2 and report.copies_new == 3
    found = books(services)
    cien = found["Cien años de soledad"]
    assert cien["isbn"] == "9780141184999"
    assert cien["authors"] == [("García Márquez, Gabriel", "author"), ("Rabassa, Gregory", "translator")]
    assert cien["copies"] == [("M8-001", "863 GAR", "Fiction"), ("M8-002", "863 GAR", "Store")]
    assert found["Øresund ærø"]["authors"] == [("Dvořák, Zoë", "author")]
    assert found["Øresund ærø"]["copies"] == [("U8-001", "914.8 DVO", "Travel")]
    with services.library.read() as s:
        assert s.scalar(select(Copy.status).where(Copy.barcode == "M8-002")) == "lost"
    assert services.search.books("marquez").total == 1 and services.search.books("zoe").total == 1


def _record(title: str, isbn: str, barcodes: list[str], *, author: str = "Ruiz, Ana") -> BookRecord:
    return BookRecord(title=title, isbn13=isbn, authors=[AuthorCredit(author, "author")],
                      copies=[CopyRecord(b, "100 RUI", "Main") for b in barcodes])


def test_duplicates_skip_or_update_and_journal(services: Services, librarian: Actor, tmp_path: Path) -> None:
    first = tmp_path / "first.mrc"
    write_marc(first, [_record("Dune", "9780441013593", ["D1", "D2"]), _record("Emma", "9780141439587", ["E1"])])
    assert import_file(services, librarian, first).counts["new"] == 2
    with services.library.read() as s:
        journal_before = s.scalar(select(func.count()).select_from(JournalEntry))
        kinds = [k for (k,) in s.execute(select(JournalEntry.kind).order_by(JournalEntry.seq))]
        seqs = [q for (q,) in s.execute(select(JournalEntry.seq).order_by(JournalEntry.seq))]
    assert kinds.count("book_upsert") == 2 and kinds.count("copy_upsert") == 3
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    second = tmp_path / "second.mrc"
    write_marc(second, [_record("Dune (revised)", "0441013597", ["D1", "D3"], author="Herbert, Frank"),
                        _record("Emma", "9780141439587", ["E1"])])
    skipped = import_file(services, librarian, second)
    assert (skipped.counts["duplicate"], skipped.copies_new, skipped.copies_duplicate) == (2, 1, 2)
    assert "Dune" in books(services) and "D3" in [c[0] for c in books(services)["Dune"]["copies"]]
    updated = import_file(services, librarian, second, mode="update")
    assert updated.counts["updated"] == 2 and updated.copies_updated == 3
    found = books(services)
    assert "Dune" not in found and found["Dune (revised)"]["authors"] == [("Herbert, Frank", "author")]
    with services.library.read() as s:
        rows = s.execute(select(JournalEntry.kind, JournalEntry.base_version)
                         .where(JournalEntry.seq > journal_before).order_by(JournalEntry.seq)).all()
        version = s.scalar(select(Book.version).where(Book.isbn13 == "9780441013593"))
        audits = s.execute(select(AuditEvent.details).where(AuditEvent.action == "import")).scalars().all()
    # the edit, then the changed record kept (its own book_upsert, carrying the record)
    assert ("book_upsert", 1) in rows and ("book_upsert", 2) in rows and version == 3
    assert len(audits) == 3 and audits[-1]["updated"] == 2 and audits[-1]["file"] == "second.mrc"


def test_update_mode_and_denormalised_columns_match_the_catalog(services: Services, librarian: Actor,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "one.mrc"
    write_marc(path, [BookRecord(title="The Hobbit", isbn13="9780261103283", subtitle="or there and back again",
                                 authors=[AuthorCredit("Tolkien, J. R. R.", "author"),
                                          AuthorCredit("Lee, Alan", "illustrator")])])
    import_file(services, librarian, path)
    with services.library.read() as s:
        cols = "title_sort, author_sort, author_names, isbn_search"
        imported = s.execute(text(f"SELECT id, {cols} FROM books")).one()
    view = services.catalog.book(imported[0])
    services.catalog.edit_book(librarian, imported[0], BookInput(
        title="The Hobbit", subtitle="or there and back again", isbn="9780261103283", authors=view.authors))
    with services.library.read() as s:
        assert s.execute(text(f"SELECT id, {cols} FROM books")).one() == imported


def test_roles_missing_file_and_dry_run(services: Services, desk: Actor, librarian: Actor,
                                        tmp_path: Path) -> None:
    with services.library.read() as s:
        journal_before = s.scalar(select(func.count()).select_from(JournalEntry))
    with pytest.raises(PermissionDenied):
        import_file(services, desk, DATA / "marc.dat")
    with pytest.raises(NotFound):
        import_file(services, librarian, tmp_path / "nope.mrc")
    dry = import_file(services, librarian, DATA / "marc.dat", dry_run=True)
    assert dry.status == "dry_run" and dry.counts["new"] == 20 and "would be 20 new" in dry.summary()
    assert services.reports.counts().titles == 0
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(JournalEntry)) == journal_before


def test_progress_and_cancel(services: Services, librarian: Actor, tmp_path: Path) -> None:
    path = tmp_path / "many.mrc"
    write_marc(path, (_record(f"Title {n}", None, [f"C{n:05d}"]) for n in range(3000)))  # type: ignore[arg-type]
    seen: list[tuple[int, int, int]] = []
    report = import_file(services, librarian, path, progress=lambda *a: seen.append(a))
    assert report.status == "imported" and seen[-1] == (path.stat().st_size, path.stat().st_size, 3000)
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    other = tmp_path / "other.mrc"
    shutil.copy(path, other)
    stop = threading.Event()
    calls = []

    def progress(done: int, total: int, records: int) -> None:
        calls.append(records)
        stop.set()

    before = services.reports.counts()
    cancelled = import_file(services, librarian, other, mode="update", progress=progress, cancel=stop)
    assert cancelled.status == "cancelled" and calls and services.reports.counts() == before
    flag = iter([False, False, True])
    assert import_file(services, librarian, other, cancel=lambda: next(flag, True)).status == "cancelled"


def test_copy_status_and_dates_survive(services: Services, librarian: Actor, tmp_path: Path) -> None:
    path = tmp_path / "held.mrc"
    write_marc(path, [BookRecord(title="Maps of Europe", item_type="map", year=1999, language="ger", copies=[
        CopyRecord("MAP1", "912 EUR", "Atlas shelf", "withdrawn", 2599, date(2001, 5, 4), "torn cover")])])
    import_file(services, librarian, path)
    with services.library.read() as s:
        copy = s.scalar(select(Copy).where(Copy.barcode == "MAP1"))
        assert (copy.status, copy.price_cents, copy.acquired, copy.notes) == ("withdrawn", 2599, date(2001, 5, 4),
                                                                              "torn cover")
        assert (copy.book.item_type, copy.book.year, copy.book.language) == ("map", 1999, "ger")


def test_journal_rows_are_the_snapshots_of_the_stored_rows(services: Services, librarian: Actor,
                                                           tmp_path: Path) -> None:
    from desktop_app.db.models import BookMarc
    from desktop_app.services.catalog.records import record_args
    from desktop_app.services.snapshots import book_data, copy_data

    path = tmp_path / "j.mrc"
    write_marc(path, [BookRecord(title="Emma", isbn13="9780141439587", year=1815, subjects=["Courtship -- Fiction"],
                                 authors=[AuthorCredit("Austen, Jane"), AuthorCredit("Tanner, Tony", "editor")],
                                 copies=[CopyRecord("J1", "823 AUS", "Main", None, 799, date(2020, 2, 29))])])
    import_file(services, librarian, path)
    with services.library.read() as s:
        entries = {e.kind: e for e in s.scalars(select(JournalEntry))}
        book = s.scalar(select(Book))
        copy = s.scalar(select(Copy))
        marc = s.scalar(select(BookMarc.data))
        # the picture of the book, and the whole record it came from (base64)
        assert entries["book_upsert"].args == {**book_data(book), **record_args(marc, "j.mrc")}
        assert entries["copy_upsert"].args == copy_data(copy, book.uuid)
        assert (entries["book_upsert"].entity_uuid, entries["book_upsert"].base_version) == (book.uuid, 0)
        assert entries["copy_upsert"].status == "pending" and entries["copy_upsert"].result is None
