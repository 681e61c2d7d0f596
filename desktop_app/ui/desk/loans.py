"""A member's current loans: title, author, barcode, due date, renewals. Overdue rows are
painted in the "refused" colour and say how many days late they are."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.text import day
from ...services.desk_queries import LoanLine
from ..common.theme import REFUSED, status_colors

BARCODE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class LoansModel(QAbstractTableModel):
    HEADERS = ("Title", "Author", "Barcode", "Due", "Renewals")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loans: list[LoanLine] = []

    def set_loans(self, loans: Sequence[LoanLine]) -> None:
        self.beginResetModel()
        self._loans = list(loans)
        self.endResetModel()

    def loans(self) -> list[LoanLine]:
        return list(self._loans)

    def loan_at(self, row: int) -> LoanLine:
        return self._loans[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self._loans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._loans):
            return None
        loan, col = self._loans[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 3:
                late = f"  ({loan.days_overdue} days late)" if loan.days_overdue else ""
                return day(loan.due_date) + late
            return (loan.title, loan.authors, loan.barcode, None, str(loan.renewals))[col]
        if loan.days_overdue and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = status_colors(REFUSED)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 3:
            return f"due {day(loan.due_date)}" + (f", {loan.days_overdue} days overdue" if loan.days_overdue else "")
        if role == BARCODE_ROLE:
            return loan.barcode
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
