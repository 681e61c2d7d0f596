"""Dialogs of the desk: the reason for an override, and paying or waiving a member's fees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import money
from ...domain.values import Role
from ...services.circulation.fees import FeeView
from ..common.context import UiContext
from ..common.errors import show_error


class ReasonDialog(QDialog):
    """Asks for a non-empty reason (override, waiver). ``reason()`` is the trimmed text."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        label = QLabel(question)
        label.setWordWrap(True)
        self.edit = QLineEdit(objectName="reasonEdit")
        self.edit.setAccessibleName("Reason")
        self.edit.setPlaceholderText("Reason (required)")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.edit.text().strip()


class FeesDialog(QDialog):
    """The member's open fees; Pay (Ctrl+Y) takes the selected fee, Waive (librarians) asks why."""

    def __init__(self, ctx: UiContext, card_number: str, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.card_number = ctx, card_number
        self.setObjectName("feesDialog")
        self.setWindowTitle(f"Fees of {member_name}")
        self.fees: list[FeeView] = []
        self.total = QLabel(objectName="feesTotal")
        self.table = QTableWidget(0, 4, objectName="feesTable")
        self.table.setAccessibleName("Open fees")
        self.table.setHorizontalHeaderLabels(["Date", "Kind", "Note", "Amount"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.pay = QPushButton("&Pay selected", objectName="feesPay")
        self.pay.setShortcut(QKeySequence("Ctrl+Y"))
        self.pay.setAccessibleName("Pay the selected fee")
        self.waive = QPushButton("&Waive selected…", objectName="feesWaive")
        self.waive.setAccessibleName("Waive the selected fee")
        self.waive.setEnabled(ctx.actor.at_least(Role.LIBRARIAN))
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        self.pay.clicked.connect(self._pay)
        self.waive.clicked.connect(self._waive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pay)
        buttons.addWidget(self.waive)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        self.ctx.worker.submit(lambda: self.ctx.services.fees.for_member(self.ctx.actor, self.card_number,
                                                                         open_only=True),
                               self._show, lambda e: show_error(self, e))

    def _show(self, fees: list[FeeView]) -> None:
        self.fees = fees
        self.table.setRowCount(len(fees))
        for r, fee in enumerate(fees):
            cells = (fee.created_at.astimezone().strftime("%d %b %Y"), fee.kind, fee.note or "",
                     money(fee.amount_cents))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if fees:
            self.table.selectRow(0)
        total = sum(f.amount_cents for f in fees)
        self.total.setText(f"Open fees: {money(total)}" if fees else "No open fees.")
        self.pay.setEnabled(bool(fees))
        self.waive.setEnabled(bool(fees) and self.ctx.actor.at_least(Role.LIBRARIAN))

    def _selected(self) -> FeeView | None:
        row = self.table.currentRow()
        return self.fees[row] if 0 <= row < len(self.fees) else None

    def _changed(self, _: object) -> None:
        self.reload()

    def _pay(self) -> None:
        fee = self._selected()
        if fee is not None:
            self.ctx.worker.submit(lambda: self.ctx.services.fees.pay(self.ctx.actor, fee.id), self._changed,
                                   lambda e: show_error(self, e))

    def _waive(self) -> None:
        fee = self._selected()
        if fee is None:
            return
        reason, ok = QInputDialog.getText(self, "Waive fee", f"Why is the fee of {money(fee.amount_cents)} waived?")
        if ok and reason.strip():
            self.ctx.worker.submit(lambda: self.ctx.services.fees.waive(self.ctx.actor, fee.id, reason.strip()),
                                   self._changed, lambda e: show_error(self, e))
