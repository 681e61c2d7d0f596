"""The desk's slips: the visit slip (the items lent or renewed in a member's visit with due
dates), the receipt of a payment, and the hold slip that goes into a book set aside on the hold
shelf. Each is a ``Slip``, printed on a chosen printer or saved as PDF, on A4, Letter or an 80 mm
receipt roll.

``render(slip, device, paper)`` draws on any paged device (QPrinter or QPdfWriter); the
receipt page is exactly as long as its content. ``receipt_slip`` and ``hold_slip`` build the
slips of a payment and of a hold.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime
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

from ...domain.values import FeeKind
from ...services.circulation.fees import FeeView, Payment
from ..common.errors import show_error
from ..common.i18n import N_, day_text, money_text, tr, when_text

PAPERS = {"a4": N_("A4"), "letter": N_("Letter"), "receipt80": N_("80 mm receipt")}
RECEIPT_WIDTH_MM = 80.0
RECEIPT_MARGIN_MM = 4.0
VISIT, RECEIPT, HOLD = "visit", "receipt", "hold"
_TITLES = {VISIT: N_("Slip"), RECEIPT: N_("Receipt"), HOLD: N_("Hold slip")}
FEE_KINDS = {FeeKind.OVERDUE.value: N_("Overdue fine"), FeeKind.LOST.value: N_("Lost item"),
             FeeKind.MANUAL.value: N_("Charge")}


@dataclass
class Slip:
    """What one slip says. A visit slip lists ``items`` (title, barcode, due) and ``returns``
    (title, barcode); a receipt (``kind`` "receipt") lists ``payments`` (what for, amount paid)
    and ``totals`` (label, amount); a hold slip (``kind`` "hold") names the one item in
    ``items`` (title, barcode, "") and the member it waits for until ``pickup_by``. Every text
    is already in the desk's language and formats."""

    library_name: str
    member_name: str | None
    card_number: str | None
    items: list[tuple[str, str, str]] = field(default_factory=list)  # (title, barcode, due)
    returns: list[tuple[str, str]] = field(default_factory=list)  # (title, barcode)
    library_address: str = ""
    desk: str = ""
    staff: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    kind: str = VISIT
    payments: list[tuple[str, str]] = field(default_factory=list)  # receipt: (what the fee was for, paid now)
    totals: list[tuple[str, str]] = field(default_factory=list)  # receipt: (label, amount)
    pickup_by: str = ""  # hold slip: the last day to pick it up


def fee_text(fee: FeeView) -> str:
    """What a fee is for, as a receipt line says it: "Charge: Lost card (3 Mar 2026)"."""
    kind = tr(FEE_KINDS.get(fee.kind, fee.kind))
    when = day_text(fee.created_at.astimezone().date())
    if fee.note:
        return tr("{kind}: {note} ({date})").format(kind=kind, note=fee.note, date=when)
    return tr("{kind} ({date})").format(kind=kind, date=when)


def receipt_slip(payment: Payment, *, library_name: str, library_address: str = "", desk: str = "",
                 staff: str = "") -> Slip:
    """The receipt of a payment: the member, when, each fee paid (and whether it is now paid in
    full), the amount received, the change given back and what the member still owes."""
    lines = []
    for fee, cents in payment.parts:
        what = fee_text(fee)
        if not fee.paid:
            what = tr("{fee}; {left} left to pay").format(fee=what, left=money_text(fee.balance_cents))
        lines.append((what, money_text(cents)))
    totals = [(tr("Paid"), money_text(payment.paid_cents)), (tr("Received"), money_text(payment.received_cents)),
              (tr("Change"), money_text(payment.change_cents)), (tr("Still owed"), money_text(payment.owed_cents))]
    return Slip(library_name, payment.member_name, payment.card_number, library_address=library_address, desk=desk,
                staff=staff, printed_at=payment.at.astimezone(), kind=RECEIPT, payments=lines, totals=totals)


def hold_slip(*, library_name: str, title: str, barcode: str, member_name: str, card_number: str,
              pickup_by: date | None, library_address: str = "", desk: str = "", staff: str = "") -> Slip:
    """The slip that goes into a copy set aside on the hold shelf: the title and barcode, who
    it waits for (name and card) and the last day they can pick it up."""
    return Slip(library_name, member_name, card_number, [(title, barcode, "")], library_address=library_address,
                desk=desk, staff=staff, kind=HOLD, pickup_by=day_text(pickup_by) if pickup_by else "")


def slip_html(slip: Slip, *, narrow: bool = False) -> str:
    """The slip as simple HTML (QTextDocument's subset); ``narrow`` for receipt rolls."""
    e = html.escape
    size = "9pt" if narrow else "11pt"
    parts = [f"<div style='font-size:{size}'>",
             f"<h2 style='margin:0'>{e(slip.library_name)}</h2>"]
    if slip.library_address:
        parts.append(f"<div>{e(slip.library_address)}</div>")
    when = when_text(slip.printed_at)
    parts.append("<p>" + e(tr("{when} · {desk}").format(when=when, desk=slip.desk) if slip.desk else when) + "</p>")
    if slip.kind == HOLD:
        parts.extend(_hold_html(slip))
        return "".join(parts) + "</div>"
    if slip.member_name:
        card = tr("Card {card}").format(card=slip.card_number or "")
        parts.append(f"<p><b>{e(slip.member_name)}</b><br>{e(card)}</p>")
    if slip.kind == RECEIPT:
        parts.extend(_receipt_html(slip))
    else:
        parts.extend(_visit_html(slip))
    thanks = (tr("Thank you for visiting. Served by {staff}.").format(staff=slip.staff) if slip.staff
              else tr("Thank you for visiting."))
    parts.append(f"<p>{e(thanks)}</p></div>")
    return "".join(parts)


