"""CSV import of books and members into a real library: Libib- and LibraryThing-like
exports, Windows-1252 with semicolons, a user mapping, categories by code or name,
generated card numbers, duplicates by card number, all-or-nothing and keep-good."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import JournalEntry, Member
from desktop_app.domain.errors import InvalidInput
from desktop_app.services import Actor, Services
from desktop_app.services.interchange import detect_format, import_file

LIBIB = (
    "title,creators,first_name,last_name,ean_isbn13,upc_isbn10,description,publisher,publish_date,group,"
    "tags,notes,price,length,number_of_discs,number_of_players,age_group,ensemble,aspect_ratio,esrb,rating,"
    "review,review_date,status,began,completed,added,copies\n"
    "Dune,Frank Herbert,Frank,Herbert,9780441013593,0441013597,Desert planet,Ace,2005-08-02,,sf,,9.99,,,,,,,,,,,"
    ",,,2024-01-05,1\n"
    "\"Cien años de soledad\",Gabriel García Márquez,Gabriel,García Márquez,9780060883287,,,Harper,2006,,"
    "\"novel, classic\",,,,,,,,,,,,,,,,2024-02-01,1\n"
)


def test_libib_export_imports_with_authors_and_isbns(services: Services, librarian: Actor,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "libib.csv"
    path.write_text(LIBIB, encoding="utf-8-sig")
    assert detect_format(path) == "csv-books"
    report = import_file(services, librarian, path)
    assert report.status == "imported" and report.counts["new"] == 2, report.summary()
    dune = services.search.books("dune").ids[0]
    view = services.catalog.book(dune)
    assert view.values["isbn13"] == "9780441013593" and view.values["year"] == 2005
    assert view.authors == [("Herbert, Frank", "author")]
    cien = services.catalog.book(services.search.books("soledad").ids[0])
    assert cien.authors == [("García Márquez, Gabriel", "author")]
    assert cien.values["subjects"] == "novel; classic"


def test_windows_1252_semicolons_barcodes_and_mapping(services: Services, librarian: Actor,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "tabelle.csv"
    path.write_bytes("Buchtitel;Verfasser;Signatur;Exemplare\r\n"
                     "Der Zauberberg;Mann, Thomas;833 MAN;Z-1|Z-2\r\n"
                     "Die Blechtrommel;Grass, Günter;833 GRA;G-1\r\n".encode("cp1252"))
    with pytest.raises(InvalidInput):
        import_file(services, librarian, path, fmt="csv-books", mapping={"no_such_field": "Buchtitel"})
    failed = import_file(services, librarian, path, fmt="csv-books")
    assert failed.status == "failed" and "tabelle.csv, line 1: the first row is not a header row" in failed.message
    report = import_file(services, librarian, path, fmt="csv-books", mapping={
        "title": "Buchtitel", "authors": "Verfasser", "call_number": "Signatur", "barcode": "Exemplare"})
    assert report.status == "imported" and report.copies_new == 3, report.summary()
    grass = services.catalog.book(services.search.books("blechtrommel").ids[0])
    assert grass.authors == [("Grass, Günter", "author")]
    assert [(c.barcode, c.call_number) for c in grass.copies] == [("G-1", "833 GRA")]


MEMBERS = ("Card number,First name,Last name,Email,Category,Expires\n"
           "C-100,Ana,Ruiz,ana@example.org,adult,2027-01-31\n"
           ",Zoë,Dvořák,,Child,\n"
           "C-102,Olu,Okafor,,staff,\n")


def test_members_with_categories_and_generated_cards(services: Services, librarian: Actor,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text(MEMBERS, encoding="utf-8")
    assert detect_format(path) == "csv-members"
    report = import_file(services, librarian, path)
    assert report.status == "imported" and report.counts["new"] == 3, report.summary()
    with services.library.read() as s:
        members = {m.last_name: m for m in s.scalars(select(Member))}
        kinds = list(s.scalars(select(JournalEntry.kind)))
    assert members["Ruiz"].card_number == "C-100" and members["Ruiz"].category.code == "adult"
    assert str(members["Ruiz"].expires) == "2027-01-31"
    zoe = members["Dvořák"]
    assert zoe.category.code == "child" and len(zoe.card_number) == 11 and zoe.card_number.startswith("200")
    assert zoe.expires is not None and kinds.count("member_upsert") == 3
    assert services.search.members("dvorak")[0].card_number == zoe.card_number
    again = import_file(services, librarian, path)
    assert (again.counts["duplicate"], again.counts["new"]) == (2, 1)  # no card: always a new member
    path.write_text(MEMBERS.replace("ana@example.org", "ana@library.example"), encoding="utf-8")
    updated = import_file(services, librarian, path, mode="update")
    assert updated.counts["updated"] == 2
    assert services.members.get("C-100").email == "ana@library.example"


def test_bad_member_rows_all_or_nothing_or_kept(services: Services, librarian: Actor, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Card,Email,Type\n"
                    "\"Ruiz, Ana\",A1,ana@example.org,adult\n"
                    "Bob Stone,A2,not-an-email,adult\n"
                    "Cy Young,A3,,pensioner\n"
                    ",A4,,adult\n", encoding="utf-8")
    report = import_file(services, librarian, path)
    assert report.status == "rolled_back" and report.counts["bad"] == 3
    places = {(p.where, p.field) for p in report.errors}
    assert places == {("line 3", "email"), ("line 4", "category"), ("line 5", "name")}
    assert "people.csv, line 3, email: 'not-an-email' is not an email address" in report.message
    assert services.search.members("") == []
    kept = import_file(services, librarian, path, keep_good=True, report_path=tmp_path / "bad.csv")
    assert kept.status == "imported" and kept.counts["new"] == 1
    assert [m.card_number for m in services.search.members("")] == ["A1"]
    assert "pensioner" in (tmp_path / "bad.csv").read_text(encoding="utf-8-sig")


def test_dry_run_of_csv_books_reports_what_would_happen(services: Services, librarian: Actor,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "books.csv"
    path.write_text("Title,Author,ISBN,Year\nDune,\"Herbert, Frank\",9780441013594,1965\n"
                    "Emma,\"Austen, Jane\",,3025\n", encoding="utf-8")
    report = import_file(services, librarian, path, dry_run=True)
    assert report.status == "dry_run" and report.counts["new"] == 2
    warnings = {(p.where, p.field) for p in report.problems if p.severity == "warning"}
    assert warnings == {("line 2", "isbn"), ("line 3", "year")}
    assert services.reports.counts().titles == 0


def test_member_journal_rows_are_the_snapshots(services: Services, librarian: Actor, tmp_path: Path) -> None:
    from desktop_app.services.snapshots import member_data

    path = tmp_path / "m.csv"
    path.write_text("Card,First name,Last name,Joined\nK-9,Ana,Ruiz,2025-02-03\n", encoding="utf-8")
    import_file(services, librarian, path)
    with services.library.read() as s:
        entry = s.scalar(select(JournalEntry).where(JournalEntry.kind == "member_upsert"))
        member = s.scalar(select(Member))
        assert entry.args == member_data(member) and entry.entity_uuid == member.uuid


def test_item_types_of_a_csv_are_read_in_the_one_vocabulary(services: Services, librarian: Actor,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "media.csv"
    path.write_text("Title,Author,Type\nAlien,\"Scott, Ridley\",Blu-ray\nAbbey Road,Beatles,CD\n"
                    "Hamlet,\"Shakespeare, William\",Reference\nOddity,Nobody,Laserdisc\n", encoding="utf-8")
    report = import_file(services, librarian, path)
    assert report.status == "imported" and report.counts["new"] == 4
    warned = [p for p in report.problems if p.severity == "warning"]
    assert [(p.where, p.field) for p in warned] == [("line 5", "item_type")] and "Laserdisc" in warned[0].reason
    with services.library.read() as s:
        from sqlalchemy import select

        from desktop_app.db.models import Book

        kinds = dict(s.execute(select(Book.title, Book.item_type)).all())
    assert kinds == {"Alien": "dvd", "Abbey Road": "music", "Hamlet": "book", "Oddity": "other"}
