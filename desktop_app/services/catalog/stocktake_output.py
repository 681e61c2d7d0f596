"""A stock-take's report as a CSV file (one row per copy, its section in the first column) and
as an A4 PDF (``formats.data_sheet``: a section per kind, with barcode, title, call number,
location and status). Written whole or not at all (a ``.part`` file renamed at the end).

The texts are English unless the caller passes its own (``ReportTexts``: the desk passes them
translated)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ...formats.csv_write import CsvWriter
from .stocktake import StocktakeReport

SECTION_TITLES = {"missing": "Missing", "misplaced": "Misplaced (belongs elsewhere)",
                  "on_loan": "On loan but on the shelf (check in)", "found": "Lost or withdrawn, found",
                  "unknown": "Unknown barcodes"}
COLUMN_TITLES = ["Barcode", "Title", "Call number", "Location", "Status", "Note"]
STATUS_TITLES = {"available": "available", "on_loan": "on loan", "on_hold_shelf": "on the hold shelf",
                 "lost": "lost", "damaged": "damaged", "withdrawn": "withdrawn", "not_for_loan": "reference",
                 "in_repair": "in repair"}
CSV_COLUMNS = ["section", "barcode", "title", "call_number", "location", "status", "note"]


@dataclass(frozen=True)
class ReportTexts:
    sections: dict[str, str] = field(default_factory=lambda: dict(SECTION_TITLES))
    columns: list[str] = field(default_factory=lambda: list(COLUMN_TITLES))
    statuses: dict[str, str] = field(default_factory=lambda: dict(STATUS_TITLES))
    section_column: str = "Section"
    title: str = "Stock-take: {name}"
    #: The line under the title: {scope}, {started}, {finished}, {expected}, {here}, {scanned}.
    subtitle: str = ("{scope} · started {started} · {finished} · {here} of {expected} expected copies "
                     "found, {scanned} scanned")
    open_count: str = "not finished"
    finished: str = "finished {when}"


def write_csv(report: StocktakeReport, path: str | os.PathLike[str], texts: ReportTexts | None = None) -> int:
    """One row per listed copy; returns how many rows."""
    t = texts or ReportTexts()
    final = Path(path)
    part = final.with_name(final.name + ".part")
    try:
        with CsvWriter(part, CSV_COLUMNS, headers=[t.section_column, *t.columns]) as writer:
            for key, lines in report.sections():
                for line in lines:
                    writer.write({"section": t.sections[key], "barcode": line.barcode, "title": line.title,
                                  "call_number": line.call_number, "location": line.location,
                                  "status": t.statuses.get(line.status or "", line.status), "note": line.note})
            rows = writer.count
        os.replace(part, final)
    finally:
        part.unlink(missing_ok=True)
    return rows


def write_pdf(report: StocktakeReport, path: str | os.PathLike[str], texts: ReportTexts | None = None) -> int:
    """The report as an A4 PDF; returns its page count."""
    from ...formats.data_sheet import write_sheet

    t = texts or ReportTexts()
    info = report.info
    when = info.finished_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.finished_at else None
    subtitle = t.subtitle.format(
        scope=info.scope.text(), started=info.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        finished=t.finished.format(when=when) if when else t.open_count, expected=report.expected,
        here=report.here, scanned=info.scanned)
    sections = []
    for key, lines in report.sections():
        rows = [[line.barcode, line.title, line.call_number or "", line.location or "",
                 t.statuses.get(line.status or "", line.status or ""), line.note or ""] for line in lines]
        sections.append((f"{t.sections[key]} ({len(rows)})", t.columns, rows))
    final = Path(path)
    part = final.with_name(final.name + ".part")
    try:
        pages = write_sheet(part, t.title.format(name=info.name), subtitle, sections)
        os.replace(part, final)
    finally:
        part.unlink(missing_ok=True)
    return pages


__all__ = ["COLUMN_TITLES", "CSV_COLUMNS", "ReportTexts", "SECTION_TITLES", "STATUS_TITLES", "write_csv", "write_pdf"]
