"""Copies at the catalog: add copies with scanned pre-printed labels (or generated barcodes),
and edit one copy's barcode, call number, location, price and notes.

Both are forms a scanner cannot break (``ui/common/forms``): Enter moves on, Ctrl+Enter saves.
In Add copies the scan field is the exception: a scanner's Enter adds the code to the list, and a
code already in the list or used by another copy is refused on the spot. Locations are chosen
from the library's list (Settings, Cataloguing), and another may be typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput, LibraryError
from ...domain.settings import location_names
from ...domain.text import normalize_scan
from ...services.catalog import BookView, CopyDetail
from ...services.catalog.input import CopyInput
from ..common import forms
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import money_text, number_text, parse_money, tr
from ..common.theme import status_style

MAX_NEW_COPIES = 200


def location_box(ctx: UiContext, current: str | None = None) -> QComboBox:
    """The library's locations to choose from; another can be typed (a new shelf before the list
    knows it). Empty means no location."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = location_names(str(ctx.services.setup.settings().get("locations") or ""))
    box.addItem("")
    box.addItems(names)
    if current and current not in names:
        box.addItem(current)
    box.setCurrentText(current or "")
    return box


def price_field(cents: int | None = None) -> QLineEdit:
    field = QLineEdit(money_text(cents) if cents is not None else "")
    field.setPlaceholderText(tr("e.g. {example}").format(example=money_text(1995)))
    field.setMaxLength(20)
    return field


def read_price(field: QLineEdit) -> int | None:
    text = field.text().strip()
    if not text:
        return None
    cents = parse_money(text)
    if cents is None or cents < 0:
        raise InvalidInput(tr("Price: '{text}' is not an amount").format(text=text), field="price_cents")
    return cents


def _text(field: QLineEdit | QComboBox) -> str | None:
    value = (field.currentText() if isinstance(field, QComboBox) else field.text()).strip()
    return value or None


class AddCopiesDialog(QDialog):
    """New copies of one title: scanned pre-printed barcodes, one after another, or a number of
    generated ones; with call number, location and price for all of them."""

    def __init__(self, ctx: UiContext, view: BookView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.added: list[str] = []
        self.setObjectName("addCopies")
        self.setWindowTitle(tr("Add copies of '{title}'").format(title=view.values["title"]))
        self.setMinimumWidth(520)
        self.scanned = QRadioButton(tr("&Scanned labels"))
        self.scanned.setObjectName("addCopiesScanned")
        self.generated = QRadioButton(tr("&Generated barcodes"))
        self.generated.setObjectName("addCopiesGenerated")
        self.scanned.setChecked(True)
        self.scan = QLineEdit()
        self.scan.setObjectName("addCopiesScan")
        self.scan.setAccessibleName(tr("Barcode label to add"))
        self.scan.setPlaceholderText(tr("scan each label, Enter after each"))
        self.scan.setMaxLength(64)
        self.codes = QListWidget()
        self.codes.setObjectName("addCopiesList")
        self.codes.setAccessibleName(tr("Barcodes to add"))
        self.codes.setMaximumHeight(140)
        remove = QPushButton(tr("&Remove from the list"))
        remove.setObjectName("addCopiesRemove")
        remove.clicked.connect(self._remove_code)
        self.count = QSpinBox()
        self.count.setObjectName("addCopiesCount")
        self.count.setRange(1, MAX_NEW_COPIES)
        self.count.setEnabled(False)
        self.note = QLabel()
        self.note.setObjectName("addCopiesNote")
        self.note.setWordWrap(True)
        self.note.hide()
        call = view.values.get("call_number")
        self.call_number = QLineEdit(str(call) if call else "")
        self.call_number.setObjectName("addCopiesCallNumber")
        self.call_number.setMaxLength(100)
        self.location = location_box(ctx)
        self.location.setObjectName("addCopiesLocation")
        self.price = price_field()
        self.price.setObjectName("addCopiesPrice")
        self.scanned.toggled.connect(self._mode)

        form = QFormLayout()
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(remove)
        form.addRow(self.scanned, scan_row)
        form.addRow("", self.codes)
        form.addRow(self.generated, self.count)
        form.addRow(tr("&Call number"), self.call_number)
        form.addRow(tr("&Location"), self.location)
        form.addRow(tr("&Price"), self.price)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("&Add copies"))
        self.save_button.setObjectName("addCopiesSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.keys = forms.wire_form(self, self.save_button)
        self.scan.installEventFilter(self)  # after the form's keys: a scan's Enter adds the code
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.scan and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in forms.ENTER_KEYS
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_scanned()
            return True
        return super().eventFilter(watched, event)

    def say(self, text: str, kind: str) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(status_style(kind, bold=False))
        self.note.show()

    def _mode(self) -> None:
        scanned = self.scanned.isChecked()
        self.scan.setEnabled(scanned)
        self.codes.setEnabled(scanned)
        self.count.setEnabled(not scanned)

    def list_codes(self) -> list[str]:
        return [self.codes.item(i).text() for i in range(self.codes.count())]

    def add_scanned(self) -> None:
        """One scanned label: into the list, unless it is there already or another copy has it."""
        typed = self.scan.text()
        self.scan.clear()
        code = normalize_scan(typed)
        if not code:
            if typed.strip():
                self.say(tr("'{text}' has no usable characters for a barcode").format(text=typed.strip()), "refused")
            return
        if code in self.list_codes():
            self.say(tr("{barcode} is in the list already").format(barcode=code), "refused")
            return
        owner = self.ctx.services.catalog.barcode_owner(code)
        if owner is not None:
            self.say(tr("{barcode} is used by a copy of '{title}': scan another label").format(
                barcode=code, title=owner), "refused")
            return
        self.codes.addItem(code)
        self.codes.scrollToBottom()
        self.say(tr("{count} labels to add").format(count=number_text(self.codes.count())), "done")

    def _remove_code(self) -> None:
        for item in self.codes.selectedItems():
            self.codes.takeItem(self.codes.row(item))

    def copies(self) -> list[CopyInput]:
        """What the form asks for; ``InvalidInput`` says what is wrong."""
        shared = {"call_number": _text(self.call_number), "location": _text(self.location),
                  "price_cents": read_price(self.price)}
        if self.scanned.isChecked():
            codes = self.list_codes()
            if not codes:
                raise InvalidInput(tr("Scan the labels of the new copies first, or choose generated barcodes"),
                                   field="barcode")
            return [CopyInput(barcode=code, **shared) for code in codes]  # type: ignore[arg-type]
        return [CopyInput(**shared) for _ in range(self.count.value())]  # type: ignore[arg-type]

    def save(self) -> None:
        try:
            copies = self.copies()
        except LibraryError as exc:
            show_error(self, exc)
            return
        catalog, actor, book_id = self.ctx.services.catalog, self.ctx.actor, self.view.id
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(lambda: catalog.add_copies(actor, book_id, copies), self._saved, self._failed)

    def _saved(self, codes: list[str]) -> None:
        self.added = codes
        self.ctx.events.status_message.emit(tr("Added {count} copies: {barcodes}").format(
            count=number_text(len(codes)), barcodes=", ".join(codes)))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, error)


