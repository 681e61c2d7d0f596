"""The catalog table: ids eager, rows lazy.

``BookTableModel`` holds a search result's ids (``array('q')``: 8 bytes a title) and reports
the true row count. Rows are fetched by id in windows of ``WINDOW`` rows when the view first
paints them, and kept in a small LRU cache, so a million-title result costs a few MB.

Windows are fetched synchronously on the GUI thread, and the fetcher has its own read
connection so it never waits behind a search running on the worker. A window is about two
screens of rows: after a jump on a million titles the ids of one window lie on scattered
pages, so a 64-row window costs about 0.6 ms where a 200-row one cost 5 to 13 ms
(``bench/bench_desk.py``); a screen needs one or two windows. If a fetch fails the
window shows "…" and is retried on the next paint.

Sorting does not happen here: ``sort()`` emits ``sort_requested(key, descending)`` and the
catalog tab re-runs the query ordered in SQL, then hands the new ids to ``set_result``.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ...services.catalog.search import BookRow
from ..common.i18n import N_, number_text, tr
from ..common.rows import LEFT, RIGHT
from ..common.windows import RowWindows

Index = QModelIndex | QPersistentModelIndex
WINDOW = 64
MAX_WINDOWS = 120  # 7,680 rows of Python objects at most
PLACEHOLDER = "…"
BOOK_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# (header, SQL sort key or None when the column cannot be sorted); headers shown as tr(header)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (N_("Title"), "title"),
    (N_("Authors"), "author"),
    (N_("Year"), "year"),
    (N_("Type"), None),
    (N_("ISBN"), None),
    (N_("Call number"), None),
    (N_("Available"), None),
)
SORT_COLUMN = {key: i for i, (_, key) in enumerate(COLUMNS) if key}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BOOK_ID = int(BOOK_ID_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGN, _BOOK_ID, int(Qt.ItemDataRole.AccessibleTextRole)))
_LEFT, _RIGHT = int(LEFT), int(RIGHT)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _cell(row: BookRow, column: int) -> str:
    if column == 0:
        return row.title
    if column == 1:
        return row.authors or ""
    if column == 2:
        return str(row.year) if row.year else ""
    if column == 3:
        return row.item_type or ""
    if column == 4:
        return row.isbn13 or ""
    if column == 5:
        return row.call_number or ""
    return tr("{available} of {copies}").format(available=number_text(row.available),
                                                copies=number_text(row.copies))


class BookTableModel(QAbstractTableModel):
    """A lazily filled table over the ids of one catalog result."""

    sort_requested = Signal(str, bool)  # SQL sort key, descending

    def __init__(self, fetch: Callable[[Sequence[int]], list[BookRow]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: RowWindows[BookRow] = RowWindows(fetch, window=WINDOW, max_windows=MAX_WINDOWS,
                                                  what="catalog rows")

    # -- contents ----------------------------------------------------------------------
    def set_result(self, ids: array) -> None:
        """Show these book ids, in this order."""
        self.beginResetModel()
        self._rows.reset(ids)
        self.endResetModel()

    def ids(self) -> array:
        return self._rows.ids

    @property
    def fetches(self) -> int:
        """Windows fetched so far (tests and benchmarks read this)."""
        return self._rows.fetches

    def book_id(self, row: int) -> int | None:
        return self._rows.ids[row] if 0 <= row < len(self._rows.ids) else None

    def row_of(self, book_id: int) -> int | None:
        """The row showing ``book_id`` among the cached windows, or None."""
        return next((index for index, row in self._rows.cached() if row.id == book_id), None)

    def refresh(self) -> None:
        """Forget fetched rows (the data changed) and repaint what is visible."""
        self._rows.forget()
        if self._rows.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows.ids) - 1, len(COLUMNS) - 1))

    def book_row(self, row: int) -> BookRow | None:
        return self._rows.row(row)


    # -- Qt interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(COLUMNS[section][0])
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Click to sort") if COLUMNS[section][1] else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell on each paint: plain int compares first.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows.ids) or not 0 <= column < len(COLUMNS):
            return None
        if role == _ALIGN:
            return _RIGHT if column in (2, 6) else _LEFT
        if role == _BOOK_ID:
            return self._rows.ids[row]
        book = self.book_row(row)
        if book is None:
            return PLACEHOLDER if role == _DISPLAY else None
        if role == _TOOLTIP:
            return f"{book.title}\n{book.authors}" if column in (0, 1) else None
        return _cell(book, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the result ordered by ``column`` in SQL (columns without a key are ignored)."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1]:
            self.sort_requested.emit(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