def _visit_html(slip: Slip) -> list[str]:
    e = html.escape
    parts = []
    if slip.items:
        parts.append(f"<h3 style='margin-bottom:2px'>{e(tr('Borrowed'))}</h3>"
                     "<table width='100%' cellspacing='0' cellpadding='2'>")
        parts.append(f"<tr><th align='left'>{e(tr('Title'))}</th><th align='right'>{e(tr('Due'))}</th></tr>")
        for title, barcode, due in slip.items:
            parts.append(f"<tr><td>{e(title)}<br><small>{e(barcode)}</small></td>"
                         f"<td align='right' valign='top'><b>{e(due)}</b></td></tr>")
        parts.append("</table>")
    if slip.returns:
        parts.append(f"<h3 style='margin-bottom:2px'>{e(tr('Returned'))}</h3>"
                     "<table width='100%' cellspacing='0' cellpadding='2'>")
        for title, barcode in slip.returns:
            parts.append(f"<tr><td>{e(title)} <small>{e(barcode)}</small></td></tr>")
        parts.append("</table>")
    if not slip.items and not slip.returns:
        parts.append(f"<p>{e(tr('No items in this visit.'))}</p>")
    return parts


def _receipt_html(slip: Slip) -> list[str]:
    e = html.escape
    parts = [f"<h3 style='margin-bottom:2px'>{e(tr('Receipt'))}</h3>"
             "<table width='100%' cellspacing='0' cellpadding='2'>",
             f"<tr><th align='left'>{e(tr('Fee'))}</th><th align='right'>{e(tr('Paid now'))}</th></tr>"]
    for what, amount in slip.payments:
        parts.append(f"<tr><td>{e(what)}</td><td align='right' valign='top'>{e(amount)}</td></tr>")
    parts.append("</table><table width='100%' cellspacing='0' cellpadding='2' style='margin-top:6px'>")
    for label, amount in slip.totals:
        parts.append(f"<tr><td><b>{e(label)}</b></td><td align='right'><b>{e(amount)}</b></td></tr>")
    parts.append("</table>")
    return parts


def _hold_html(slip: Slip) -> list[str]:
    e = html.escape
    title, barcode, _ = slip.items[0] if slip.items else ("", "", "")
    parts = [f"<h1 style='margin:6px 0'>{e(tr('ON HOLD'))}</h1>",
             f"<p>{e(tr('For'))}<br><b style='font-size:14pt'>{e(slip.member_name or '')}</b><br>"
             f"{e(tr('Card {card}').format(card=slip.card_number or ''))}</p>",
             f"<p><b>{e(title)}</b><br><small>{e(barcode)}</small></p>"]
    if slip.pickup_by:
        parts.append(f"<p>{e(tr('Keep until'))} <b>{e(slip.pickup_by)}</b></p>")
    return parts


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
    kind = tr(_TITLES.get(slip.kind, _TITLES[VISIT]))
    writer.setTitle(tr("{slip} {member}").format(slip=kind, member=slip.member_name).strip() if slip.member_name
                    else kind)
    render(slip, writer, paper)
    return target


class SlipDialog(QDialog):
    """Preview a slip; print it (Ctrl+P) on a chosen printer or save it as PDF (Ctrl+S)."""

    def __init__(self, slip: Slip, parent: QWidget | None = None, *, paper: str = "receipt80") -> None:
        super().__init__(parent)
        self.slip = slip
        self.setObjectName("slipDialog")
        self.setWindowTitle(tr(_TITLES.get(slip.kind, _TITLES[VISIT])))
        self.preview = QTextBrowser(objectName="slipPreview")
        self.preview.setAccessibleName(tr("Slip preview"))
        self.paper = QComboBox(objectName="slipPaper")
        self.paper.setAccessibleName(tr("Paper size"))
        for key, label in PAPERS.items():
            self.paper.addItem(tr(label), key)
        self.paper.setCurrentIndex(list(PAPERS).index(paper) if paper in PAPERS else 0)
        self.paper.currentIndexChanged.connect(self._update)
        print_button = QPushButton(tr("&Print…"), objectName="slipPrint")
        print_button.setShortcut(QKeySequence.StandardKey.Print)
        pdf_button = QPushButton(tr("Save as P&DF…"), objectName="slipPdf")
        pdf_button.setShortcut(QKeySequence.StandardKey.Save)
        close = QPushButton(tr("Close"))
        print_button.clicked.connect(self.print_slip)
        pdf_button.clicked.connect(self.ask_pdf)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        paper_label = QLabel(tr("P&aper:"))
        paper_label.setBuddy(self.paper)
        row.addWidget(paper_label)
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
        path, _ = QFileDialog.getSaveFileName(self, tr("Save slip as PDF"), f"{self.slip.kind}.pdf",
                                              tr("PDF files (*.pdf)"))
        if path:
            try:
                save_pdf(self.slip, path, self.paper_key())
            except Exception as exc:  # noqa: BLE001 - a printer driver or full disk: tell the clerk, keep the slip open
                show_error(self, exc)
