"""The desk's session list: one row per scan with its outcome, newest first.

Columns: time, mode, barcode, title, result (the clerk-readable message, with the due date).
Each row has a kind ("done" green, "attention" amber, "refused" red) painted as its
background; ``KIND_ROLE`` gives the kind for tests and delegates.

``fit_session_columns(view)`` keeps Title and Result in sight in any width (the result is
what the clerk reads); the barcode, the mode and the time only while there is room.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ..common.i18n import N_, tr
from ..common.screen import ColumnFitter, fitter_of
from ..common.theme import ATTENTION, DONE, REFUSED, status_colors

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
TIME, MODE, BARCODE, TITLE, RESULT = range(5)
#: The desk's modes as the list shows them.
MODE_LABELS = {"lend": N_("Lend"), "return": N_("Return"), "renew": N_("Renew")}


@dataclass(frozen=True)
class ScanRow:
    """One scan's outcome. ``kind`` is one of done / attention / refused."""

    barcode: str
    mode: str
    kind: str
    message: str
    title: str = ""
    due_date: date | None = None
    at: datetime = field(default_factory=datetime.now)
    overridable: bool = False

    def __post_init__(self) -> None:
        if self.kind not in (DONE, ATTENTION, REFUSED):
            raise ValueError(f"unknown row kind {self.kind!r}")


class SessionListModel(QAbstractTableModel):
    HEADERS = (N_("Time"), N_("Mode"), N_("Barcode"), N_("Title"), N_("Result"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ScanRow] = []

    # -- editing (GUI thread only) ------------------------------------------------------
    def add(self, row: ScanRow) -> None:
        """Put ``row`` at the top (newest first)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def row_at(self, row: int) -> ScanRow:
        return self._rows[row]

    def rows(self) -> list[ScanRow]:
        return list(self._rows)

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and col not in (TITLE, RESULT):  # the elided ones
                return None
            mode = tr(MODE_LABELS[row.mode]) if row.mode in MODE_LABELS else row.mode.capitalize()
            return (row.at.strftime("%H:%M:%S"), mode, row.barcode, row.title, row.message)[col]
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_colors(row.kind)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_colors(row.kind)[1]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.kind}: {row.message}"
        if role == KIND_ROLE:
            return row.kind
        return None


def fit_session_columns(view: QTableView) -> ColumnFitter:
    """Keep Title (at most 22 characters wide, elided) and Result (taking the rest) of ``view``
    (showing a ``SessionListModel``) in sight, and the barcode, the mode and the time while
    they fit. Calling it again on the same view returns the fitter it already has."""
    return fitter_of(view) or ColumnFitter(view, stretch=RESULT, keep=(TITLE, RESULT),
                                           optional=(BARCODE, MODE, TIME), stretch_chars=24,
                                           cap_chars={TITLE: 22})
