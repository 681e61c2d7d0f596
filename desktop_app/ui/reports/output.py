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

from ...services.reports import OverdueRow
from ..common.i18n import day_text, number_text, tr

#: the CSV's column names: identifiers for spreadsheets and scripts, the same in every language
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
    """One letter per member (in the order the members first appear), separated by page breaks,
    in the desk's language (its dates too)."""
    by_member: dict[str, list[OverdueRow]] = {}
    for r in rows:
        by_member.setdefault(r.card_number, []).append(r)
    e = html.escape
    title, barcode, due, late = (e(tr("Title")), e(tr("Barcode")), e(tr("Was due")), e(tr("Days late")))
    head = (f"<tr><th align='left'>{title}</th><th align='left'>{barcode}</th><th align='left'>{due}</th>"
            f"<th align='right'>{late}</th></tr>")
    thanks, dated = e(tr("Thank you,")), e(day_text(today))
    letters = []
    for i, items in enumerate(by_member.values()):
        first = items[0]
        address = "<br>".join(e(x) for x in (first.address or "").splitlines() if x.strip())
        lines = "".join(
            f"<tr><td>{e(r.title)}</td><td>{e(r.barcode)}</td><td>{e(day_text(r.due_date))}</td>"
            f"<td align='right'>{e(number_text(r.days_overdue))}</td></tr>" for r in items)
        page_break = " style='page-break-before: always'" if i else ""
        dear = e(tr("Dear {member},").format(member=first.member_name))
        body = e(tr("Our records show that the following item is overdue. Please return it or renew at the desk "
                    "as soon as you can.") if len(items) == 1 else
                 tr("Our records show that the following items are overdue. Please return them or renew at the "
                    "desk as soon as you can."))
        card = e(tr("Card number: {card}").format(card=first.card_number))
        letters.append(
            f"<div{page_break}>"
            f"<p><b>{e(library_name)}</b><br>{'<br>'.join(e(x) for x in library_address.splitlines())}</p>"
            f"<p>{e(first.member_name)}<br>{address}</p>"
            f"<p align='right'>{dated}</p>"
            f"<p>{dear}</p>"
            f"<p>{body}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{head}{lines}</table>"
            f"<p>{card}</p>"
            f"<p>{thanks}<br>{e(library_name)}</p></div>")
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
