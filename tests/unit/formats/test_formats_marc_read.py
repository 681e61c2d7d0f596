"""Reading MARC21 binary and MARCXML: the shared real files and hand-made broken ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from formats_marc_builder import field, iso2709

from desktop_app.formats.marc_raw import parse_record
from desktop_app.formats.marc_read import read_marc
from desktop_app.formats.records import AuthorCredit, BookRecord, CopyRecord, Problem

DATA = Path(__file__).resolve().parents[2] / "data" / "marc"


def read_all(path: Path, **kw: str) -> list[BookRecord | Problem]:
    return list(read_marc(path, **kw))  # type: ignore[arg-type]


def books(items: list[BookRecord | Problem]) -> list[BookRecord]:
    return [i for i in items if isinstance(i, BookRecord)]


def problems(items: list[BookRecord | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


def test_marc_dat_computer_books() -> None:
    items = read_all(DATA / "marc.dat")
    assert problems(items) == []
    got = books(items)
    assert len(got) == 20
    first = got[0]
    assert first.title == "The pragmatic programmer"
    assert first.subtitle == "from journeyman to master"
    assert first.isbn10 == "020161622X" and first.isbn13 == "9780201616224"
    assert first.authors == [AuthorCredit("Hunt, Andrew", "author"), AuthorCredit("Thomas, David", "author")]
    assert (first.publisher, first.year, first.language) == ("Addison-Wesley", 2000, "eng")
    assert first.call_number == "005.1"
    assert first.subjects == ["Computer programming"]
    assert first.source_ref == "record 1"
    web = got[5]
    assert web.title == "Web programming"
    assert [a.name for a in web.authors] == [
        "Thiruvathukal, George K.", "Shafaee, John P.", "Christopher, Thomas W."]
    assert web.subjects == ["Internet programming", "Web sites -- Design"]
    # "1565926218 (pbk. : alk. paper)": the qualifier is not part of the number
    assert got[6].isbn10 == "1565926218"
    # Cormen is credited once although a second 700 names him with a title ($t)
    assert got[18].authors == [AuthorCredit("Cormen, Thomas H.", "author")]
    assert got[19].title == "ANSI Common Lisp" and got[19].year == 1996
    assert [b.source_ref for b in got] == [f"record {n}" for n in range(1, 21)]


def test_test_dat_perl_books() -> None:
    got = books(read_all(DATA / "test.dat"))
    assert [b.title for b in got[:3]] == ["ActivePerl with ASP and ADO", "Programming the Perl DBI", "Perl"]
    assert got[2].subtitle == "programmer's reference" and got[2].isbn13 is None
    assert got[2].authors == [AuthorCredit("Brown, Martin C.", "author")]
    assert got[5].subjects == ["Perl (Computer program language) -- Congresses"]
    assert [a.name for a in got[7].authors] == ["Wall, Larry", "Christiansen, Tom", "Orwant, Jon"]
    assert len(got) == 10


def test_marc8_record_is_decoded() -> None:
    items = read_all(DATA / "marc8.dat")
    assert problems(items) == []
    (book,) = books(items)
    assert book.title == "Escape from loneliness"
    assert book.authors == [AuthorCredit("Tournier, Paul", "author")]
    assert (book.publisher, book.year, book.language) == ("Westminster Press", 1962, "eng")
    assert book.call_number == "BF575.L7 T68 1962"  # local 090 wins over 050
    assert book.subjects == ["Loneliness", "Self", "Social psychology", "Social Isolation"]
    raw = parse_record((DATA / "marc8.dat").read_bytes())
    assert raw.first("240").get("a") == "De la solitude à la communauté."  # type: ignore[union-attr]


def test_marcxml_files() -> None:
    (zen,) = books(read_all(DATA / "utf8.xml"))
    assert (zen.title, zen.publisher, zen.year, zen.item_type) == ("Zen Classics", "Virgin Classics", 2008, "music")
    ray, white_house = books(read_all(DATA / "batch.xml"))
    assert ray.title == "The Great Ray Charles" and ray.year == 1957 and ray.language == "eng"
    assert ray.subjects == ["Jazz -- 1951-1960", "Piano with jazz ensemble"]
    assert white_house.title == "The White House" and white_house.item_type == "software"


def test_bad_records_yield_readable_ones_and_name_the_rest() -> None:
    items = read_all(DATA / "bad_records.mrc")
    assert [b.source_ref for b in books(items)] == ["record 1", "record 8"]
    assert all(b.title == "The pragmatic programmer" for b in books(items))
    errors = problems(items)
    assert [p.where for p in errors] == [f"record {n}" for n in range(2, 8)]
    assert all(p.severity == "error" and p.source == "bad_records.mrc" for p in errors)
    assert "base address" in errors[0].reason
    assert "directory" in errors[2].reason
    assert "'f0037'" in errors[4].reason
    assert "no fields" in errors[5].reason
    assert str(errors[0]).startswith("bad_records.mrc, record 2: ")


def test_progress_position_reaches_size(tmp_path: Path) -> None:
    path = tmp_path / "marc.dat"
    shutil.copy(DATA / "marc.dat", path)
    reader = read_marc(path)
    seen = []
    for _ in reader:
        seen.append(reader.position)
    assert seen == sorted(seen) and seen[-1] == reader.size == path.stat().st_size
    assert reader.count == 20


def _utf8_record(title: str, *extra: tuple[str, bytes]) -> bytes:
    return iso2709([("245", field("10", ("a", title.encode()))), *extra], coding="a")


def test_hand_made_marc8_and_utf8_with_diacritics_and_copies(tmp_path: Path) -> None:
    marc8 = iso2709([
        ("100", field("1 ", ("a", b"Dvo\xe9r\xe2ak, Anton\xe2in,"), ("e", b"composer."))),
        ("245", field("10", ("a", b"M\xe8uller aus \xa1\xe2od\xe2z :"), ("b", b"Lieder /"))),
        ("700", field("1 ", ("a", b"Nov\xe2ak, Jan"), ("4", b"trl"))),
        ("952", field("  ", ("p", b"31000001"), ("o", b"780 DVO"), ("c", b"Music"), ("g", b"12.50"),
                      ("d", b"2023-04-01"))),
        ("952", field("  ", ("p", b"31000002"), ("1", b"1"))),
        ("852", field("  ", ("b", b"Main"), ("h", b"780"), ("i", b"DVO"), ("p", b"31000003"))),
    ])
    utf8 = _utf8_record("Čapek: R.U.R.", ("100", field("1 ", ("a", "Čapek, Karel".encode()), ("e", b"editor"))))
    path = tmp_path / "mixed.mrc"
    path.write_bytes(marc8 + utf8)
    first, second = read_all(path)
    assert isinstance(first, BookRecord) and isinstance(second, BookRecord)
    assert first.title == "Müller aus Łódź" and first.subtitle == "Lieder"
    assert first.authors == [AuthorCredit("Dvořák, Antonín", "author"), AuthorCredit("Novák, Jan", "translator")]
    assert first.copies == [
        CopyRecord("31000001", "780 DVO", "Music", None, 1250, __import__("datetime").date(2023, 4, 1)),
        CopyRecord("31000002", status="lost"),
        CopyRecord("31000003", "780 DVO", "Main"),
    ]
    assert second.title == "Čapek: R.U.R" and second.authors == [AuthorCredit("Čapek, Karel", "editor")]


def test_broken_records_are_named_and_reading_goes_on(tmp_path: Path) -> None:
    good = _utf8_record("Good one")
    wrong_leader = b"abcde" + _utf8_record("Wrong leader")[5:]
    bad_dir = bytearray(_utf8_record("Bad directory"))
    bad_dir[27:31] = b"99xx"
    bad_escape = iso2709([("245", field("10", ("a", b"Bad \x1b(Zescape")))])
    bad_utf8 = _utf8_record("x", ("500", field("  ", ("a", b"caf\xe9"))))
    path = tmp_path / "broken.mrc"
    path.write_bytes(good + wrong_leader + bytes(bad_dir) + bad_escape + bad_utf8 + good + good[:40])
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["BookRecord"] + ["Problem"] * 4 + ["BookRecord", "Problem"]
    p = {i.where: i for i in problems(items)}
    assert str(p["record 2"]).startswith("broken.mrc, record 2: leader is not a MARC21 leader")
    assert "directory entry 1 is damaged" in p["record 3"].reason
    assert "escape" in p["record 4"].reason and p["record 4"].field == "245"
    assert "not valid UTF-8 (byte 0xE9" in p["record 5"].reason and p["record 5"].field == "500"
    assert "truncated" in p["record 7"].reason
    assert books(items)[1].source_ref == "record 6"


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for name, content in (("empty.mrc", b""), ("blank.mrc", b"\n\n")):
        path = tmp_path / name
        path.write_bytes(content)
        (problem,) = read_all(path)
        assert isinstance(problem, Problem) and str(problem) == f"{name}: the file is empty: it holds no records"


def test_xml_that_is_not_marcxml(tmp_path: Path) -> None:
    rss = tmp_path / "feed.xml"
    rss.write_text('<?xml version="1.0"?><rss><channel/></rss>')
    (problem,) = read_all(rss)
    assert isinstance(problem, Problem) and "not MARCXML" in problem.reason and "<rss>" in problem.reason
    other_ns = tmp_path / "other.xml"
    other_ns.write_text('<collection xmlns="http://example.org/x"><record/></collection>')
    (problem,) = read_all(other_ns)
    assert isinstance(problem, Problem) and "http://example.org/x" in problem.reason


def test_broken_xml_keeps_records_before_the_break(tmp_path: Path) -> None:
    ns = "http://www.loc.gov/MARC21/slim"
    rec = ('<record><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="0" ind2="0">'
           '<subfield code="a">{}</subfield></datafield></record>')
    path = tmp_path / "cut.xml"
    path.write_text(f'<collection xmlns="{ns}">' + rec.format("One") + rec.format("Two")[:60])
    one, problem = read_all(path)
    assert isinstance(one, BookRecord) and one.title == "One"
    assert isinstance(problem, Problem) and problem.where == "record 2" and "XML is broken" in problem.reason


def test_format_can_be_forced(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    shutil.copy(DATA / "batch.xml", path)
    assert len(books(read_all(path, fmt="marcxml"))) == 2
    assert isinstance(read_all(path, fmt="marc")[0], Problem)


def test_record_without_title_is_an_error_and_bad_isbn_a_warning(tmp_path: Path) -> None:
    no_title = iso2709([("100", field("1 ", ("a", b"Nobody")))], coding="a")
    bad_isbn = _utf8_record("Has bad ISBN", ("020", field("  ", ("a", b"9780441013594"))))
    path = tmp_path / "t.mrc"
    path.write_bytes(no_title + bad_isbn)
    problem, book, warning = read_all(path)
    assert isinstance(problem, Problem) and problem.severity == "error" and problem.field == "245"
    assert isinstance(book, BookRecord) and book.isbn13 is None
    assert isinstance(warning, Problem) and warning.severity == "warning" and warning.where == "record 2"
    assert "expected 3" in warning.reason


@pytest.mark.parametrize("name", ["marc.dat", "test.dat", "marc8.dat", "utf8.xml", "batch.xml", "bad_records.mrc"])
def test_every_shared_file_is_read_to_the_end(name: str) -> None:
    reader = read_marc(DATA / name)
    assert list(reader)
    assert reader.position == reader.size
