"""CSV import and export: encodings, delimiters, known exports, mapping, broken files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.formats.csv_read import read_books_csv, read_members_csv
from desktop_app.formats.csv_write import write_csv
from desktop_app.formats.records import AuthorCredit, BookRecord, CopyRecord, FormatError, MemberRecord, Problem

LIBIB = (
    "title,creators,first_name,last_name,ean_isbn13,upc_isbn10,description,publisher,publish_date,"
    "group,tags,notes,price,length,number_of_discs,number_of_players,age_group,ensemble,aspect_ratio,"
    "esrb,rating,review,review_date,status,began,completed,added,copies\r\n"
    'Dune,Frank Herbert,Frank,Herbert,9780441013593,0441013597,"Spice, sand",Ace,2005-08-02,,'
    '"sci-fi, classics",,9.99,,,,,,,,5,,,Not begun,,,2024-01-05,1\r\n'
)
LIBRARYTHING = (
    "Title\tPrimary Author\tSecondary Author\tSecondary Author Roles\tPublication\tDate\tISBNs\tISBN\t"
    "Subjects\tTags\tCollections\tLanguage\tCall Number/LCC/Dewey\tBarcode\tSummary\tSeries\n"
    "Le Petit Prince\tSaint-Exupéry, Antoine de\tWoods, Katherine\tTranslator\t"
    "Harcourt (2000), Edition: 1st\t2000\t0152023984, 9780152023980\t[0152023984]\t"
    "Fables | Princes\tkids\tYour library\tFrench\t843.912\t31000007; 31000008\t"
    "The little prince by Saint-Exupéry\tPetit Prince ; 1\n"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_libib_export(tmp_path: Path) -> None:
    reader = read_books_csv(write(tmp_path / "libib.csv", LIBIB))
    (book,) = list(reader)
    assert isinstance(book, BookRecord)
    assert book.title == "Dune" and book.authors == [AuthorCredit("Herbert, Frank", "author")]
    assert (book.isbn13, book.isbn10, book.publisher, book.year) == ("9780441013593", "0441013597", "Ace", 2005)
    assert book.description == "Spice, sand" and book.subjects == ["sci-fi", "classics"]
    # Libib counts copies ("copies" 1) and prices them: one copy whose barcode is generated
    assert [(c.barcode, c.price_cents) for c in book.copies] == [("", 999)] and book.source_ref == "line 2"
    assert reader.position == reader.size


def test_librarything_tab_export(tmp_path: Path) -> None:
    reader = read_books_csv(write(tmp_path / "LibraryThing_export.tsv", LIBRARYTHING))
    assert reader.delimiter == "\t"
    (book,) = list(reader)
    assert isinstance(book, BookRecord)
    assert book.authors == [AuthorCredit("Saint-Exupéry, Antoine de", "author"),
                            AuthorCredit("Woods, Katherine", "translator")]
    assert (book.publisher, book.year, book.isbn13, book.language) == ("Harcourt", 2000, "9780152023980", "fre")
    assert book.subjects == ["Fables", "Princes", "kids"]
    assert book.call_number == "843.912" and (book.series, book.series_number) == ("Petit Prince", "1")
    assert [c.barcode for c in book.copies] == ["31000007", "31000008"]
    assert all(c.call_number == "843.912" for c in book.copies)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ",", True), ("utf-8", ";", False), ("cp1252", "\t", False), ("cp1252", ";", False)],
)
def test_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str, bom: bool) -> None:
    rows = [["Title", "Author(s)", "ISBN", "Year", "Barcode", "Price", "Call number", "Location"],
            ["Café crème", "Dupré, Jérôme; Noël, Zoé", "978-0-441-01359-3", "1999", "31000001",
             "12,50 €", "843 DUP", "Salle 1"]]
    text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c or "," in c else c for c in r) for r in rows) + "\r\n"
    data = ("\ufeff" if bom else "") + text
    path = tmp_path / "books.csv"
    path.write_bytes(data.encode("utf-8") if encoding == "utf-8" else data.encode(encoding))
    reader = read_books_csv(path)
    assert reader.delimiter == delimiter
    (book,) = list(reader)
    assert isinstance(book, BookRecord)
    assert book.title == "Café crème"
    assert book.authors == [AuthorCredit("Dupré, Jérôme"), AuthorCredit("Noël, Zoé")]
    assert book.copies == [CopyRecord("31000001", "843 DUP", "Salle 1", None, 1250)]
    assert (book.isbn13, book.year) == ("9780441013593", 1999)


def test_mapping_overrides_headers(tmp_path: Path) -> None:
    path = write(tmp_path / "fr.csv", "Nom du livre;Auteur;Title\nLe Horla;Maupassant, Guy de;ignored\n")
    (book,) = list(read_books_csv(path, mapping={"title": "nom du livre", "authors": "AUTEUR"}))
    assert isinstance(book, BookRecord)
    assert book.title == "Le Horla" and book.authors == [AuthorCredit("Maupassant, Guy de")]
    with pytest.raises(FormatError, match="fr.csv, header row: the column 'Titre'"):
        read_books_csv(path, mapping={"title": "Titre"})


def test_no_header_and_missing_title_column(tmp_path: Path) -> None:
    no_header = write(tmp_path / "noheader.csv", "Dune,Frank Herbert,9780441013593\n")
    with pytest.raises(FormatError, match=r"^noheader.csv, line 1: the first row is not a header row"):
        read_books_csv(no_header)
    no_title = write(tmp_path / "notitle.csv", "Author,ISBN\nHerbert,9780441013593\n")
    with pytest.raises(FormatError, match=r"^notitle.csv, line 1, title: there is no title column"):
        read_books_csv(no_title)
    empty = write(tmp_path / "empty.csv", "")
    with pytest.raises(FormatError, match="empty.csv: the file is empty"):
        read_books_csv(empty)


def test_bad_values_are_warnings_on_the_physical_line(tmp_path: Path) -> None:
    text = ('Title,Description,Year,ISBN,Barcode,Acquired\n'
            '"One","two\nline description",soon,978-0-441-01359-4,31000001,31/02/2024\n'
            '\n'
            ',no title,2001,,,\n'
            'Three,,2003,,31000003,05.03.2024\n')
    items = list(read_books_csv(write(tmp_path / "b.csv", text)))
    one, w_isbn, w_year, w_date, untitled, three = items
    assert isinstance(one, BookRecord) and one.source_ref == "line 2"
    assert one.year is None and one.isbn13 is None and one.copies[0].acquired is None
    assert [(w.field, w.where, w.severity) for w in (w_isbn, w_year, w_date)] == [
        ("isbn", "line 2", "warning"), ("year", "line 2", "warning"), ("acquired", "line 2", "warning")]
    assert str(w_year) == "b.csv, line 2, year: 'soon' is not a year"
    assert "expected 3" in w_isbn.reason
    assert isinstance(untitled, Problem) and untitled.where == "line 5" and untitled.severity == "error"
    assert isinstance(three, BookRecord) and three.source_ref == "line 6"
    assert three.copies[0].acquired == date(2024, 3, 5)


def test_members(tmp_path: Path) -> None:
    text = ("Card number;Name;E-mail;Phone;Address;City;Category;Joined;Expiry date;Notes\n"
            "20000017;Ruiz, Ana;ana@example.org;555 0101;1 Main St;Springfield;ADULT;2024-01-15;31.12.2026;\n"
            "20000018;Tomás de la Cruz;;;;;CHILD;15/01/2024;2026-13-01;Allergic to cats\n"
            ";;;;;;;;;only a note\n")
    items = list(read_members_csv(write(tmp_path / "m.csv", text, "cp1252")))
    ana, tomas, warning, nameless = items
    assert ana == MemberRecord("20000017", "Ana", "Ruiz", "ana@example.org", "555 0101",
                               "1 Main St, Springfield", "ADULT", date(2024, 1, 15),
                               date(2026, 12, 31), None, "line 2")
    assert isinstance(tomas, MemberRecord)
    assert (tomas.first_name, tomas.last_name, tomas.joined, tomas.expires) == (
        "Tomás", "de la Cruz", date(2024, 1, 15), None)
    assert isinstance(warning, Problem) and warning.field == "expires" and warning.where == "line 3"
    assert isinstance(nameless, Problem) and nameless.field == "name" and nameless.where == "line 4"


def test_members_need_name_columns(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="m.csv, line 1, name: there is no name column"):
        read_members_csv(write(tmp_path / "m.csv", "Card,Email\n1,a@b.c\n"))


def test_write_csv_for_excel_and_read_it_back(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    rows = [{"card": "20000017", "first": "Ana", "last": "=HYPERLINK(\"x\")", "joined": date(2024, 1, 15)},
            {"card": "20000018", "first": "Zoé", "last": "Noël, Jr", "joined": None, "extra": "ignored"}]
    n = write_csv(path, ["card", "first", "last", "joined"], iter(rows),
                  headers=["Card number", "First name", "Last name", "Joined"])
    assert n == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfCard number,First name,Last name,Joined\r\n")
    assert "'=HYPERLINK(\"\"x\"\")" in raw.decode("utf-8-sig")
    back = [m for m in read_members_csv(path) if isinstance(m, MemberRecord)]
    assert [(m.card_number, m.first_name, m.last_name, m.joined) for m in back] == [
        ("20000017", "Ana", "=HYPERLINK(\"x\")", date(2024, 1, 15)),  # the escape is undone
        ("20000018", "Zoé", "Noël, Jr", None)]
