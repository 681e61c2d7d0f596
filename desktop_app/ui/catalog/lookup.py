"""Looking an ISBN up from New book: a field a scanner types into (Enter asks), the catalogues
asked on the worker with a progress note, a chooser when several records come back, and an
offer to queue the ISBN when no catalogue could be reached."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...services.lookup import Hit, LookupResult, isbn_of
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.forms import ENTER_KEYS
from ..common.i18n import number_text, tr
from ..common.theme import status_style


class HitChooser(QDialog):
    """Several records for one ISBN: the clerk picks one (Enter or double-click)."""

    def __init__(self, hits: list[Hit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits = hits
        self.setObjectName("lookupChooser")
        self.setWindowTitle(tr("Choose a record"))
        self.setMinimumWidth(640)
        intro = QLabel(tr("The catalogues found {count} records. Choose the one that matches the book in hand.")
                       .format(count=number_text(len(hits))))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(hits), 5)
        self.table.setObjectName("lookupHits")
        self.table.setAccessibleName(tr("Records found"))
        self.table.setHorizontalHeaderLabels([tr("Title"), tr("Author"), tr("Year"), tr("Publisher"), tr("Source")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, hit in enumerate(hits):
            r = hit.record
            title = r.title + (f": {r.subtitle}" if r.subtitle else "")
            for column, text in enumerate((title, r.authors[0].name if r.authors else "", str(r.year or ""),
                                           r.publisher or "", hit.source)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Use this record"))
        ok.setObjectName("lookupUse")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def chosen(self) -> Hit | None:
        row = self.table.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None


class LookupBar(QWidget):
    """The ISBN field and its Look up button. ``chosen(Hit)`` when a record was picked."""

    chosen = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: LookupResult | None = None
        self.busy = False
        self.field = QLineEdit()
        self.field.setObjectName("bookLookupIsbn")
        self.field.setAccessibleName(tr("ISBN to look up"))
        self.field.setPlaceholderText(tr("scan or type an ISBN, then Enter"))
        self.field.setMaxLength(40)
        self.button = QPushButton(tr("&Look up"))
        self.button.setObjectName("bookLookupButton")
        self.button.setToolTip(tr("Ask the library's catalogues (Settings, Cataloguing) for this ISBN"))
        self.button.clicked.connect(self.look_up)
        self.note = QLabel()
        self.note.setObjectName("bookLookupNote")
        self.note.setWordWrap(True)
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def catch_enter(self) -> None:
        """Make Enter in the field ask (called after the form's own keys are wired, so this
        filter sees the key first: a scanner's Enter looks the ISBN up instead of moving on)."""
        self.field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.look_up()
            return True
        return False

    def say(self, text: str, kind: str) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(status_style(kind, bold=False))
        self.note.show()

    def look_up(self) -> None:
        if self.busy:
            return
        typed = self.field.text().strip()
        try:
            isbn13, _ = isbn_of(typed)
        except InvalidInput as exc:
            self.say(exc.message, "refused")
            return
        lookup = self.ctx.services.lookup
        try:
            names = ", ".join(t.name for t in lookup.targets())
        except InvalidInput as exc:
            self.say(exc.message, "refused")
            return
        self.busy = True
        self.button.setEnabled(False)
        self.say(tr("Asking {catalogues} for ISBN {isbn}…").format(catalogues=names or "-", isbn=isbn13),
                 "attention")
        self.ctx.worker.submit(lambda: lookup.look_up(isbn13), self._answered, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.note.hide()
        show_error(self, error)

    def _answered(self, result: LookupResult) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.result = result
        if not result.hits:
            if result.asked and not result.reached:
                self.say(tr("No catalogue could be reached."), "refused")
                self.offer_queue(result)
            else:
                self.say(result.message, "refused")
            return
        if len(result.hits) == 1:
            self.pick(result.hits[0])
            return
        self.say(tr("{count} records found: choose one").format(count=number_text(len(result.hits))),
                 "attention")
        chooser = HitChooser(result.hits, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self.pick(chooser.chosen) if chooser.chosen else None)
        chooser.open()

    def pick(self, hit: Hit) -> None:
        self.say(tr("Filled from {source}: check the fields, then save.").format(source=hit.source), "done")
        self.chosen.emit(hit)

    def offer_queue(self, result: LookupResult) -> QMessageBox:
        """No catalogue answered: offer to queue the ISBN (looked up again by the scheduled work)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Catalogues not reachable"),
                          tr("No catalogue could be reached for ISBN {isbn}. Is this desk offline?").format(
                              isbn=result.isbn13), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("lookupOffline")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText("\n".join(f.message for f in result.failures))
        queue = box.addButton(tr("&Queue it: look it up later"), QMessageBox.ButtonRole.AcceptRole)
        queue.setObjectName("lookupQueue")
        back = box.addButton(tr("&Type the record in"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        lookup, actor, isbn = self.ctx.services.lookup, self.ctx.actor, result.isbn13

        def answered() -> None:
            if box.clickedButton() is queue:
                self.ctx.worker.submit(lambda: lookup.queue(actor, isbn), lambda _r: self.say(
                    tr("ISBN {isbn} is queued: it is looked up again when a catalogue answers.").format(isbn=isbn),
                    "done"), lambda e: show_error(self, e))

        box.finished.connect(answered)
        box.open()
        return box
