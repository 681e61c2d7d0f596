"""The desk's slip (receipt): the items lent or renewed in a member's visit with due dates,
printed on a chosen printer or saved as PDF, on A4, Letter or an 80 mm receipt roll.

``render(slip, device, paper)`` draws on any paged device (QPrinter or QPdfWriter); the
receipt page is exactly as long as its content.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QKeySequence, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..common.errors import show_error

PAPERS = {"a4": "A4", "letter": "Letter", "receipt80": "80 mm receipt"}
RECEIPT_WIDTH_MM = 80.0
RECEIPT_MARGIN_MM = 4.0


@dataclass
class Slip:
    library_name: str
    member_name: str | None
    card_number: str | None
    items: list[tuple[str, str, str]] = field(default_factory=list)  # (title, barcode, due)
    returns: list[tuple[str, str]] = field(default_factory=list)  # (title, barcode)
    library_address: str = ""
    desk: str = ""
    staff: str = ""
    printed_at: datetime = field(default_factory=datetime.now)


def slip_html(slip: Slip, *, narrow: bool = False) -> str:
    """The slip as simple HTML (QTextDocument's subset); ``narrow`` for receipt rolls."""
    e = html.escape
    size = "9pt" if narrow else "11pt"
    parts = [f"<div style='font-size:{size}'>",
             f"<h2 style='margin:0'>{e(slip.library_name)}</h2>"]
    if slip.library_address:
        parts.append(f"<div>{e(slip.library_address)}</div>")
    parts.append(f"<p>{slip.printed_at:%d %b %Y %H:%M}" + (f" · {e(slip.desk)}" if slip.desk else "") + "</p>")
    if slip.member_name:
        parts.append(f"<p><b>{e(slip.member_name)}</b><br>Card {e(slip.card_number or '')}</p>")
    if slip.items:
        parts.append("<h3 style='margin-bottom:2px'>Borrowed</h3><table width='100%' cellspacing='0' cellpadding='2'>")
        parts.append("<tr><th align='left'>Title</th><th align='right'>Due</th></tr>")
        for title, barcode, due in slip.items:
            parts.append(f"<tr><td>{e(title)}<br><small>{e(barcode)}</small></td>"
                         f"<td align='right' valign='top'><b>{e(due)}</b></td></tr>")
        parts.append("</table>")
    if slip.returns:
        parts.append("<h3 style='margin-bottom:2px'>Returned</h3><table width='100%' cellspacing='0' cellpadding='2'>")
        for title, barcode in slip.returns:
            parts.append(f"<tr><td>{e(title)} <small>{e(barcode)}</small></td></tr>")
        parts.append("</table>")
    if not slip.items and not slip.returns:
        parts.append("<p>No items in this visit.</p>")
    parts.append("<p>Thank you for visiting" + (f" — served by {e(slip.staff)}" if slip.staff else "") + ".</p></div>")
    return "".join(parts)


def _page_size(paper: str, height_mm: float | None = None) -> QPageSize:
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if paper == "letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    if paper == "receipt80":
        return QPageSize(QSizeF(RECEIPT_WIDTH_MM, max(60.0, height_mm or 200.0)), QPageSize.Unit.Millimeter,
                         "Receipt 80 mm", QPageSize.SizeMatchPolicy.ExactMatch)
    raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}")


def render(slip: Slip, device: QPagedPaintDevice, paper: str) -> None:
    """Lay out and draw the slip on ``device`` (a QPrinter or QPdfWriter)."""
    narrow = paper == "receipt80"
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(slip_html(slip, narrow=narrow))
    if not narrow:
        device.setPageSize(_page_size(paper))
        device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        doc.print_(device)
        return
    margin = RECEIPT_MARGIN_MM
    device.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    dpi = device.logicalDpiY() if device.logicalDpiY() > 0 else 300
    doc.documentLayout().setPaintDevice(device)
    doc.setTextWidth((RECEIPT_WIDTH_MM - 2 * margin) / 25.4 * dpi)
    height_mm = doc.size().height() / dpi * 25.4 + 2 * margin + 2
    device.setPageSize(_page_size(paper, height_mm))
    painter = QPainter(device)
    try:
        doc.drawContents(painter)
    finally:
        painter.end()


def save_pdf(slip: Slip, path: str | Path, paper: str = "a4") -> Path:
    """Write the slip as a PDF file; returns the path."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(f"Slip {slip.member_name or ''}".strip())
    render(slip, writer, paper)
    return target


class SlipDialog(QDialog):
    """Preview a slip; print it (Ctrl+P) on a chosen printer or save it as PDF (Ctrl+S)."""

    def __init__(self, slip: Slip, parent: QWidget | None = None, *, paper: str = "receipt80") -> None:
        super().__init__(parent)
        self.slip = slip
        self.setObjectName("slipDialog")
        self.setWindowTitle("Slip")
        self.preview = QTextBrowser(objectName="slipPreview")
        self.preview.setAccessibleName("Slip preview")
        self.paper = QComboBox(objectName="slipPaper")
        self.paper.setAccessibleName("Paper size")
        for key, label in PAPERS.items():
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(list(PAPERS).index(paper) if paper in PAPERS else 0)
        self.paper.currentIndexChanged.connect(self._update)
        print_button = QPushButton("&Print…", objectName="slipPrint")
        print_button.setShortcut(QKeySequence.StandardKey.Print)
        pdf_button = QPushButton("Save as P&DF…", objectName="slipPdf")
        pdf_button.setShortcut(QKeySequence.StandardKey.Save)
        close = QPushButton("Close")
        print_button.clicked.connect(self.print_slip)
        pdf_button.clicked.connect(self.ask_pdf)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(QLabel("Paper:"))
        row.addWidget(self.paper)
        row.addStretch(1)
        row.addWidget(print_button)
        row.addWidget(pdf_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        self.resize(480, 560)
        self._update()
        print_button.setDefault(True)

    def paper_key(self) -> str:
        return str(self.paper.currentData())

    def _update(self) -> None:
        self.preview.setHtml(slip_html(self.slip, narrow=self.paper_key() == "receipt80"))

    def print_slip(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                render(self.slip, printer, self.paper_key())
            except Exception as exc:  # noqa: BLE001 - a printer problem is shown, not raised into Qt
                show_error(self, exc)

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save slip as PDF", "slip.pdf", "PDF files (*.pdf)")
        if path:
            try:
                save_pdf(self.slip, path, self.paper_key())
            except Exception as exc:  # noqa: BLE001 - a printer driver or full disk: tell the clerk, keep the slip open
                show_error(self, exc)
