"""Qt item models of the staff windows.

``RowListModel`` serves short lists already in memory (members found, hold shelf, overdue
loans, staff accounts): columns are declared as ``Column``s, rows are any objects. Sorting
reorders the Python list in place (these lists hold at most a few thousand rows; the
catalog, which can hold a million, has its own windowed model in ``books.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from .i18n import tr
from .theme import status_colors

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header (marked ``N_("...")``, translated where the header is shown),
    the text shown for a row, and optionally a sort key."""

    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str | None] | None = None


class RowListModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of row objects.

    ``status`` maps a row to a status kind of ``theme`` ("done", "attention", "refused") or
    None; the row is then painted in that kind's colours.
    """

    def __init__(self, columns: Sequence[Column[Row]], *, status: Callable[[Row], str | None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._status = status

    # -- contents ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # -- Qt interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.align_right else LEFT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.align_right else LEFT)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._status is not None:
            kind = self._status(row)
            if kind:
                bg, fg = status_colors(kind)
                return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        col = self._columns[column]
        key = col.sort_key or (lambda r: col.text(r).casefold())
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(key=lambda r: _none_last(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(r): i for i, r in enumerate(self._rows)}
        moved_from = self.persistentIndexList()
        moved_to = [self.index(position[id(old[i.row()])], i.column()) for i in moved_from]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)