class CopyEditDialog(QDialog):
    """One copy's barcode, call number, location, price and notes; saved only if nobody changed
    the copy since the dialog opened (its version)."""

    def __init__(self, ctx: UiContext, detail: CopyDetail, parent: QWidget | None = None, *,
                 status_text: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        v = detail.values
        self.setObjectName("editCopy")
        self.setWindowTitle(tr("Copy {barcode} of '{title}'").format(barcode=detail.barcode, title=detail.title))
        self.setMinimumWidth(460)
        self.barcode = QLineEdit(detail.barcode)
        self.barcode.setObjectName("editCopyBarcode")
        self.barcode.setMaxLength(64)
        self.barcode.setToolTip(tr("A new label can be scanned here; the old barcode then no longer finds the copy"))
        self.call_number = QLineEdit(str(v.get("call_number") or ""))
        self.call_number.setObjectName("editCopyCallNumber")
        self.call_number.setMaxLength(100)
        self.location = location_box(ctx, str(v["location"]) if v.get("location") else None)
        self.location.setObjectName("editCopyLocation")
        self.price = price_field(int(v["price_cents"]) if v.get("price_cents") is not None else None)
        self.price.setObjectName("editCopyPrice")
        self.notes = QPlainTextEdit(str(v.get("notes") or ""))
        self.notes.setObjectName("editCopyNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(tr("&Barcode"), self.barcode)
        form.addRow(tr("&Call number"), self.call_number)
        form.addRow(tr("&Location"), self.location)
        form.addRow(tr("&Price"), self.price)
        form.addRow(tr("&Notes"), self.notes)
        status = QLabel(tr("Status: {status}").format(status=status_text or detail.status))
        status.setObjectName("editCopyStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("editCopySave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(status)
        layout.addWidget(buttons)
        self.keys = forms.wire_form(self, self.save_button)
        self.barcode.setFocus(Qt.FocusReason.OtherFocusReason)

    def data(self) -> CopyInput:
        v = self.detail.values
        return CopyInput(barcode=self.barcode.text().strip() or None, call_number=_text(self.call_number),
                         location=_text(self.location), acquired=v.get("acquired"),  # type: ignore[arg-type]
                         price_cents=read_price(self.price), notes=self.notes.toPlainText().strip() or None)

    def save(self) -> None:
        try:
            data = self.data()
        except LibraryError as exc:
            show_error(self, exc)
            return
        catalog, actor, detail = self.ctx.services.catalog, self.ctx.actor, self.detail
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(lambda: catalog.edit_copy(actor, detail.barcode, data, expected_version=detail.version),
                               self._saved, self._failed)

    def _saved(self, changed: dict[str, list[object]]) -> None:
        self.ctx.events.status_message.emit(
            tr("Copy {barcode}: {count} fields changed").format(barcode=self.barcode.text().strip() or
                                                                self.detail.barcode, count=number_text(len(changed))))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, error)
