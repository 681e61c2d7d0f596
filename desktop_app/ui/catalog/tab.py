"""The Catalog tab: search as you type, a table that scrolls a million titles, filters, the
detail pane with the copies, and add/edit/delete books.

Searches run on the worker on the "catalog-search" channel: a newer keystroke supersedes an
older search and interrupts it in SQLite. The table model holds only ids; rows come from a
``BookRowFetcher`` with its own read connection (see ``ui/catalog/model.py``).
"""

from __future__ import annotations

import time
from array import array
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.values import Role
from ...services.catalog import BookView
from ...services.catalog.browse import Facets
from ...services.catalog.search import SearchCancelled
from ...services.changes import Changes, Kind
from ..common import memory
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.forms import confirm_destructive
from ..common.i18n import key_text, number_text, tr
from ..common.tables import make_table, remember_header, set_widths
from .bulk_dialog import BulkEditDialog
from .detail import BookDetail
from .dialog import BookDialog
from .filters import FilterBar
from .model import COLUMNS, BookTableModel
from .queued import QueuedLookups


@dataclass(frozen=True)
class Found:
    query: str
    ids: array
    total: int
    capped: bool
    started: float


class CatalogTab(QWidget):
    """Search, browse and edit the catalog. ``results_shown(seconds)`` fires each time the
    table shows a new result, with the time since the keystroke that asked for it."""

    results_shown = Signal(float)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browse = ctx.services.browse
        self.fetcher = ctx.services.book_rows()
        self.destroyed.connect(lambda *_: self.fetcher.close())
        self.sort_key: str | None = None  # None: relevance for a query, title when browsing
        self.descending = False
        self._searching = 0
        self._stale: set[Kind] = set()  # kinds of data that changed while the tab was hidden

        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setAccessibleName(tr("Search the catalog"))
        self.search.setPlaceholderText(tr("Search title, author, ISBN, series, subject…   ({shortcut})").format(
            shortcut=key_text("Ctrl+F")))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._focus_table)
        self.count = QLabel()
        self.count.setObjectName("catalogCount")
        self.filters = FilterBar()
        self.filters.changed.connect(self.run_search)
        clear = QPushButton(tr("Clear filters"))
        clear.clicked.connect(self.filters.clear)

        self.model = BookTableModel(self.fetcher.rows, self)
        self.model.sort_requested.connect(self._sort)
        self.table = make_table("catalogTable", tr("Catalog titles"))
        self.table.setModel(self.model)
        set_widths(self.table, [23, 16, 4, 7, 13, 9, 7])  # all seven fit beside the detail pane
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        remember_header(ctx, self.table, "catalog")
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._header_sort)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda *_: self.edit_book())
        self.detail = BookDetail(ctx)
        self.detail.print_labels.connect(self.print_labels)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, shortcut, slot in (("new", tr("&New book"), "Ctrl+N", self.new_book),
                                          ("edit", tr("&Edit book"), "Ctrl+E", self.edit_book),
                                          ("delete", tr("Delete book"), None, self.delete_book)):
            button = QPushButton(text)
            button.setObjectName(f"catalog_{key}")
            button.setAccessibleName(text.replace("&", ""))
            if shortcut:
                button.setToolTip(tr("{action} ({shortcut})").format(action=text.replace("&", ""),
                                                                      shortcut=key_text(shortcut)))
                QShortcut(QKeySequence(shortcut), self, activated=slot)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        self.menu_actions = self._menu_actions()
        more = QToolButton()
        more.setText(tr("Import / export"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addActions(self.menu_actions)
        more.setMenu(menu)
        bar.addWidget(more)
        bar.addStretch(1)
        bar.addWidget(self.count)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.filters, 1)
        filters.addWidget(clear)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("catalogSplit")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([780, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_book,
                  context=Qt.ShortcutContext.WidgetShortcut)
        ctx.events.changed.connect(self._data_changed)
        self._update_buttons()
        self.run_search()
        self.load_facets()  # after the first search: on a million titles the facets take seconds

    def _menu_actions(self) -> list[QAction]:
        """Catalog entries for the main window's menu (also in the tab's own menu button)."""
        actions = []
        for text, slot in ((tr("&Import records…"), self.import_records), (tr("&Export…"), self.export_data),
                           (tr("Print &labels…"), lambda: self.print_labels([])),
                           (tr("&Queued ISBN look-ups…"), self.queued_lookups),
                           (tr("&Bulk edit copies…"), self.bulk_edit)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            actions.append(action)
        if not self.ctx.actor.at_least(Role.LIBRARIAN):
            actions[0].setEnabled(False)
            actions[0].setToolTip(tr("Librarians and admins import records"))
            actions[4].setEnabled(False)
            actions[4].setToolTip(tr("Librarians and admins edit copies in bulk"))
        return actions

    # -- searching ---------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self) -> None:
        """Search for what is typed with the current filters and sort (on the worker)."""
        query, filters = self.search.text(), self.filters.filters()
        sort, desc = self.sort_key, self.descending
        searcher, browse, started = self.ctx.services.search, self.browse, time.perf_counter()

        def job() -> Found:
            result = searcher.books(query, filters=filters, sort=sort or "title", descending=desc)
            ids = result.ids
            if query.strip() and sort:
                ids = browse.sorted_ids(ids, sort=sort, descending=desc)
            return Found(query, ids, result.total, result.capped, started)

        self._searching += 1
        self.ctx.worker.submit(job, self._show, self._failed, channel="catalog-search", cancel=searcher.interrupt)

    def _show(self, found: Found) -> None:
        self._searching = 0
        keep = self.current_book_id()
        self.model.set_result(found.ids)
        if found.capped:
            self.count.setText(tr("First {shown} of more than {total} matches — type more").format(
                shown=number_text(len(found.ids)), total=number_text(found.total - 1)))
        else:
            self.count.setText(tr("{count} titles").format(count=number_text(len(found.ids)))
                               if len(found.ids) != 1 else tr("1 title"))
        row = 0 if keep is None else self._row_for(found.ids, keep)
        if found.ids:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.detail.show_book(None)
        self._update_buttons()
        self.results_shown.emit(time.perf_counter() - found.started)
        if len(found.ids) >= memory.BIG_RESULT:
            memory.give_back()

    @staticmethod
    def _row_for(ids: array, book_id: int) -> int:
        # A linear scan of an array of ints: about 5 ms for a million ids, only after a change.
        try:
            return ids.index(book_id)
        except ValueError:
            return 0

    def _failed(self, error: BaseException) -> None:
        self._searching = 0
        if not isinstance(error, SearchCancelled):
            show_error(self, error)

    def _header_sort(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1]:
            self.model.sort(column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        current = next((i for i, (_, k) in enumerate(COLUMNS) if k == self.sort_key), -1)
        header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.run_search()

    def load_facets(self) -> None:
        self.ctx.worker.submit(self.browse.facets, self._facets, lambda e: None, channel="catalog-facets")

    def _facets(self, facets: Facets) -> None:
        self.filters.set_facets(facets)
        memory.give_back()  # counting the facets freed much more than it keeps

    # -- the chosen book ---------------------------------------------------------------
    def current_book_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.book_id(index.row()) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.load_detail(self.model.book_id(current.row()) if current.isValid() else None)

    def load_detail(self, book_id: int | None) -> None:
        if book_id is None:
            self.detail.show_book(None)
            return
        catalog = self.ctx.services.catalog
        self.ctx.worker.submit(lambda: catalog.book(book_id), self.detail.show_book,
                               lambda e: self.detail.show_book(None), channel="catalog-detail")

    def _update_buttons(self) -> None:
        chosen = self.current_book_id() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _data_changed(self, changed: Changes) -> None:
        """Refresh for a data change; a hidden tab only notes it and refreshes when shown, so a
        loan at the desk costs the catalog nothing while the clerk is scanning. A change of
        books runs the search again (titles, facets); one of copies, loans or holds refreshes
        the rows shown and the detail (availability)."""
        if not changed.touches("books", "copies", "loans", "holds"):
            return
        if not self.isVisible():
            self._stale |= changed.kinds
            return
        if changed.touches("books"):
            self.load_facets()
            self.run_search()
        else:
            self.model.refresh()
            self.load_detail(self.current_book_id())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        stale, self._stale = self._stale, set()
        if stale:
            self._data_changed(Changes(frozenset(stale)))

    # -- editing -----------------------------------------------------------------------
    def bulk_edit(self) -> BulkEditDialog:
        """Bulk edit of the copies of the titles found (or of scanned barcodes)."""
        dialog = BulkEditDialog(self.ctx, self.model.ids(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def queued_lookups(self) -> QueuedLookups:
        dialog = QueuedLookups(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda _book_id: self.run_search())
        dialog.open()
        return dialog

    def new_book(self) -> BookDialog:
        dialog = BookDialog(self.ctx, None, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.copies_wanted.connect(self.add_copies_to)
        dialog.open()
        return dialog

    def add_copies_to(self, book_id: int) -> None:
        """Show the book ``book_id`` and ask how many copies to add (a new book's ISBN that
        the catalog already had: the clerk chose a copy of it instead)."""
        catalog = self.ctx.services.catalog
        self.ctx.worker.submit(lambda: catalog.book(book_id), self._offer_copies, lambda e: show_error(self, e))

    def _offer_copies(self, view: BookView) -> None:
        isbn = view.values.get("isbn13")
        if isbn:
            self.search.setText(str(isbn))  # the table shows that book as the copies go in
        self.detail.show_book(view)
        self.detail.add_copies()

    def edit_book(self) -> None:
        book_id = self.current_book_id()
        if book_id is None:
            return
        catalog = self.ctx.services.catalog
        self.ctx.worker.submit(lambda: catalog.book(book_id), self._edit, lambda e: show_error(self, e))

    def _edit(self, view: BookView) -> None:
        self.open_editor(view)

    def open_editor(self, view: BookView) -> BookDialog:
        dialog = BookDialog(self.ctx, view, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: BookDialog) -> None:
        if dialog.saved_id is not None:
            self.load_detail(dialog.saved_id)

    def delete_book(self) -> None:
        book_id = self.current_book_id()
        row = self.model.book_row(self.table.currentIndex().row()) if book_id is not None else None
        if book_id is None or row is None:
            return
        text = (tr("Delete '{title}' and its copy?").format(title=row.title) if row.copies == 1 else
                tr("Delete '{title}' and its {count} copies?").format(title=row.title, count=number_text(row.copies)))
        if not confirm_destructive(self, title=tr("Delete book"), text=text, action=tr("&Delete book"),
                                   safe=tr("&Keep it"), name="deleteBookConfirm"):
            return
        catalog, actor = self.ctx.services.catalog, self.ctx.actor
        self.ctx.worker.submit(lambda: catalog.delete_book(actor, book_id),
                               lambda _: self._deleted(row.title), lambda e: show_error(self, e))

    def _deleted(self, title: str) -> None:
        self.ctx.events.status_message.emit(tr("Deleted '{title}'").format(title=title))

    # -- import, export, labels (ui/interchange_*.py, loaded on first use) ------------------
    def import_records(self) -> QDialog:
        from ..interchange.dialogs import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.open()
        return dialog

    def export_data(self) -> QDialog:
        from ..interchange.dialogs import ExportDialog

        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        return dialog

    def print_labels(self, barcodes: list[str]) -> QDialog:
        """Labels for ``barcodes`` (the copies chosen in the detail pane), else for all the
        copies of the chosen book, or the other ways the dialog offers."""
        from ..interchange.printing import LabelsDialog

        view = self.detail.view
        if not barcodes and view is not None:
            barcodes = [c.barcode for c in view.copies]
        title = str(view.values["title"]) if view is not None else None
        dialog = LabelsDialog(self.ctx, self, barcodes=barcodes, book_title=title, search=self.search.text())
        dialog.open()
        return dialog
