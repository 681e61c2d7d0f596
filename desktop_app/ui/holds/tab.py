"""The Holds tab: the hold shelf (ready for pickup, deadlines, expiring soon highlighted),
checking in a held copy, expiring uncollected holds, and the waiting line of one book with
placing and cancelling holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput, Refused
from ...domain.values import Role
from ...services.changes import Changes
from ...services.circulation import CheckinResult
from ...services.circulation.holds import HoldView, PullItem
from ..common import forms
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import number_text, tr
from ..common.rows import RowListModel
from ..common.tables import make_table, remember_header, set_widths
from ..common.theme import status_style
from .model import HoldQueueModel, HoldShelfModel, PullListModel

BookChoice = tuple[int, str]


class HoldsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browse = ctx.services.browse
        today = ctx.services.library.today()
        # -- the shelf ---------------------------------------------------------------
        self.shelf = HoldShelfModel(today, self)
        self.shelf_table = make_table("holdShelfTable", tr("Hold shelf: copies waiting for pickup"))
        self.shelf_table.setModel(self.shelf)
        self.shelf_table.setSortingEnabled(True)
        self.shelf_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(self.shelf_table, [11, 13, 18, 11, 26, 11])
        remember_header(ctx, self.shelf_table, "holdShelf")
        self.shelf_note = QLabel()
        self.shelf_note.setObjectName("holdShelfNote")
        self.scan = QLineEdit()
        self.scan.setObjectName("holdCheckinScan")
        self.scan.setAccessibleName(tr("Scan a returned copy to check it in"))
        self.scan.setPlaceholderText(tr("Scan a returned copy to check it in (fills the next hold)"))
        self.scan.returnPressed.connect(self.check_in)
        self.result = QLabel()
        self.result.setObjectName("holdCheckinResult")
        self.result.setWordWrap(True)
        self.result.hide()
        cancel_shelf = self._button("holdShelfCancel", tr("&Cancel hold…"),
                                    lambda: self.cancel(self.shelf_table))
        expire = self._button("holdExpire", tr("E&xpire uncollected"), self.expire)
        expire.setToolTip(tr("Close ready holds whose pickup deadline has passed; each copy goes to the next in line"))
        shelf_box = QGroupBox(tr("Hold shelf — ready for pickup"))
        shelf_layout = QVBoxLayout(shelf_box)
        row = QHBoxLayout()
        row.addWidget(self.scan, 1)
        row.addWidget(cancel_shelf)
        row.addWidget(expire)
        shelf_layout.addLayout(row)
        shelf_layout.addWidget(self.result)
        shelf_layout.addWidget(self.shelf_table, 1)
        shelf_layout.addWidget(self.shelf_note)
        # -- one book's queue -----------------------------------------------------------
        self.book_search = QLineEdit()
        self.book_search.setObjectName("holdBookSearch")
        self.book_search.setAccessibleName(tr("Find a book by title, author, ISBN or copy barcode"))
        self.book_search.setPlaceholderText(tr("Find a book: title, author, ISBN or a copy's barcode, then Enter"))
        self.book_search.returnPressed.connect(self.find_books)
        self.book_choice = QComboBox()
        self.book_choice.setObjectName("holdBookChoice")
        self.book_choice.setAccessibleName(tr("Book"))
        self.book_choice.setMinimumContentsLength(30)
        self.book_choice.currentIndexChanged.connect(lambda *_: self.load_queue())
        self.queue = HoldQueueModel(self)
        self.queue_table = make_table("holdQueueTable", tr("Waiting line for the chosen book"))
        self.queue_table.setModel(self.queue)
        set_widths(self.queue_table, [5, 18, 11, 11, 8, 11])
        place = self._button("holdPlace", tr("&Place hold…"), self.place)
        cancel_queue = self._button("holdQueueCancel", tr("Ca&ncel hold…"),
                                    lambda: self.cancel(self.queue_table))
        queue_box = QGroupBox(tr("Waiting line for a book"))
        queue_layout = QVBoxLayout(queue_box)
        row = QHBoxLayout()
        row.addWidget(self.book_search, 1)
        row.addWidget(self.book_choice, 1)
        queue_layout.addLayout(row)
        queue_layout.addWidget(self.queue_table, 1)
        row = QHBoxLayout()
        row.addWidget(place)
        row.addWidget(cancel_queue)
        row.addStretch(1)
        queue_layout.addLayout(row)
        # -- holds a copy on the shelves can fill now ----------------------------------------
        self.pulls = PullListModel(self)
        self.pull_table = make_table("holdPullTable", tr("Holds to fill from the shelves: fetch the copy, scan it in"))
        self.pull_table.setModel(self.pulls)
        set_widths(self.pull_table, [24, 20, 11, 20, 20])
        pull_box = QGroupBox(tr("To fetch from the shelves — scan the copy above to put it on the hold shelf"))
        pull_layout = QVBoxLayout(pull_box)
        pull_layout.addWidget(self.pull_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(shelf_box)
        split.addWidget(pull_box)
        split.addWidget(queue_box)
        split.setSizes([380, 160, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=lambda: self.book_search.setFocus())
        ctx.events.changed.connect(self._data_changed)
        self.load_shelf()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- the shelf -----------------------------------------------------------------------
    def load_shelf(self) -> None:
        holds, lib = self.ctx.services.holds, self.ctx.services.library
        self.ctx.worker.submit(lambda: (lib.today(), holds.shelf(), holds.pull_list()), self._shelf_loaded,
                               lambda e: show_error(self, e), channel="hold-shelf")

    def _shelf_loaded(self, loaded: tuple[date, list[HoldView], list[PullItem]]) -> None:
        self.shelf.today, rows, pulls = loaded
        self.shelf.set_rows(rows)
        self.pulls.set_rows(pulls)
        late = sum(1 for h in rows if h.pickup_by and h.pickup_by < self.shelf.today)
        soon = sum(1 for h in rows if h.pickup_by and 0 <= (h.pickup_by - self.shelf.today).days <= 1)
        self.shelf_note.setText(tr("{waiting} waiting · {soon} expiring today or tomorrow · {late} past the "
                                   "deadline (use Expire uncollected)").format(
            waiting=number_text(len(rows)), soon=number_text(soon), late=number_text(late)))

    def check_in(self) -> None:
        barcode = self.scan.text().strip()
        if not barcode:
            return
        self.scan.clear()
        circulation, actor = self.ctx.services.circulation, self.ctx.actor
        self.ctx.worker.submit(lambda: circulation.checkin(actor, barcode), self._checked_in, self._check_in_failed)

    def _checked_in(self, result: CheckinResult) -> None:
        self.result.setText(result.message)
        self.result.setStyleSheet(status_style("attention" if result.hold_for else "done", size_pt=13))
        self.result.show()

    def _check_in_failed(self, error: BaseException) -> None:
        self.result.setText(str(error))
        self.result.setStyleSheet(status_style("refused", size_pt=13))
        self.result.show()

    def expire(self) -> None:
        holds, actor = self.ctx.services.holds, self.ctx.actor

        def done(expired: list[HoldView]) -> None:
            names = ", ".join(f"{h.member_name} ('{h.title}')" for h in expired[:5])
            if len(expired) > 5:
                text = tr("Expired {count} holds: {names} and {more} more").format(
                    count=number_text(len(expired)), names=names, more=number_text(len(expired) - 5))
            elif expired:
                text = tr("Expired {count} holds: {names}").format(count=number_text(len(expired)), names=names)
            else:
                text = tr("No uncollected holds to expire")
            self.ctx.events.status_message.emit(text)
            self.result.setText(text)
            self.result.setStyleSheet(status_style("done", size_pt=11, bold=False))
            self.result.show()

        self.ctx.worker.submit(lambda: holds.expire(actor), done, lambda e: show_error(self, e))

    def cancel(self, table: QTableView) -> None:
        index = table.currentIndex()
        if not index.isValid():
            show_error(self, InvalidInput(tr("Choose the hold to cancel first")))
            return
        rows: RowListModel[HoldView] = self.shelf if table is self.shelf_table else self.queue
        hold = rows.row_at(index.row())
        reason = forms.ask_reason(
            self, title=tr("Cancel hold"),
            text=tr("Cancel the hold of {member} on '{title}'?").format(member=hold.member_name, title=hold.title),
            action=tr("Cancel the &hold"), safe=tr("&Keep the hold"))
        if reason is None:
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.worker.submit(lambda: holds.cancel(actor, hold.id, reason=reason or None),
                               lambda _: self._changed(tr("Cancelled the hold of {member}").format(
                                   member=hold.member_name)),
                               lambda e: show_error(self, e))

    def _changed(self, message: str) -> None:
        self.ctx.events.status_message.emit(message)

    # -- one book's queue ----------------------------------------------------------------
    def find_books(self) -> None:
        query = self.book_search.text().strip()
        if not query:
            return
        search, browse = self.ctx.services.search, self.browse

        def job() -> list[BookChoice]:
            by_copy = browse.book_id_for_barcode(query)
            ids = [by_copy] if by_copy else list(search.books(query).ids[:50])
            return [(r.id, tr("{title} — {authors} ({year})").format(title=r.title, authors=r.authors,
                                                                     year=r.year or tr("n.d.")))
                    for r in search.book_rows(ids)]

        self.ctx.worker.submit(job, self._books_found, lambda e: show_error(self, e), channel="hold-books",
                               cancel=search.interrupt)

    def _books_found(self, books: list[BookChoice]) -> None:
        self.book_choice.clear()
        for book_id, label in books:
            self.book_choice.addItem(label, book_id)
        if not books:
            self.book_choice.addItem(tr("No book found"))
            self.queue.set_rows([])

    def chosen_book(self) -> int | None:
        data = self.book_choice.currentData()
        return int(data) if data is not None else None

    def load_queue(self) -> None:
        book_id = self.chosen_book()
        if book_id is None:
            self.queue.set_rows([])
            return
        holds = self.ctx.services.holds
        self.ctx.worker.submit(lambda: holds.queue(book_id), self.queue.set_rows, lambda e: show_error(self, e),
                               channel="hold-queue")

    def place(self) -> None:
        book_id = self.chosen_book()
        if book_id is None:
            show_error(self, InvalidInput(tr("Find and choose a book first")))
            return
        question = tr("Card number of the member who wants\n{book}:").format(book=self.book_choice.currentText())
        card, ok = QInputDialog.getText(self, tr("Place hold"), question)
        if not ok or not card.strip():
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor

        def done(view: HoldView) -> None:
            if view.position:
                self._changed(tr("Hold placed for {member}: number {position} in line").format(
                    member=view.member_name, position=number_text(view.position)))
            else:
                self._changed(tr("Hold placed for {member}: ready").format(member=view.member_name))

        self.ctx.worker.submit(lambda: holds.place(actor, card.strip(), book_id), done,
                               lambda e: self._place_refused(e, card.strip(), book_id))

    def _place_refused(self, error: BaseException, card: str, book_id: int) -> None:
        """A librarian may override an overridable refusal, giving a reason."""
        if not isinstance(error, Refused) or not error.overridable or not self.ctx.actor.at_least(Role.LIBRARIAN):
            show_error(self, error)
            return
        question = tr("{refusal}\n\nPlace the hold anyway? Reason:").format(refusal=error.message)
        reason, ok = QInputDialog.getText(self, tr("Override"), question)
        if not ok or not reason.strip():
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.worker.submit(lambda: holds.place(actor, card, book_id, override_reason=reason.strip()),
                               lambda v: self._changed(tr("Hold placed for {member} (override)").format(
                                   member=v.member_name)),
                               lambda e: show_error(self, e))

    def _data_changed(self, changed: Changes) -> None:
        if changed.touches("holds", "loans", "books", "copies", "members"):
            self.load_shelf()
            self.load_queue()

