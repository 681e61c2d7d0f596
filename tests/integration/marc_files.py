"""MARC files for the record tests: one made with pymarc, and pymarc (an independent reader)
reading records back as comparable shapes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymarc

Shape = tuple[Any, ...]


def desk_made(path: Path) -> Path:
    """A file of our own, made with pymarc: series (440, 490, 800, 830), links (856), name,
    corporate, uniform-title and genre subjects (600/610/630/655), a narrator and a relator
    Library Desk does not know (700 $e), no ISBN, a control number with its agency."""
    def df(tag: str, ind: tuple[str, str], *subs: str) -> pymarc.Field:
        pairs = [pymarc.Subfield(subs[i], subs[i + 1]) for i in range(0, len(subs), 2)]
        return pymarc.Field(tag=tag, indicators=pymarc.Indicators(*ind), subfields=pairs)

    one = pymarc.Record(force_utf8=True, leader="00000nim a2200000 i 4500")
    one.add_field(
        pymarc.Field(tag="001", data="dm000001"), pymarc.Field(tag="003", data="XxLD"),
        pymarc.Field(tag="005", data="20200101120000.0"),
        pymarc.Field(tag="008", data="200101s2019    xxu||||| |||| 00| 0 eng d"),
        df("040", (" ", " "), "a", "XxLD", "b", "eng", "e", "rda", "c", "XxLD"),
        df("100", ("1", " "), "a", "Pratchett, Terry,", "d", "1948-2015,", "e", "author."),
        df("245", ("1", "4"), "a", "The colour of magic /", "c", "Terry Pratchett ; read by Nigel Planer."),
        df("250", (" ", " "), "a", "Unabridged."),
        df("264", (" ", "1"), "a", "London :", "b", "Isis Audio,", "c", "2019."),
        df("300", (" ", " "), "a", "8 audio discs (9 hr.) :", "b", "digital ;", "c", "4 3/4 in."),
        df("440", (" ", "0"), "a", "Discworld ;", "v", "1"),
        df("490", ("1", " "), "a", "Discworld series ;", "v", "v. 1"),
        df("600", ("1", "0"), "a", "Rincewind", "c", "(Fictitious character)", "v", "Fiction."),
        df("610", ("2", "0"), "a", "Unseen University", "v", "Fiction."),
        df("630", ("0", "0"), "a", "Octavo", "v", "Fiction."),
        df("650", (" ", "7"), "a", "Wizards", "2", "fast", "0", "(OCoLC)fst01177288"),
        df("655", (" ", "7"), "a", "Audiobooks.", "2", "lcgft"),
        df("700", ("1", " "), "a", "Planer, Nigel,", "e", "narrator."),
        df("700", ("1", " "), "a", "Kidby, Paul,", "e", "cover designer.", "4", "cov"),
        df("800", ("1", " "), "a", "Pratchett, Terry,", "d", "1948-2015.", "t", "Discworld ;", "v", "1."),
        df("830", (" ", "0"), "a", "Discworld (Audio) ;", "v", "1."),
        df("856", ("4", "1"), "u", "https://example.org/colour-of-magic", "z", "Publisher's page"),
        df("856", ("4", "2"), "3", "Cover", "u", "https://example.org/cover.jpg"),
    )
    two = pymarc.Record(force_utf8=True, leader="00000nam a2200000 i 4500")
    two.add_field(
        pymarc.Field(tag="001", data="dm000002"), pymarc.Field(tag="003", data="XxLD"),
        df("245", ("0", "0"), "a", "Örtliche Sagen und Bräuche :", "b", "eine Sammlung /",
           "c", "herausgegeben von Jörg Maß."),
        df("260", (" ", " "), "a", "Zürich :", "b", "Verlag Æbelø,", "c", "1987."),
        df("650", (" ", "0"), "a", "Legends", "z", "Switzerland."),
        df("700", ("1", " "), "a", "Maß, Jörg,", "e", "editor.", "4", "edt"),
    )
    path.write_bytes(one.as_marc() + two.as_marc())
    return path


def read_back(path: Path) -> list[pymarc.Record]:
    """The records of a file as pymarc reads them (MARC-8 turned to Unicode); broken ones left out."""
    if path.suffix == ".xml":
        return list(pymarc.parse_xml_to_array(str(path)))
    with open(path, "rb") as fh:
        return [r for r in pymarc.MARCReader(fh, to_unicode=True, permissive=True) if r is not None]


def shape(record: pymarc.Record) -> list[Shape]:
    out: list[Shape] = []
    for f in record.fields:
        if f.tag in ("005", "952"):
            continue
        if f.is_control_field():
            out.append((f.tag, f.data))
        else:
            out.append((f.tag, f.indicator1, f.indicator2, tuple((s.code, s.value) for s in f.subfields)))
    return out


def by_title(records: list[pymarc.Record]) -> dict[str, pymarc.Record]:
    return {r["245"]["a"]: r for r in records}


