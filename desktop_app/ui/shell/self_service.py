"""The self-service window for a member: my loans (renew, with the reason when refused) and
what I owe so far (fees and the fines of overdue loans), my holds (cancel), find a book and
place a hold. Large and touch-friendly; logs out by itself
after ``idle_ms`` without input (60 s by default) and always emits ``logged_out``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LibraryError, Refused
from ...services import Actor, Services
from ...services.catalog.search import BookRow, SearchCancelled
from ...services.circulation import RenewResult
from ...services.desk_queries import MemberCard
from ..catalog.cover import CoverPicture
from ..common.errors import show_error
from ..common.i18n import day_text, money_text, number_text, tr
from ..common.reasons import refusal_texts
from ..common.theme import ATTENTION, DONE, REFUSED, scaled_font, status_style
from ..common.worker import Worker
from ..desk.loans import LoansModel

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate}


class SelfServiceWindow(QWidget):
    logged_out = Signal(str)  # why: "button" or "idle"

    def __init__(self, services: Services, worker: Worker, actor: Actor, *, idle_ms: int = 60_000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.worker, self.actor = services, worker, actor
        self.queries = services.queries
        self.setObjectName("selfServiceWindow")
        self.setWindowTitle(tr("My library account — {member}").format(member=actor.display_name))
        self.setFont(scaled_font(self, 1.35))
        self._done = False
        self.books: list[BookRow] = []
        self.holds: list[tuple[int, str, str, object]] = []

        hello = QLabel(tr("Hello, {member}").format(member=actor.display_name), objectName="selfServiceHello")
        hello.setFont(scaled_font(self, 1.6, bold=True))
        self.logout_button = self._big_button(tr("Log out"), "selfServiceLogout", lambda: self.log_out("button"))
        self.message = QLabel("", objectName="selfServiceMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        self.message.hide()

        self.loans = LoansModel(self)
        self.loans_view = QTableView(objectName="selfServiceLoans")
        self.loans_view.setAccessibleName(tr("My loans"))
        self.loans_view.setModel(self.loans)
        self.loans_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_view.verticalHeader().setVisible(False)
        self.loans_view.verticalHeader().setDefaultSectionSize(52)
        self.loans_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.loans_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            self.loans_view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.renew_button = self._big_button(tr("Renew selected"), "selfServiceRenew", self.renew_selected)
        self.owed = QLabel("", objectName="selfServiceOwed")
        self.owed.setWordWrap(True)
        self.owed.setAccessibleName(tr("What I owe"))
        self.owed.hide()
        loans_page = self._page(self.loans_view, self.renew_button, above=self.owed)

        self.holds_list = QListWidget(objectName="selfServiceHolds")
        self.holds_list.setAccessibleName(tr("My holds"))
        self.cancel_hold_button = self._big_button(tr("Cancel selected hold"), "selfServiceCancelHold",
                                                   self.cancel_hold)
        holds_page = self._page(self.holds_list, self.cancel_hold_button)

        self.search = QLineEdit(objectName="selfServiceSearch")
        self.search.setAccessibleName(tr("Search the catalog"))
        self.search.setPlaceholderText(tr("Title, author or ISBN"))
        self.search.setMinimumHeight(52)
        self.search.textChanged.connect(self._search_later)
        self.results = QListWidget(objectName="selfServiceResults")
        self.results.setAccessibleName(tr("Search results"))
        self.hold_button = self._big_button(tr("Place a hold"), "selfServicePlaceHold", self.place_hold)
        self.cover = CoverPicture(services, worker, height=240, placeholder=False)  # the chosen book's
        self.results.currentRowChanged.connect(
            lambda row: self.cover.show_book(self.books[row].id if 0 <= row < len(self.books) else None))
        search_page = QWidget()
        sp = QVBoxLayout(search_page)
        sp.addWidget(self.search)
        found = QHBoxLayout()
        found.addWidget(self.results, 1)
        found.addWidget(self.cover, 0, Qt.AlignmentFlag.AlignTop)
        sp.addLayout(found, 1)
        sp.addWidget(self.hold_button, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget(objectName="selfServiceTabs")
        self.tabs.addTab(loans_page, tr("My loans"))
        self.tabs.addTab(holds_page, tr("My holds"))
        self.tabs.addTab(search_page, tr("Find a book"))
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 10px 22px; }")

        top = QHBoxLayout()
        top.addWidget(hello, 1)
        top.addWidget(self.logout_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.run_search)
        self.idle = QTimer(self, singleShot=True, interval=idle_ms)
        self.idle.timeout.connect(lambda: self.log_out("idle"))
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]  # a window exists only in a running app
        self.idle.start()
        self.reload()

    def _big_button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text)
        button.setMinimumSize(200, 56)
        button.clicked.connect(slot)
        return button

    def _page(self, view: QWidget, button: QPushButton, *, above: QWidget | None = None) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        if above is not None:
            box.addWidget(above)
        box.addWidget(view, 1)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- idle logout ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self._done:
            self.idle.start()
        return False

    def log_out(self, why: str) -> None:
        """End the member's session once; the window closes and ``logged_out`` fires."""
        if self._done:
            return
        self._done = True
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()
        self.logged_out.emit(why)

    # -- data -----------------------------------------------------------------------------
    def say(self, text: str, kind: str = DONE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(status_style(kind))
        self.message.show()

    def _said_and_reloaded(self, text: str) -> None:
        self.say(text)
        self.reload()

    def reload(self) -> None:
        member_id = self.actor.member_id or 0
        self.worker.submit(lambda: (self.queries.member_card(self.actor, member_id),
                                    self.queries.active_holds(self.actor, member_id)),
                           self._show, self._error)

    def _show(self, data: tuple[MemberCard, list[tuple[int, str, str, object]]]) -> None:
        card, holds = data
        self.loans.set_loans(card.loans)
        self.renew_button.setEnabled(bool(card.loans))
        self._show_owed(card)
        self.tabs.setTabText(0, tr("My loans ({count})").format(count=number_text(len(card.loans))))
        self.holds = holds
        self.holds_list.clear()
        for _id, title, status, pickup in holds:
            text = tr("{title} — ready, pick up by {date}").format(title=title, date=day_text(pickup)) \
                if status == "ready" and isinstance(pickup, date) else tr("{title} — waiting").format(title=title)
            self.holds_list.addItem(QListWidgetItem(text))
        self.cancel_hold_button.setEnabled(bool(holds))
        self.tabs.setTabText(1, tr("My holds ({count})").format(count=number_text(len(holds))))

    def _show_owed(self, card: MemberCard) -> None:
        """What the member owes so far: open fees and the fines their overdue books ran up."""
        if card.accrued_cents and card.owed_cents:
            text = tr("You owe {total} so far: {fees} in fees and {fines} in fines of overdue books (they grow "
                      "until the books are returned or renewed)").format(
                total=money_text(card.owed_so_far_cents), fees=money_text(card.owed_cents),
                fines=money_text(card.accrued_cents))
        elif card.accrued_cents:
            text = tr("You owe {total} so far in fines of overdue books (they grow until the books are returned "
                      "or renewed)").format(total=money_text(card.accrued_cents))
        elif card.owed_cents:
            text = tr("You owe {total} in fees.").format(total=money_text(card.owed_cents))
        else:
            self.owed.hide()
            return
        self.owed.setText(text)
        self.owed.setStyleSheet(status_style(ATTENTION))
        self.owed.show()

    def _error(self, error: BaseException) -> None:
        if isinstance(error, Refused):
            self.say("; ".join(refusal_texts(error)), REFUSED)
        elif isinstance(error, LibraryError):
            self.say(error.message, REFUSED)
        else:
            show_error(self, error)

    def renew_selected(self) -> None:
        rows = self.loans_view.selectionModel().selectedRows()
        if not rows:
            self.say(tr("Touch a loan first, then Renew."), ATTENTION)
            return
        barcode = self.loans.loan_at(rows[0].row()).barcode
        self.worker.submit(lambda: self.services.circulation.renew(self.actor, barcode), self._renewed, self._error)

    def _renewed(self, result: RenewResult) -> None:
        if result.fee_cents:
            self.say(tr("Renewed '{title}': now due {due}. A fine of {amount} for the days it was late is now "
                        "owed.").format(title=result.title, due=day_text(result.due_date),
                                        amount=money_text(result.fee_cents)), ATTENTION)
        else:
            self.say(tr("Renewed '{title}': now due {due}.").format(title=result.title,
                                                                     due=day_text(result.due_date)), DONE)
        self.reload()

    def cancel_hold(self) -> None:
        row = self.holds_list.currentRow()
        if not 0 <= row < len(self.holds):
            self.say(tr("Touch a hold first, then Cancel."), ATTENTION)
            return
        hold_id, title = self.holds[row][0], self.holds[row][1]
        self.worker.submit(lambda: self.services.holds.cancel(self.actor, hold_id, reason="cancelled by member"),
                           lambda _: self._said_and_reloaded(
                               tr("Your hold on '{title}' is cancelled.").format(title=title)), self._error)

    def _search_later(self) -> None:
        self._search_timer.start()

    def run_search(self) -> None:
        query = self.search.text().strip()
        if len(query) < 2:
            self.results.clear()
            self.books = []
            return
        search = self.services.search

        def find() -> list[BookRow]:
            try:
                return search.book_rows(list(search.books(query).ids[:50]))
            except SearchCancelled:
                return []

        self.worker.submit(find, self._found, self._error, channel="self-service-search", cancel=search.interrupt)

    def _found(self, rows: list[BookRow]) -> None:
        self.books = rows
        self.results.clear()
        for b in rows:
            text = tr("{title} — {authors} (available now)") if b.available else tr("{title} — {authors} (all on loan)")
            self.results.addItem(QListWidgetItem(text.format(title=b.title, authors=b.authors or tr("unknown author"))))
        if rows:
            self.results.setCurrentRow(0)

    def place_hold(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self.books):
            self.say(tr("Search for a book and touch it first."), ATTENTION)
            return
        book = self.books[row]
        self.worker.submit(lambda: self.services.holds.place(self.actor, self.actor.username, book.id),
                           lambda _: self._said_and_reloaded(
                               tr("Hold placed on '{title}'. We will tell you when it is ready.").format(
                                   title=book.title)), self._error)
