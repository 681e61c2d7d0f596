"""Output of the overdue list: reminder letters (one page per member, listing every overdue
item) printed through QPrinter or saved as PDF, and a CSV file for spreadsheets."""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ...domain.text import day
from ...services.reports import OverdueRow

CSV_HEADER = ("card_number", "member", "email", "phone", "address", "barcode", "title", "due_date", "days_overdue")


def write_csv(rows: Sequence[OverdueRow], path: Path) -> int:
    """Write the overdue rows as UTF-8 CSV (with a header). Returns the number of rows."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(CSV_HEADER)
        for r in rows:
            out.writerow((r.card_number, r.member_name, r.email or "", r.phone or "", (r.address or "").replace(
                "\n", ", "), r.barcode, r.title, r.due_date.isoformat(), r.days_overdue))
    return len(rows)


def letters_html(rows: Sequence[OverdueRow], *, library_name: str, library_address: str, today: date) -> str:
    """One letter per member (in the order the members first appear), separated by page breaks."""
    by_member: dict[str, list[OverdueRow]] = {}
    for r in rows:
        by_member.setdefault(r.card_number, []).append(r)
    e = html.escape
    letters = []
    for i, items in enumerate(by_member.values()):
        first = items[0]
        address = "<br>".join(e(x) for x in (first.address or "").splitlines() if x.strip())
        lines = "".join(
            f"<tr><td>{e(r.title)}</td><td>{e(r.barcode)}</td><td>{day(r.due_date)}</td>"
            f"<td align='right'>{r.days_overdue}</td></tr>" for r in items)
        page_break = " style='page-break-before: always'" if i else ""
        letters.append(
            f"<div{page_break}>"
            f"<p><b>{e(library_name)}</b><br>{'<br>'.join(e(x) for x in library_address.splitlines())}</p>"
            f"<p>{e(first.member_name)}<br>{address}</p>"
            f"<p align='right'>{day(today)}</p>"
            f"<p>Dear {e(first.member_name)},</p>"
            f"<p>Our records show that the following {'item is' if len(items) == 1 else 'items are'} overdue. "
            f"Please return {'it' if len(items) == 1 else 'them'} or renew at the desk as soon as you can.</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr><th align='left'>Title</th><th align='left'>Barcode</th><th align='left'>Was due</th>"
            f"<th align='right'>Days late</th></tr>{lines}</table>"
            f"<p>Card number: {e(first.card_number)}</p>"
            f"<p>Thank you,<br>{e(library_name)}</p></div>")
    return "<html><body>" + "".join(letters) + "</body></html>"


def letter_count(rows: Sequence[OverdueRow]) -> int:
    return len({r.card_number for r in rows})


def print_letters(rows: Sequence[OverdueRow], printer: QPrinter, *, library_name: str, library_address: str,
                  today: date) -> int:
    """Print the letters on ``printer`` (a real printer or a PDF file). Returns the letter count."""
    doc = QTextDocument()
    doc.setHtml(letters_html(rows, library_name=library_name, library_address=library_address, today=today))
    doc.print_(printer)
    return letter_count(rows)


def pdf_printer(path: Path) -> QPrinter:
    """A printer writing A4 PDF to ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer
