"""A member's current loans: title, author, barcode, due date, renewals. Overdue rows are
painted in the "refused" colour and say how many days late they are and the fine run up so far.

``fit_loan_columns(view)`` keeps the table readable in any width: Title and Due always, the
barcode, the renewals and the author only while there is room beside them (at 150 % on a
laptop the desk shows Title and Due, titles elided, never a horizontal scrollbar)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ...services.desk_queries import LoanLine
from ..common.i18n import N_, day_text, money_text, number_text, tr
from ..common.screen import ColumnFitter, fitter_of
from ..common.theme import REFUSED, status_colors

BARCODE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
TITLE, AUTHOR, BARCODE, DUE, RENEWALS = range(5)


class LoansModel(QAbstractTableModel):
    HEADERS = (N_("Title"), N_("Author"), N_("Barcode"), N_("Due"), N_("Renewals"))

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
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._loans):
            return None
        loan, col = self._loans[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == DUE:
                return _due_text(loan)
            return (loan.title, loan.authors, loan.barcode, None, number_text(loan.renewals))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:  # the whole title, however narrow the column
            return tr("{title} by {authors}").format(title=loan.title, authors=loan.authors) if loan.authors \
                else loan.title
        if role == Qt.ItemDataRole.ToolTipRole and col == DUE and loan.accrued_fine_cents:
            return tr("Fine so far: {amount}, charged when it is returned or renewed").format(
                amount=money_text(loan.accrued_fine_cents))
        if loan.days_overdue and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = status_colors(REFUSED)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.AccessibleTextRole and col == DUE:
            due = day_text(loan.due_date)
            if loan.days_overdue and loan.accrued_fine_cents:
                return tr("due {date}, {days} days overdue, fine so far {amount}").format(
                    date=due, days=number_text(loan.days_overdue), amount=money_text(loan.accrued_fine_cents))
            if loan.days_overdue:
                return tr("due {date}, {days} days overdue").format(date=due, days=number_text(loan.days_overdue))
            return tr("due {date}").format(date=due)
        if role == BARCODE_ROLE:
            return loan.barcode
        if role == Qt.ItemDataRole.TextAlignmentRole and col == RENEWALS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _due_text(loan: LoanLine) -> str:
    due = day_text(loan.due_date)
    if not loan.days_overdue:
        return due
    if loan.accrued_fine_cents:
        days = tr("1 day late") if loan.days_overdue == 1 else tr("{days} days late").format(
            days=number_text(loan.days_overdue))
        return tr("{date} ({days}, fine {amount})").format(date=due, days=days,
                                                           amount=money_text(loan.accrued_fine_cents))
    if loan.days_overdue == 1:
        return tr("{date} (1 day late)").format(date=due)
    return tr("{date} ({days} days late)").format(date=due, days=number_text(loan.days_overdue))


def fit_loan_columns(view: QTableView, *, author: bool = True) -> ColumnFitter:
    """Keep Title (at least 22 characters wide) and Due of ``view`` (showing a ``LoansModel``)
    always in sight and show the other columns while they fit, the barcode first;
    ``author=False`` never shows the author. Calling it again on the same view returns the
    fitter it already has."""
    fitter = fitter_of(view)
    if fitter is None:
        optional = (BARCODE, RENEWALS, AUTHOR) if author else (BARCODE, RENEWALS)
        if not author:
            view.setColumnHidden(AUTHOR, True)
        fitter = ColumnFitter(view, stretch=TITLE, keep=(TITLE, DUE), optional=optional, stretch_chars=22,
                              cap_chars={AUTHOR: 24})
    return fitter
