"""Stream catalogue records out of MARC21 binary (UTF-8 or MARC-8) and MARCXML files.

Contract of :func:`read_marc`: it returns a :class:`MarcReader`, an iterator that yields, in
file order, one :class:`BookRecord` *or* one error :class:`Problem` per record (``where`` and
``source_ref`` are "record N", counting from 1), followed by any warning problems for that
record. A broken binary record does not stop the reading: the reader resynchronises on the
next record terminator (0x1D). Broken XML stops at the break (XML cannot be resynchronised).
``reader.position`` / ``reader.size`` give bytes consumed and file size for a progress bar.
Nothing is held in memory beyond the record being read.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.formats.marc_map import raw_to_book
from desktop_app.formats.marc_raw import (
    DEFAULT_LEADER,
    RECORD_END,
    MarcField,
    RawRecord,
    RecordError,
    build_record,
    parse_record,
)
from desktop_app.formats.records import BookRecord, MarcFormat, Problem

MARC_NS = "http://www.loc.gov/MARC21/slim"
_BLOCK = 1 << 16
MAX_RECORD = 99_999
_WHITESPACE = b" \t\r\n\x00"


def detect_format(head: bytes) -> MarcFormat:
    """'marcxml' when the first non-blank byte (after a BOM) is '<', else 'marc'."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(_WHITESPACE)
    return "marcxml" if head.startswith(b"<") else "marc"


class _CountingFile:
    """File wrapper counting the bytes handed to the XML parser (for progress)."""

    def __init__(self, fh: BinaryIO, reader: MarcReader) -> None:
        self._fh = fh
        self._reader = reader

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self._reader.position += len(data)
        return data


