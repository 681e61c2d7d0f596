"""Write :class:`BookRecord`s as MARC21 binary (UTF-8) or MARCXML, one record at a time.

Usage::

    with open_marc_writer(path, fmt="marcxml") as writer:
        for book in books:
            writer.write(book)

Each ``write`` encodes and writes one record, so exporting a million titles needs no more
memory than one record. Copies are written as Koha-style 952 fields. A book that cannot be
encoded (a field longer than MARC21 allows) raises :class:`FormatError` *before* anything of it
is written, so the caller may skip it and go on with a file that stays valid.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from desktop_app.formats.marc_map import book_to_raw
from desktop_app.formats.marc_merge import merge_record
from desktop_app.formats.marc_raw import RawRecord, build_record
from desktop_app.formats.records import BookRecord, FormatError, MarcFormat, Problem

MARC_NS = "http://www.loc.gov/MARC21/slim"


def record_to_xml(record: RawRecord) -> str:
    """One ``<record>`` element (no namespace prefix; the collection sets the default)."""
    out = ["<record>", f"<leader>{escape(record.leader)}</leader>"]
    for f in record.fields:
        if f.value is not None:
            out.append(f"<controlfield tag={quoteattr(f.tag)}>{escape(f.value)}</controlfield>")
            continue
        out.append(
            f"<datafield tag={quoteattr(f.tag)} ind1={quoteattr(f.ind1)} ind2={quoteattr(f.ind2)}>"
        )
        out.extend(
            f"<subfield code={quoteattr(c)}>{escape(v)}</subfield>" for c, v in f.subfields
        )
        out.append("</datafield>")
    out.append("</record>\n")
    return "".join(out)


class MarcWriter:
    """Streaming writer; ``count`` is the number of records written so far."""

    def __init__(self, path: str | os.PathLike[str], *, fmt: MarcFormat = "marc",
                 today: date | None = None) -> None:
        if fmt not in ("marc", "marcxml"):
            raise ValueError(f"unknown MARC format {fmt!r}; use 'marc' or 'marcxml'")
        self.path = Path(path)
        self.fmt: MarcFormat = fmt
        self.count = 0
        self._today = today
        self._fh: BinaryIO = open(self.path, "wb")  # noqa: SIM115 - closed by close()
        if fmt == "marcxml":
            self._fh.write(
                f'<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="{MARC_NS}">\n'
                .encode()
            )

    def write(self, book: BookRecord, *, kept: RawRecord | None = None, now: datetime | None = None) -> None:
        """Encode and append ``book``; raises FormatError if it cannot be encoded. With the
        title's ``kept`` record, that record is written with the book's changes merged in
        (``marc_merge``; ``now`` stamps its 005)."""
        if kept is not None:
            raw = merge_record(kept, book, now=now or datetime.now())
        else:
            raw = book_to_raw(book, today=self._today)
        try:
            data = build_record(raw)
        except ValueError as exc:
            where = book.source_ref or f"record {self.count + 1}"
            raise FormatError(Problem(self.path.name, where, None, f"{book.title!r}: {exc}")) from exc
        if self.fmt == "marcxml":
            raw.leader = data[:24].decode("ascii")
            data = record_to_xml(raw).encode("utf-8")
        self._fh.write(data)
        self.count += 1

    def close(self) -> None:
        """Finish the file (closing tag for MARCXML) and release it. Safe to call twice."""
        if self._fh.closed:
            return
        if self.fmt == "marcxml":
            self._fh.write(b"</collection>\n")
        self._fh.close()

    def __enter__(self) -> MarcWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_marc_writer(path: str | os.PathLike[str], *, fmt: MarcFormat = "marc",
                     today: date | None = None) -> MarcWriter:
    """Create (or overwrite) ``path`` and return a :class:`MarcWriter` for it."""
    return MarcWriter(path, fmt=fmt, today=today)


def write_marc(path: str | os.PathLike[str], books: Iterable[BookRecord], *,
               fmt: MarcFormat = "marc") -> int:
    """Write all ``books`` to ``path``; return how many were written."""
    with open_marc_writer(path, fmt=fmt) as writer:
        for book in books:
            writer.write(book)
        return writer.count
