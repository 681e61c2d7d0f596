"""Opening a spreadsheet export: encoding, delimiter and header-to-field matching.

Encodings: a BOM decides (UTF-8, UTF-16 from Excel's "Unicode text"); otherwise the whole
file is checked as UTF-8 in blocks and, if that fails, Windows-1252 is used. Delimiters: comma,
semicolon or tab, found by :class:`csv.Sniffer` on a sample with a count of the header line as
fallback. Headers match aliases ignoring case, spaces and punctuation ("Call Number/LCC/Dewey"
== "callnumberlccdewey").
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

from desktop_app.formats.records import FormatError, Problem

DELIMITERS = ",;\t"
_SAMPLE = 64 * 1024


def normalize_header(text: str) -> str:
    """Lowercase letters and digits only: "Author(s)" -> "authors"."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def detect_encoding(path: Path) -> str:
    """Return a codec name for ``path`` (see module docstring)."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while block := fh.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def detect_delimiter(sample: str) -> str:
    """Comma, semicolon or tab: Sniffer first; if it fails, the most frequent in line one."""
    first_line = sample.splitlines()[0] if sample else ""
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
        if found in first_line:
            return found
    except csv.Error:
        pass
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _CountingRaw(io.RawIOBase):
    """Raw stream that counts the bytes read from the file (for progress bars)."""

    def __init__(self, fh: io.BufferedReader) -> None:
        self._fh = fh
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        n = self._fh.readinto(buffer)
        self.count += n or 0
        return n or 0

    def close(self) -> None:
        self._fh.close()
        super().close()


class CsvSource:
    """An opened spreadsheet: ``rows`` yields ``(line number, cells)`` for non-blank rows.

    ``position``/``size`` are bytes read so far / file size; ``encoding`` and ``delimiter``
    say what was detected.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.size = self.path.stat().st_size
        self.encoding = detect_encoding(self.path)
        errors = "replace" if self.encoding == "cp1252" else "strict"
        with open(self.path, encoding=self.encoding, errors=errors, newline="") as fh:
            sample = fh.read(_SAMPLE)
        if len(sample) == _SAMPLE and "\n" in sample:
            sample = sample[: sample.rfind("\n")]
        self.delimiter = detect_delimiter(sample)
        self._raw = _CountingRaw(open(self.path, "rb"))  # noqa: SIM115 - closed by close()
        self._text = io.TextIOWrapper(
            io.BufferedReader(self._raw), encoding=self.encoding, errors=errors, newline=""
        )
        self._reader = csv.reader(self._text, delimiter=self.delimiter, quotechar='"')

    @property
    def position(self) -> int:
        """Bytes read from the file so far (read-ahead included)."""
        return self._raw.count

    def rows(self) -> _RowIterator:
        """Iterate ``(first physical line of the row, cells)``, skipping blank rows."""
        return _RowIterator(self)

    def close(self) -> None:
        """Release the file."""
        self._text.close()


class _RowIterator:
    def __init__(self, source: CsvSource) -> None:
        self._source = source

    def __iter__(self) -> _RowIterator:
        return self

    def __next__(self) -> tuple[int, list[str]]:
        reader = self._source._reader
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except csv.Error as exc:
                raise FormatError(
                    Problem(self._source.name, f"line {start}", None, f"the CSV is broken ({exc})")
                ) from exc
            if any(cell.strip() for cell in cells):
                return start, cells


def match_columns(
    headers: list[str],
    aliases: Mapping[str, tuple[str, ...]],
    mapping: Mapping[str, str] | None,
    *,
    source: str,
) -> dict[str, list[int]]:
    """Return field -> column indexes (best alias first) for the header row ``headers``.

    ``mapping`` (field -> header text as in the file) overrides the aliases for that field.
    Raises FormatError for a mapped header that is not in the file, ValueError for a field
    name that does not exist.
    """
    normalized = [normalize_header(h) for h in headers]
    found: dict[str, list[int]] = {}
    for field_name, names in aliases.items():
        cols = [i for alias in names for i, h in enumerate(normalized) if h == alias]
        if cols:
            found[field_name] = list(dict.fromkeys(cols))
    for field_name, header in (mapping or {}).items():
        if field_name not in aliases:
            raise ValueError(f"unknown field {field_name!r}; known: {', '.join(aliases)}")
        key = normalize_header(header)
        if key not in normalized:
            raise FormatError(Problem(
                source, "header row", None,
                f"the column {header!r} chosen for {field_name} is not in the file "
                f"(columns: {', '.join(headers)})",
            ))
        found[field_name] = [normalized.index(key)]
    return found
