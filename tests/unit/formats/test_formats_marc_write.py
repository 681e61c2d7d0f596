"""MARC writing: write -> read gives equal BookRecords; pymarc reads what we write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pymarc
import pytest

from desktop_app.formats.marc_read import read_marc
from desktop_app.formats.marc_write import open_marc_writer, write_marc
from desktop_app.formats.records import AuthorCredit, BookRecord, CopyRecord, FormatError


def sample_books() -> list[BookRecord]:
    return [
        BookRecord(
            title="Cien años de soledad", subtitle="novela", isbn13="9780441013593",
            isbn10="0441013597", publisher="Editorial Sudamericana", year=1967,
            edition="1a ed", language="spa", series="Biblioteca ; 12",
            subjects=["Macondo (Imaginary place) -- Fiction", "Familias"],
            description="Saga de la familia Buendía.\nSegunda línea & <marcas>.",
            call_number="863 GAR",
            authors=[AuthorCredit("García Márquez, Gabriel", "author"),
                     AuthorCredit("Rabassa, Gregory", "translator"),
                     AuthorCredit("Müller, Jürgen", "illustrator")],
            copies=[
                CopyRecord("31000001", "863 GAR", "Adult fiction", None, 2450, date(2021, 3, 4), "Gift"),
                CopyRecord("31000002", "863 GAR c.2", "Stacks", "lost"),
                CopyRecord("31000003", status="not_for_loan", price_cents=5),
            ],
        ),
        BookRecord(title="Dune", source_ref=""),
        BookRecord(
            title="Anthology of Czech poems", isbn13="9791032305690", year=None,
            authors=[AuthorCredit("Čapek, Karel", "editor")], item_type="audiobook",
            language="cze",
        ),
    ]


@pytest.mark.parametrize("fmt", ["marc", "marcxml"])
def test_round_trip_equality(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    originals = sample_books()
    assert write_marc(path, originals, fmt=fmt) == 3  # type: ignore[arg-type]
    read_back = list(read_marc(path))
    for n, book in enumerate(originals, start=1):
        book.source_ref = f"record {n}"
    assert all(isinstance(book.marc, bytes) and book.marc[9:10] == b"a" for book in read_back)  # kept whole
    for book in read_back:
        book.marc = None
    assert read_back == originals


def test_pymarc_reads_our_binary_and_xml(tmp_path: Path) -> None:
    binary, xml = tmp_path / "a.mrc", tmp_path / "a.xml"
    write_marc(binary, sample_books())
    write_marc(xml, sample_books(), fmt="marcxml")
    with open(binary, "rb") as fh:
        records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=False))
    assert records[0].leader[9] == "a"
    assert records[0]["245"]["a"] == "Cien años de soledad :"
    assert [f["p"] for f in records[0].get_fields("952")] == ["31000001", "31000002", "31000003"]
    assert records[0]["700"]["4"] == "trl"
    parsed = pymarc.parse_xml_to_array(str(xml))
    assert [r["245"]["a"] for r in parsed] == ["Cien años de soledad :", "Dune", "Anthology of Czech poems"]


def test_writer_refuses_an_oversized_record_and_the_file_stays_valid(tmp_path: Path) -> None:
    path = tmp_path / "big.mrc"
    with open_marc_writer(path) as writer:
        writer.write(BookRecord(title="Before"))
        with pytest.raises(FormatError, match="big.mrc, record 2: 'Huge': field 520"):
            writer.write(BookRecord(title="Huge", description="x" * 20000))
        writer.write(BookRecord(title="After"))
    assert [b.title for b in read_marc(path)] == ["Before", "After"]  # type: ignore[union-attr]
