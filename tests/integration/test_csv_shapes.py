"""CSV shapes of the services people leave (issue 11, part 4), from realistic sample files in
tests/data/csv: Goodreads' ``="0316769177"`` ISBNs are read and a re-import does not double;
LibraryThing's roles (Narrator, Editor, Translator, Illustrator, and unknown ones reported);
Libib's counted copies and prices (barcodes generated, not doubled on a re-import)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.db.models import Book, Copy
from desktop_app.services import Actor, Services
from desktop_app.services.interchange import export, import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"


def titles(services: Services) -> dict[str, Book]:
    with services.library.read() as s:
        books = s.scalars(select(Book)).all()
        s.expunge_all()
    return {b.title: b for b in books}


def test_goodreads_isbns_are_unwrapped_and_a_reimport_does_not_double(services: Services,
                                                                     librarian: Actor) -> None:
    path = DATA / "goodreads_library_export.csv"
    report = import_file(services, librarian, path)
    assert report.status == "imported", report.summary()
    assert report.counts["new"] == 3
    assert not [p for p in report.problems if p.field == "isbn"]
    found = titles(services)
    assert (found["The Catcher in the Rye"].isbn13, found["The Catcher in the Rye"].isbn10) == (
        "9780316769174", "0316769177")
    assert found["The Fellowship of the Ring (The Lord of the Rings, #1)"].isbn13 == "9780618346257"
    assert found["A Zine Without Numbers"].isbn13 is None
    assert found["The Catcher in the Rye"].extent == "277 p."
    again = import_file(services, librarian, path)
    assert again.counts["duplicate"] == 3 and again.counts["new"] == 0  # the one without ISBN too
    assert len(titles(services)) == 3


def test_librarything_roles(services: Services, librarian: Actor) -> None:
    report = import_file(services, librarian, DATA / "librarything_export.tsv")
    assert report.status == "imported", report.summary()
    found = {t: services.catalog.book(b.id) for t, b in titles(services).items()}
    magic = found["The colour of magic"]
    assert magic.authors == [("Pratchett, Terry", "author"), ("Planer, Nigel", "narrator"),
                             ("Kidby, Paul", "contributor"), ("Kirby, Josh", "illustrator")]
    unknown = [p for p in report.problems if "Cover designer" in p.reason]
    assert len(unknown) == 1 and "Kidby, Paul" in unknown[0].reason and unknown[0].severity == "warning"
    assert (magic.values["series"], magic.values["series_number"]) == ("Discworld", "1")
    assert magic.values["publisher"] == "Isis Audio" and magic.values["extent"] == "8 audio discs"
    assert [c.barcode for c in magic.copies] == ["LT-0001"]
    hobbit = found["The Hobbit"]
    assert hobbit.authors == [("Tolkien, J. R. R.", "author"), ("Anderson, Douglas A.", "editor"),
                              ("Tolkien, Christopher", "translator")]
    assert hobbit.values["isbn13"] == "9780618260300"


def test_libib_copies_and_prices(services: Services, librarian: Actor) -> None:
    path = DATA / "libib_library.csv"
    report = import_file(services, librarian, path)
    assert report.status == "imported", report.summary()
    assert report.copies_new == 4
    with services.library.read() as s:
        rows = s.execute(select(Book.title, Copy.barcode, Copy.price_cents, Copy.acquired)
                         .join(Copy, Copy.book_id == Book.id).order_by(Copy.id)).all()
    dune = [r for r in rows if r.title == "Dune"]
    assert len(dune) == 3 and {r.price_cents for r in dune} == {999}
    assert len({r.barcode for r in rows}) == 4 and all(r.barcode for r in rows)
    assert [r.price_cents for r in rows if r.title == "Local History Notes"] == [450]
    again = import_file(services, librarian, path)
    assert again.counts["duplicate"] == 2 and again.copies_new == 0
    assert any("not added" in p.reason for p in again.problems)
    with services.library.read() as s:
        assert len(s.scalars(select(Copy)).all()) == 4


def _library_picture(services: Services) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for row in services.search.page(limit=1000):
        view = services.catalog.book(row.id)
        v = view.values
        with services.library.read() as s:
            copies = sorted((c.barcode, c.call_number, c.location, c.price_cents, c.acquired, c.status, c.notes)
                            for c in s.scalars(select(Copy).where(Copy.book_id == row.id)))
        out.append((v["title"], v["subtitle"], v["isbn13"], v["publisher"], v["year"], v["series"],
                    v["series_number"], v["extent"], v["subjects"], v["links"], v["call_number"],
                    v["item_type"], tuple(view.authors), tuple(copies)))
    return sorted(out, key=repr)


def test_books_csv_export_then_import_restores_the_library(services: Services, librarian: Actor,
                                                           template_library: Path, tmp_path: Path) -> None:
    import shutil
    from datetime import date

    from desktop_app.config import Paths
    from desktop_app.services import open_library
    from desktop_app.services.catalog.input import BookInput, CopyInput
    from desktop_app.services.people.accounts import staff_actor

    add = services.catalog.add_book
    add(librarian, BookInput(title="Dune", isbn="9780441013593", series="Dune", series_number="1", year=1965,
                             extent="896 p.", links=["https://example.org/dune"], subjects=["Deserts -- Fiction"],
                             authors=[("Herbert, Frank", "author"), ("Schoenherr, John", "illustrator")]),
        copies=[CopyInput(barcode="C-1", call_number="SF HER", location="Main", price_cents=1250,
                          acquired=date(2020, 1, 2), notes="signed"),
                CopyInput(barcode="C-2", location="Store")])
    add(librarian, BookInput(title="Parish records", year=1998, authors=[("Smith, Ann", "editor")]),
        copies=[CopyInput(barcode="C-3")])
    add(librarian, BookInput(title="A title without copies", authors=[("Planer, Nigel", "narrator")]))
    services.catalog.set_copy_status(librarian, "C-2", "damaged")
    out = tmp_path / "books.csv"
    assert export(services, librarian, "books", out).rows == 3
    target = tmp_path / "empty"
    shutil.copytree(template_library, target)
    empty = Services(open_library(Paths(target)))
    try:
        admin = staff_actor(empty.accounts.get_staff("admin"))
        report = import_file(empty, admin, out)
        assert report.status == "imported", report.summary()
        assert report.counts["new"] == 3 and report.copies_new == 3
        assert _library_picture(empty) == _library_picture(services)
        again = import_file(empty, admin, out)
        assert again.counts["duplicate"] == 3 and again.copies_new == 0
    finally:
        empty.close()
