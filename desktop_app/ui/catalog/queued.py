"""The ISBNs queued while no catalogue could be reached: a list a librarian works through.

A queued ISBN is looked up again by the scheduled work (services.lookup.retry_waiting) or at
once here ("Look up now"); a found one waits for a librarian to check and add it ("Add the
record…", with the chooser when the catalogues give several records). Every call to a
catalogue runs on the worker, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.values import Role
from ...services.lookup import LookupResult
from ...services.lookup.queue import ADDED, FOUND, NOT_FOUND, WAITING, RequestView
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, number_text, tr, when_text
from ..common.theme import status_style
from .lookup import HitChooser

STATE_TEXTS = {WAITING: N_("waiting for a catalogue"), FOUND: N_("found: add it"),
               NOT_FOUND: N_("not known to any catalogue"), ADDED: N_("added")}


class QueuedLookups(QDialog):
    """The queue of ISBN look-ups, with what can be done to each. ``added(book_id)`` after a
    record was added as a title."""

    added = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RequestView] = []
        self.busy = False
        self.setObjectName("queuedLookups")
        self.setWindowTitle(tr("Queued ISBN look-ups"))
        self.setMinimumSize(720, 360)
        intro = QLabel(tr("ISBNs scanned while no catalogue could be reached. They are looked up again "
                          "on their own when a catalogue answers; a librarian checks a found record and adds it."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("queuedTable")
        self.table.setAccessibleName(tr("Queued look-ups"))
        self.table.setHorizontalHeaderLabels([tr("ISBN"), tr("State"), tr("Queued"), tr("By"), tr("Found")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.note = QLabel()
        self.note.setObjectName("queuedNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.retry = QPushButton(tr("&Look up now"))
        self.retry.setObjectName("queuedRetry")
        self.retry.clicked.connect(self.look_up_now)
        self.add = QPushButton(tr("&Add the record…"))
        self.add.setObjectName("queuedAdd")
        self.add.clicked.connect(self.add_selected)
        self.drop = QPushButton(tr("&Remove from the queue"))
        self.drop.setObjectName("queuedDrop")
        self.drop.clicked.connect(self.drop_selected)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.retry, self.add, self.drop, close):
            button.setAutoDefault(False)
        if not ctx.actor.at_least(Role.LIBRARIAN):
            self.add.setToolTip(tr("Librarians and admins add titles"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addWidget(self.add)
        buttons.addWidget(self.drop)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.reload()

    # -- the list --------------------------------------------------------------------
    def reload(self) -> None:
        lookup = self.ctx.services.lookup
        self.ctx.worker.submit(lambda: lookup.requests(states=(WAITING, FOUND, NOT_FOUND, ADDED)),
                               self._show, lambda e: show_error(self, e), channel="queued-lookups")

    def _show(self, rows: list[RequestView]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, request in enumerate(rows):
            found = (request.message or "").splitlines()
            cells = (request.isbn, tr(STATE_TEXTS.get(request.state, request.state)), when_text(request.queued_at),
                     request.queued_by or "", found[0] if request.state == FOUND and found else
                     (request.message or "" if request.state != ADDED else ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(request.message or "")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        again = next((i for i, r in enumerate(rows) if chosen and r.id == chosen.id), 0 if rows else -1)
        if again >= 0:
            self.table.selectRow(again)
        if not rows:
            self.say(tr("No ISBN is queued."), "done")
        self._update_buttons()

    def selected(self) -> RequestView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        request = self.selected()
        idle = not self.busy
        self.retry.setEnabled(idle and any(r.state == WAITING for r in self.rows))
        self.add.setEnabled(idle and request is not None and request.state == FOUND
                            and self.ctx.actor.at_least(Role.LIBRARIAN))
        self.drop.setEnabled(idle and request is not None)

    def say(self, text: str, kind: str) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(status_style(kind, bold=False))
        self.note.show()

    def _working(self, text: str) -> None:
        self.busy = True
        self.say(text, "attention")
        self._update_buttons()

    def _done(self, text: str | None = None, kind: str = "done") -> None:
        self.busy = False
        if text:
            self.say(text, kind)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.note.hide()
        self._update_buttons()
        show_error(self, error)

    # -- what can be done ------------------------------------------------------------
    def look_up_now(self) -> None:
        if self.busy:
            return
        lookup, actor = self.ctx.services.lookup, self.ctx.actor
        self._working(tr("Asking the catalogues for the queued ISBNs…"))
        self.ctx.worker.submit(lambda: lookup.retry_waiting(actor), lambda message: self._done(message),
                               self._failed)

    def add_selected(self) -> None:
        """Ask again for the found record (several: the clerk chooses), then add it as a title."""
        request = self.selected()
        if self.busy or request is None or request.state != FOUND:
            return
        lookup = self.ctx.services.lookup
        self._working(tr("Asking the catalogues for ISBN {isbn}…").format(isbn=request.isbn))
        self.ctx.worker.submit(lambda: lookup.look_up(request.isbn), lambda r: self._answered(request, r),
                               self._failed)

    def _answered(self, request: RequestView, result: LookupResult) -> None:
        if not result.hits:
            self._done(result.message, "refused")
            return
        if len(result.hits) == 1:
            self._add(request, 0)
            return
        self.say(tr("{count} records found: choose one").format(count=number_text(len(result.hits))), "attention")
        chooser = HitChooser(result.hits, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(code: int) -> None:
            row = chooser.table.currentRow()
            if code == QDialog.DialogCode.Accepted and row >= 0:
                self._add(request, row)
            else:
                self._done()

        chooser.finished.connect(chosen)
        chooser.open()

    def _add(self, request: RequestView, choice: int) -> None:
        lookup, actor = self.ctx.services.lookup, self.ctx.actor
        self.ctx.worker.submit(lambda: lookup.add_found(actor, request.id, choice=choice),
                               lambda book_id: self._added(request, book_id), self._failed)

    def _added(self, request: RequestView, book_id: int) -> None:
        self._done(tr("The record of ISBN {isbn} is in the catalog.").format(isbn=request.isbn))
        self.added.emit(book_id)

    def drop_selected(self) -> None:
        request = self.selected()
        if self.busy or request is None:
            return
        lookup, actor = self.ctx.services.lookup, self.ctx.actor
        self.ctx.worker.submit(lambda: lookup.drop_request(actor, request.id),
                               lambda _r: self._done(tr("ISBN {isbn} is no longer queued.").format(isbn=request.isbn)),
                               self._failed)
