"""Spine/barcode labels for chosen copies and member cards, as PDF files to print on label
sheets.

``LabelsDialog`` chooses the copies one of four ways: the copies of the book chosen in the
catalog (the selected copies, or all of them), copies added since a date, a barcode range, or
every copy of the titles the catalog search finds. ``CardsDialog`` prints the cards of the
chosen members. Both pick a sheet, how many positions of a used sheet to skip, the PDF path
(chooser replaceable) and whether to open its folder afterwards (``opener`` replaceable).
The PDF is written on the worker; ``outcome`` holds the PrintResult afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import day_format, number_text, tr
from .widgets import PathField, checked_output, open_folder, save_chooser


class _PdfDialog(QDialog):
    """Sheet, skip, PDF path and "open the folder afterwards"; subclasses add what to print,
    implement ``job() -> callable returning a PrintResult`` (raising InvalidInput early) and
    ``made(result)``, the sentence that says what the PDF holds."""

    def __init__(self, ctx: UiContext, parent: QWidget | None, sheets: dict[str, Any], file_name: str) -> None:
        super().__init__(parent)
        self.ctx, self.sheets = ctx, sheets
        self.outcome: Any = None
        self.message: QMessageBox | None = None
        self.opener: Callable[[str], object] = open_folder
        self.sheet = QComboBox(objectName="printSheet")
        self.sheet.setAccessibleName(tr("Sheet"))
        for name, sheet in sheets.items():  # the sheet's name is data, its count is text
            self.sheet.addItem(tr("{sheet}  ({count} per page)").format(sheet=name, count=number_text(sheet.per_page)),
                               name)
        self.skip = QSpinBox(objectName="printSkip")
        self.skip.setAccessibleName(tr("Used positions to skip"))
        self.skip.setSuffix(" " + tr("used positions"))  # a unit after the number
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self._sheet_changed()
        self.pdf = PathField("printPdf", tr("PDF file"), save_chooser(tr("Save as PDF"), tr("PDF files (*.pdf)")))
        self.pdf.set_text(str(Path.home() / file_name))
        self.open_after = QCheckBox(tr("&Open the folder of the PDF afterwards"), objectName="printOpenAfter")
        self.open_after.setChecked(True)
        self.form = QFormLayout()
        self.print_button = QPushButton(tr("&Make PDF"), objectName="printRun")
        self.print_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(self.make_pdf)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(580)

    def _finish_layout(self) -> None:
        self.form.addRow(tr("S&heet"), self.sheet)
        self.form.addRow(tr("S&kip"), self.skip)
        self.form.addRow(tr("&PDF file"), self.pdf)
        self.form.addRow("", self.open_after)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _sheet_changed(self) -> None:
        per_page = self.sheets[self.sheet.currentData()].per_page
        self.skip.setRange(0, per_page - 1)

    def job(self, path: Path) -> Callable[[], Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def made(self, result: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def make_pdf(self) -> bool:
        """Check the choices and queue the PDF on the worker; False (with a message) if bad."""
        try:
            path = checked_output(self.pdf.text(), tr("PDF"), "pdf")
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            job = self.job(path)
        except InvalidInput as exc:
            show_error(self, exc)
            return False
        self.print_button.setEnabled(False)
        self.ctx.worker.submit(job, self._done, self._failed)
        return True

    def _failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_error(self, error)

    def _done(self, result: Any) -> None:
        self.outcome = result
        made = self.made(result)
        self.ctx.events.status_message.emit(made)
        if self.open_after.isChecked():
            self.opener(result.path)
        text = "\n\n".join((made, tr("Print it at 100% (actual size) on the sheets.")))
        self.message = QMessageBox(QMessageBox.Icon.Information, tr("PDF ready"), text,
                                   QMessageBox.StandardButton.Ok, self.parentWidget())
        self.message.setObjectName("printSummary")
        self.message.open()
        self.accept()


class LabelsDialog(_PdfDialog):
    """Labels for copies. ``barcodes``: the chosen book's copies (already narrowed to the
    selected ones if any); ``search``: the catalog's current search text."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, barcodes: list[str] | None = None,
                 book_title: str | None = None, search: str = "") -> None:
        from ...formats.labels import SHEETS

        super().__init__(ctx, parent, SHEETS, "labels.pdf")
        self.setObjectName("labelsDialog")
        self.setWindowTitle(tr("Print labels"))
        self.barcodes, self.search = list(barcodes or []), search.strip()
        self.ways: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        self.since = QDateEdit(QDate.currentDate(), objectName="labelsSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(day_format())
        self.since.setAccessibleName(tr("Added since"))
        self.low = QLineEdit(objectName="labelsFrom")
        self.low.setMaximumWidth(150)
        self.low.setAccessibleName(tr("First barcode"))
        self.high = QLineEdit(objectName="labelsTo")
        self.high.setMaximumWidth(150)
        self.high.setAccessibleName(tr("Last barcode"))
        to = QLabel(tr("to"))
        rows: list[tuple[str, str, list[QWidget]]] = [
            ("book", self._book_text(book_title), []),
            ("new", tr("Copies added since"), [self.since]),
            ("range", tr("Barcodes from"), [self.low, to, self.high]),
            ("search", tr("Every copy of the titles found by the search “{search}”").format(search=self.search)
             if self.search else tr("Every copy found by the catalog search (type a search first)"), []),
        ]
        ways = QVBoxLayout()
        for key, text, widgets in rows:
            radio = QRadioButton(text, objectName=f"labels_{key}")
            group.addButton(radio)
            self.ways[key] = radio
            line = QHBoxLayout()
            line.addWidget(radio)
            for widget in widgets:
                line.addWidget(widget)
                radio.toggled.connect(widget.setEnabled)
                widget.setEnabled(False)
            line.addStretch(1)
            ways.addLayout(line)
        self.ways["book"].setEnabled(bool(self.barcodes))
        self.ways["search"].setEnabled(bool(self.search))
        self.ways["book" if self.barcodes else "new"].setChecked(True)
        self.form.addRow(ways)
        self._finish_layout()

    def _book_text(self, title: str | None) -> str:
        """The first way: the chosen book's copies, counted (one whole sentence per case)."""
        count = len(self.barcodes)
        if not title:
            return tr("The copies of the chosen book")
        if count == 0:
            return tr("The copies of “{title}” (it has none)").format(title=title)
        if count == 1:
            return tr("The one copy of “{title}”").format(title=title)
        return tr("The {count} copies of “{title}”").format(count=number_text(count), title=title)

    def made(self, result: Any) -> str:
        path, items = result.path, number_text(result.items)
        if result.items == 1:
            return tr("Made the PDF of 1 label on 1 page: {path}").format(path=path)
        if result.pages == 1:
            return tr("Made the PDF of {count} labels on 1 page: {path}").format(count=items, path=path)
        return tr("Made the PDF of {count} labels on {pages} pages: {path}").format(
            count=items, pages=number_text(result.pages), path=path)

    def way(self) -> str:
        return next(key for key, radio in self.ways.items() if radio.isChecked())

    def choice(self) -> dict[str, Any]:
        """Keyword arguments for ``choose_copies`` (InvalidInput when incomplete)."""
        way = self.way()
        if way == "book":
            return {"barcodes": self.barcodes}
        if way == "new":
            q = self.since.date()
            return {"since": date(q.year(), q.month(), q.day())}
        if way == "range":
            low, high = self.low.text().strip(), self.high.text().strip()
            if not low or not high:
                raise InvalidInput(tr("Type the first and the last barcode of the range"), field="range")
            return {"barcode_range": (low, high)}
        return {"search": self.search}

    def job(self, path: Path) -> Callable[[], Any]:
        from ...services.interchange import choose_copies, print_labels

        services, actor, choice = self.ctx.services, self.ctx.actor, self.choice()
        sheet, skip = self.sheet.currentData(), self.skip.value()
        return lambda: print_labels(services, actor, path, choose_copies(services, **choice), sheet=sheet, skip=skip)


class CardsDialog(_PdfDialog):
    """Member cards for the members with ``cards`` (card numbers); ``names`` describes them."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, cards: list[str], names: str = "") -> None:
        from ...formats.labels import CARD_SHEETS

        super().__init__(ctx, parent, CARD_SHEETS, "member-cards.pdf")
        self.setObjectName("cardsDialog")
        self.setWindowTitle(tr("Print member cards"))
        self.cards = list(cards)
        who = QLabel(names or ", ".join(self.cards), objectName="cardsWho")
        who.setProperty("i18n", "data")  # the members' names or card numbers
        who.setWordWrap(True)
        count = tr("1 card") if len(self.cards) == 1 else tr("{count} cards").format(count=number_text(len(self.cards)))
        self.form.addRow(count, who)
        self._finish_layout()

    def made(self, result: Any) -> str:
        path, items = result.path, number_text(result.items)
        if result.items == 1:
            return tr("Made the PDF of 1 member card on 1 page: {path}").format(path=path)
        if result.pages == 1:
            return tr("Made the PDF of {count} member cards on 1 page: {path}").format(count=items, path=path)
        return tr("Made the PDF of {count} member cards on {pages} pages: {path}").format(
            count=items, pages=number_text(result.pages), path=path)

    def job(self, path: Path) -> Callable[[], Any]:
        if not self.cards:
            raise InvalidInput(tr("Choose one or more members first"), field="members")
        from ...services.interchange import choose_members, print_cards

        services, actor, cards = self.ctx.services, self.ctx.actor, self.cards
        sheet, skip = self.sheet.currentData(), self.skip.value()
        return lambda: print_cards(services, actor, path, choose_members(services, cards=cards), sheet=sheet, skip=skip)