class MarcReader:
    """Iterator over the records of one MARC file; also a context manager.

    Attributes: ``source`` (file name used in problems), ``fmt``, ``size`` (bytes),
    ``position`` (bytes consumed so far) and ``count`` (records seen so far).
    """

    def __init__(self, path: str | os.PathLike[str], *, fmt: MarcFormat | None = None) -> None:
        self.path = Path(path)
        self.source = self.path.name
        self.size = self.path.stat().st_size
        self.position = 0
        self.count = 0
        self._fh: BinaryIO = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        if fmt is None:
            fmt = detect_format(self._fh.read(512))
            self._fh.seek(0)
        self.fmt: MarcFormat = fmt
        self._items = self._read_xml() if fmt == "marcxml" else self._read_binary()

    def __iter__(self) -> Iterator[BookRecord | Problem]:
        return self

    def __next__(self) -> BookRecord | Problem:
        try:
            return next(self._items)
        except StopIteration:
            self.close()
            raise

    def __enter__(self) -> MarcReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file; iteration ends."""
        self._fh.close()

    def _problem(self, reason: str, tag: str | None = None, where: str | None = None) -> Problem:
        return Problem(self.source, self._where() if where is None else where, tag, reason)

    def _where(self) -> str:
        return f"record {self.count}"

    def _emit(self, raw: RawRecord, data: bytes | None = None) -> Iterator[BookRecord | Problem]:
        """The book of ``raw`` with its whole record (``data``: the record's own bytes when
        they are UTF-8 ISO 2709, else ``raw`` is encoded so), then its problems."""
        book, problems = raw_to_book(raw, source=self.source, where=self._where())
        if book is not None:
            if data is None or data[9:10] != b"a":
                try:
                    data = build_record(raw)
                except ValueError as exc:
                    data = None
                    problems.append(Problem(self.source, self._where(), None,
                                            f"the whole record cannot be kept ({exc}); its fields were read",
                                            "warning"))
            book.marc = data
            yield book
        yield from problems

    def _read_binary(self) -> Iterator[BookRecord | Problem]:
        buf = b""
        pos = 0
        scan_from = 0  # bytes of buf[pos:] already searched for a terminator
        eof = False
        while True:
            end = buf.find(RECORD_END, pos + scan_from)
            if end == -1 and not eof and len(buf) - pos > MAX_RECORD + _BLOCK:
                yield from self._skip_garbage(len(buf) - pos)
                buf, pos, scan_from = b"", 0, 0
                continue
            if end == -1 and not eof:
                block = self._fh.read(_BLOCK)
                eof = not block
                scan_from = len(buf) - pos
                buf = buf[pos:] + block
                pos = 0
                continue
            if end == -1:
                rest = buf[pos:]
                if rest.strip(_WHITESPACE):
                    self.count += 1
                    self.position = self.size
                    yield self._problem(
                        f"the file ends in the middle of a record ({len(rest)} bytes after the "
                        "last complete record): the file is truncated"
                    )
                elif self.count == 0:
                    yield self._problem("the file is empty: it holds no records", where="")
                self.position = self.size
                return
            chunk = buf[pos : end + 1]
            skipped = len(chunk) - len(chunk.lstrip(_WHITESPACE))
            self.position += len(chunk)
            pos = end + 1
            scan_from = 0
            self.count += 1
            data = chunk[skipped:]
            try:
                raw = parse_record(data)
            except RecordError as exc:
                yield self._problem(exc.reason, exc.tag)
                continue
            yield from self._emit(raw, data)

    def _skip_garbage(self, held: int) -> Iterator[Problem]:
        """No terminator within the largest possible record: report one bad record and
        discard bytes up to the next terminator (block by block, nothing accumulated)."""
        self.count += 1
        skipped = held
        while block := self._fh.read(_BLOCK):
            at = block.find(RECORD_END)
            if at != -1:
                skipped += at + 1
                self._fh.seek(at + 1 - len(block), os.SEEK_CUR)
                break
            skipped += len(block)
        self.position += skipped
        yield self._problem(
            f"{skipped:,} bytes hold no record terminator although a MARC21 record is at most "
            f"{MAX_RECORD:,} bytes long: this part of the file is not MARC data and was skipped"
        )

    def _read_xml(self) -> Iterator[BookRecord | Problem]:
        record_tags = {f"{{{MARC_NS}}}record", "record"}
        root: ET.Element | None = None
        try:
            events = ET.iterparse(_CountingFile(self._fh, self), events=("start", "end"))
            for event, elem in events:
                if root is None:
                    root = elem
                    ns, _, local = elem.tag.rpartition("}")
                    if ns.lstrip("{") not in ("", MARC_NS) or local not in ("record", "collection"):
                        self.count = 1
                        yield self._problem(
                            f"this XML is not MARCXML: its root element is <{local}>"
                            + (f" in namespace {ns.lstrip('{')}" if ns else "")
                            + ", expected <collection> or <record> in the MARC21 slim namespace"
                        )
                        return
                if event == "start" and elem.tag in record_tags:
                    self.count += 1
                elif event == "end" and elem.tag in record_tags:
                    yield from self._xml_record(elem)
                    elem.clear()
                    if elem is not root:
                        root.clear()
        except ET.ParseError as exc:
            line, column = exc.position
            if self.count == 0 and self.size == 0:
                yield self._problem("the file is empty: it holds no records", where="")
            else:
                self.count = max(self.count, 1)
                yield self._problem(
                    f"the XML is broken at line {line}, column {column + 1}; reading stopped here"
                )
            return
        if self.count == 0:
            yield self._problem("the MARCXML file holds no records", where="")

    def _xml_record(self, elem: ET.Element) -> Iterator[BookRecord | Problem]:
        leader = DEFAULT_LEADER
        fields: list[MarcField] = []
        for child in elem:
            local = child.tag.rpartition("}")[2]
            if local == "leader":
                leader = ((child.text or "") + DEFAULT_LEADER[len(child.text or "") :])[:24]
            elif local == "controlfield":
                fields.append(MarcField(child.get("tag", ""), value=child.text or ""))
            elif local == "datafield":
                tag = child.get("tag")
                if not tag:
                    yield self._problem("a <datafield> has no tag attribute")
                    return
                subs = [(s.get("code", ""), s.text or "") for s in child]
                fields.append(MarcField(
                    tag, ind1=(child.get("ind1") or " ")[:1], ind2=(child.get("ind2") or " ")[:1],
                    subfields=subs,
                ))
        yield from self._emit(RawRecord(leader, fields))


def read_marc(path: str | os.PathLike[str], *, fmt: MarcFormat | None = None) -> MarcReader:
    """Open ``path`` and return a :class:`MarcReader` (see the module docstring).

    ``fmt`` forces "marc" (ISO 2709) or "marcxml"; None detects it from the first bytes.
    """
    return MarcReader(path, fmt=fmt)
