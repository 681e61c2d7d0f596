"""Export a populated library (the demo generator plus hand-made books with diacritics,
several authors with roles and several copies) and import it into an empty library: the same
catalogue (MARC21 and MARCXML). CSV exports: headers, BOM, row counts, members re-import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.config import Paths
from desktop_app.domain.errors import InvalidInput, PermissionDenied
from desktop_app.services import Actor, Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.demo import generate_demo
from desktop_app.services.interchange import export, import_file
from desktop_app.services.people.accounts import staff_actor

HAND_MADE = [
    (BookInput(title="Cien años de soledad", subtitle="edición conmemorativa", isbn="978-0-06-088328-7",
               publisher="Alfaguara", year=2007, language="spa", edition="1a ed.", series="Biblioteca ; 3",
               subjects=["Colombia -- Fiction", "Families"], description="Macondo.\nSeven generations.",
               call_number="863 GAR", authors=[("García Márquez, Gabriel", "author"),
                                                ("Rabassa, Gregory", "translator"),
                                                ("Ruiz Zafón, Carlos", "editor")]),
     [CopyInput(barcode="RT-0001", location="Ficción"), CopyInput(barcode="RT-0002", call_number="863 GAR c.2",
                                                                  location="Depósito", price_cents=1999)]),
    (BookInput(title="Øresund: bridges", authors=[("Nørgaard, Søren", "editor"), ("Dvořák, Zoë", "author")],
               item_type="map", call_number="914.89 NOR"),
     [CopyInput(barcode="RT-0003", location="Maps")]),
]


def catalogue(services: Services) -> list[tuple[object, ...]]:
    """Every title with the fields that must survive, sorted (titles may repeat)."""
    out = []
    ids = list(services.search.books("").ids)
    for book_id in ids:
        view = services.catalog.book(book_id)
        v = view.values
        out.append((v["title"], v["subtitle"], v["isbn13"], v["publisher"], v["year"], v["edition"], v["language"],
                    v["series"], v["subjects"], v["description"], v["item_type"], v["call_number"],
                    tuple(view.authors),
                    tuple(sorted((c.barcode, c.call_number, c.location) for c in view.copies))))
    return sorted(out, key=repr)


@pytest.fixture
def populated(services: Services, admin: Actor) -> Services:
    generate_demo(services, admin, books=200)
    for data, copies in HAND_MADE:
        services.catalog.add_book(admin, data, copies=copies)
    return services


@pytest.fixture
def empty(template_library: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "empty"
    shutil.copytree(template_library, folder)
    svc = Services(open_library(Paths(folder)))
    yield svc
    svc.close()


@pytest.mark.parametrize("kind", ["marc", "marcxml"])
def test_marc_round_trip_gives_the_same_catalogue(populated: Services, empty: Services, admin: Actor,
                                                  tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"catalogue.{kind}"
    seen: list[tuple[int, int]] = []
    result = export(populated, admin, kind, path, progress=lambda d, t: seen.append((d, t)))
    assert result.rows == 202 and result.skipped == 0 and seen[-1] == (202, 202)
    assert not path.with_name(path.name + ".part").exists()
    other_admin = staff_actor(empty.accounts.get_staff("admin"))
    report = import_file(empty, other_admin, path)
    assert report.status == "imported", report.summary()
    assert report.counts["new"] == 202 and report.counts["bad"] == 0
    before, after = catalogue(populated), catalogue(empty)
    assert len(after) == 202
    assert after == before
    cien = next(b for b in after if b[0] == "Cien años de soledad")
    assert cien[12] == (("García Márquez, Gabriel", "author"), ("Rabassa, Gregory", "translator"),
                        ("Ruiz Zafón, Carlos", "editor"))
    assert cien[13] == (("RT-0001", "863 GAR", "Ficción"), ("RT-0002", "863 GAR c.2", "Depósito"))


def _csv(path: Path) -> list[str]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return raw.decode("utf-8-sig").splitlines()


def test_csv_exports(populated: Services, empty: Services, admin: Actor, tmp_path: Path) -> None:
    counts = populated.reports.counts()
    expected = {"books": counts.titles, "copies": counts.copies, "members": counts.members,
                "overdue": len(populated.reports.overdue(admin))}
    for kind, rows in expected.items():
        result = export(populated, admin, kind, tmp_path / f"{kind}.csv")
        lines = len(_csv(tmp_path / f"{kind}.csv"))
        assert result.rows == rows, kind
        if kind == "books":  # one line per copy; a title without copies has one line too
            with populated.library.read() as s:
                no_copies = s.scalar(text("SELECT count(*) FROM books b WHERE NOT EXISTS "
                                          "(SELECT 1 FROM copies c WHERE c.book_id = b.id)"))
            assert lines == counts.copies + no_copies + 1
        else:
            assert lines == rows + 1, kind
    loans = export(populated, admin, "loans", tmp_path / "loans.csv")
    assert loans.rows >= counts.on_loan > 0
    books = _csv(tmp_path / "books.csv")
    assert books[0].startswith("Title,Subtitle,Authors,Secondary Authors,Secondary Author Roles,ISBN")
    cien = [line for line in books if line.startswith("Cien años de soledad,")]
    assert [any(b in line for line in cien) for b in ("RT-0001", "RT-0002")] == [True, True]
    assert _csv(tmp_path / "overdue.csv")[0].endswith("Due,Days overdue")
    other_admin = staff_actor(empty.accounts.get_staff("admin"))
    report = import_file(empty, other_admin, tmp_path / "members.csv")
    assert report.status == "imported" and report.counts["new"] == counts.members, report.summary()
    original = sorted((m.card_number, m.name, m.category) for m in populated.search.members("", limit=10_000))
    copied = sorted((m.card_number, m.name, m.category) for m in empty.search.members("", limit=10_000))
    assert copied == original
    book_report = import_file(empty, other_admin, tmp_path / "books.csv")
    assert book_report.status == "imported" and book_report.counts["new"] == counts.titles
    assert book_report.copies_new == counts.copies  # the copies come back with their titles


def test_export_roles_and_kinds(populated: Services, desk: Actor, tmp_path: Path) -> None:
    assert export(populated, desk, "overdue", tmp_path / "o.csv").rows >= 0
    with pytest.raises(PermissionDenied):
        export(populated, desk, "members", tmp_path / "m.csv")
    with pytest.raises(InvalidInput):
        export(populated, desk, "fees", tmp_path / "f.csv")
    assert not (tmp_path / "m.csv").exists()
