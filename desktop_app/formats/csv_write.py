"""Write spreadsheet files (CSV) that Excel and LibreOffice open without an import dialog.

UTF-8 with a BOM, comma-separated, CRLF line ends, one header row. Rows are dicts written one
at a time (streaming). ``None`` becomes an empty cell, dates become ISO text. Text starting
with "=", "+", "-", "@" (or a tab/CR) is prefixed with an apostrophe unless
``escape_formulas=False``, so a member's name can never run as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: Any, *, escape_formulas: bool = True) -> str:
    """The text written for one value (see module docstring)."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if escape_formulas and text.startswith(_FORMULA_START):
        return "'" + text
    return text


class CsvWriter:
    """Streaming CSV writer for a fixed list of ``columns``; ``count`` rows written so far.

    ``headers`` (same length as ``columns``) gives the header texts; default: the columns.
    Keys of a row that are not columns are ignored; missing keys give empty cells.
    """

    def __init__(self, path: str | os.PathLike[str], columns: Sequence[str], *,
                 headers: Sequence[str] | None = None, escape_formulas: bool = True) -> None:
        if headers is not None and len(headers) != len(columns):
            raise ValueError("headers and columns must have the same length")
        self.path = Path(path)
        self.columns = list(columns)
        self.count = 0
        self._escape = escape_formulas
        self._fh: TextIO = open(self.path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by close() or __exit__
        self._writer = csv.writer(self._fh, delimiter=",", lineterminator="\r\n")
        self._writer.writerow(list(headers) if headers is not None else self.columns)

    def write(self, row: Mapping[str, Any]) -> None:
        """Append one row."""
        self._writer.writerow(
            [cell_text(row.get(c), escape_formulas=self._escape) for c in self.columns]
        )
        self.count += 1

    def close(self) -> None:
        """Flush and release the file. Safe to call twice."""
        self._fh.close()

    def __enter__(self) -> CsvWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_csv(path: str | os.PathLike[str], columns: Sequence[str],
              rows: Iterable[Mapping[str, Any]], *, headers: Sequence[str] | None = None,
              escape_formulas: bool = True) -> int:
    """Write ``rows`` to ``path``; return the number of data rows written."""
    with CsvWriter(path, columns, headers=headers, escape_formulas=escape_formulas) as writer:
        for row in rows:
            writer.write(row)
        return writer.count
