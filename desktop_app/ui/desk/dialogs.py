"""Dialogs of the desk: the reason for an override, a member's fees (taking money, with change
and a receipt; waiving) and a charge added by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from ...config import SLIP_PAPER
from ...domain.payments import MAX_PAYMENT_CENTS
from ...domain.values import Role
from ...services.circulation.fees import MAX_CHARGE_CENTS, FeeView, Payment
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, day_text, money_text, number_text, parse_money, tr
from ..common.theme import DONE, INFO, REFUSED, status_style
from .slip import FEE_KINDS, Slip, SlipDialog, receipt_slip

FEE_COLUMNS = (N_("Date"), N_("Kind"), N_("For"), N_("Amount"), N_("Paid"), N_("Left to pay"))
CHARGE_REASONS = (N_("Lost card"), N_("Printing"), N_("Photocopies"), N_("Damaged item"))


class ReasonDialog(QDialog):
    """Asks for a non-empty reason (override, waiver). ``reason()`` is the trimmed text."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        label = QLabel(question)
        label.setWordWrap(True)
        self.edit = QLineEdit(objectName="reasonEdit")
        self.edit.setAccessibleName(tr("Reason"))
        self.edit.setPlaceholderText(tr("Reason (required)"))
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


def amount_field_text(cents: int) -> str:
    """An amount as a clerk types it in a field: "7.50" ("7,50" in German), no currency sign."""
    return number_text(cents / 100, 2)


def read_amount(text: str, *, what: str, limit: int) -> int | str:
    """The cents a clerk typed, or the sentence saying what is wrong with it."""
    example = amount_field_text(500)
    if not text.strip():
        return tr("Type {what}, like {example}").format(what=what, example=example)
    cents = parse_money(text)
    if cents is None:
        return tr("“{text}” is not an amount of money: type it like {example}").format(text=text.strip(),
                                                                                     example=example)
    if cents <= 0:
        return tr("{amount} is not more than zero: type {what}").format(amount=money_text(cents), what=what)
    if cents > limit:
        return tr("{amount} is more than a desk takes: check the amount").format(amount=money_text(cents))
    return cents


class FeesDialog(QDialog):
    """The member's open fees. The clerk types the amount received (filled in with what the
    chosen fees owe); Pay (Enter, Ctrl+Y) spreads it over the chosen fees, oldest first: less
    leaves a balance, more gives change, shown before paying. Each payment makes a receipt
    (``receipt``; Print receipt, Ctrl+P). Librarians charge a fee and waive one."""

    def __init__(self, ctx: UiContext, card_number: str, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.card_number, self.member_name = ctx, card_number, member_name
        self.setObjectName("feesDialog")
        self.setWindowTitle(tr("Fees of {member}").format(member=member_name))
        self.fees: list[FeeView] = []
        self.library: dict[str, object] = {}
        self.receipt: Slip | None = None
        self.last_payment: Payment | None = None
        self._error_shown = False
        librarian = ctx.actor.at_least(Role.LIBRARIAN)
        self.total = QLabel(objectName="feesTotal")
        self.total.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget(0, len(FEE_COLUMNS), objectName="feesTable")
        self.table.setAccessibleName(tr("Open fees"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in FEE_COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.received = QLineEdit(objectName="feesReceived")
        self.received.setAccessibleName(tr("Amount received"))
        self.received.setPlaceholderText(tr("like {example}").format(example=amount_field_text(500)))
        self.received.setMaximumWidth(160)
        self.received.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.received.textChanged.connect(self._edited)
        received_label = QLabel(tr("Amount recei&ved:"))
        received_label.setBuddy(self.received)
        self.selected = QLabel(objectName="feesSelected")
        self.change = QLabel(objectName="feesChange")
        self.message = QLabel(objectName="feesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.pay = QPushButton(tr("&Pay"), objectName="feesPay")
        self.pay.setShortcut(QKeySequence("Ctrl+Y"))
        self.pay.setAccessibleName(tr("Pay the chosen fees with the amount received"))
        self.print_receipt = QPushButton(tr("Print &receipt…"), objectName="feesReceipt")
        self.print_receipt.setShortcut(QKeySequence.StandardKey.Print)
        self.print_receipt.setEnabled(False)
        self.charge = QPushButton(tr("&Charge a fee…"), objectName="feesCharge")
        self.charge.setEnabled(librarian)
        if not librarian:
            self.charge.setToolTip(tr("Only librarians charge fees"))
        self.waive = QPushButton(tr("&Waive selected…"), objectName="feesWaive")
        self.waive.setAccessibleName(tr("Waive the selected fee"))
        self.waive.setEnabled(librarian)
        close = QPushButton(tr("Close"), objectName="feesClose")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        for button in (self.print_receipt, self.charge, self.waive):
            button.setAutoDefault(False)
        self.pay.clicked.connect(self.pay_now)
        self.print_receipt.clicked.connect(self.open_receipt)
        self.charge.clicked.connect(self.ask_charge)
        self.waive.clicked.connect(self._waive)
        money_row = QHBoxLayout()
        money_row.addWidget(received_label)
        money_row.addWidget(self.received)
        money_row.addWidget(self.change, 1)
        money_row.addWidget(self.selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pay)
        buttons.addWidget(self.print_receipt)
        buttons.addStretch(1)
        buttons.addWidget(self.charge)
        buttons.addWidget(self.waive)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addLayout(money_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.pay.setDefault(True)  # Enter pays (once the button is in the dialog)
        self.resize(760, 420)
        self.received.setFocus()
        self.reload(prefill=True)

    # -- reading -------------------------------------------------------------------------
    def reload(self, *, prefill: bool = False) -> None:
        """Read the open fees again; ``prefill`` puts what they owe into the amount field."""
        services, actor, card = self.ctx.services, self.ctx.actor, self.card_number
        self.ctx.worker.submit(lambda: (services.fees.for_member(actor, card, open_only=True),
                                        services.setup.settings()),
                               lambda loaded: self._show(*loaded, prefill=prefill), lambda e: show_error(self, e))

    def _show(self, fees: list[FeeView], library: dict[str, object], *, prefill: bool) -> None:
        self.fees, self.library = fees, library
        self.table.blockSignals(True)
        self.table.setRowCount(len(fees))
        for r, fee in enumerate(fees):
            cells = (day_text(fee.created_at.astimezone().date()), tr(FEE_KINDS.get(fee.kind, fee.kind)),
                     fee.note or "", money_text(fee.amount_cents), money_text(fee.paid_cents) if fee.paid_cents else "",
                     money_text(fee.balance_cents))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.selectAll()
        self.table.blockSignals(False)
        owed = sum(f.balance_cents for f in fees)
        if fees:
            count = tr("1 open fee") if len(fees) == 1 else tr("{n} open fees").format(n=number_text(len(fees)))
            self.total.setText(tr("Open fees: {amount} ({count})").format(amount=money_text(owed), count=count))
        else:
            self.total.setText(tr("No open fees."))
        self.pay.setEnabled(bool(fees))
        self.received.setEnabled(bool(fees))
        self.waive.setEnabled(bool(fees) and self.ctx.actor.at_least(Role.LIBRARIAN))
        self._selection_changed(prefill=prefill)

    def chosen(self) -> list[FeeView]:
        """The fees the clerk chose (selected rows), oldest first."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.fees[r] for r in rows if 0 <= r < len(self.fees)]

    def chosen_cents(self) -> int:
        return sum(f.balance_cents for f in self.chosen())

    def _selection_changed(self, *, prefill: bool = True) -> None:
        chosen = self.chosen()
        if chosen and len(chosen) < len(self.fees):
            self.selected.setText(tr("Chosen: {amount}").format(amount=money_text(self.chosen_cents())))
        else:
            self.selected.setText("")
        if prefill and chosen:
            self.received.setText(amount_field_text(self.chosen_cents()))
            self.received.selectAll()
        self._update_change()

    def _edited(self) -> None:
        if self._error_shown:  # the clerk is mending the amount: the complaint goes
            self._say("", INFO)
        self._update_change()

    def _update_change(self) -> None:
        """What the amount typed does: the change to give back, or what will be left to pay."""
        owed, cents = self.chosen_cents(), parse_money(self.received.text())
        if not owed or cents is None or cents <= 0:
            self.change.setText("")
        elif cents > owed:
            self.change.setText(tr("Change to give back: {amount}").format(amount=money_text(cents - owed)))
        elif cents < owed:
            self.change.setText(tr("Part payment: {amount} will be left to pay").format(
                amount=money_text(owed - cents)))
        else:
            self.change.setText(tr("No change"))

    def _say(self, text: str, kind: str) -> None:
        self._error_shown = bool(text) and kind == REFUSED
        self.message.setText(text)
        self.message.setStyleSheet(status_style(kind, bold=kind != INFO))
        self.message.setVisible(bool(text))

    # -- paying --------------------------------------------------------------------------
    def pay_now(self) -> bool:
        """Take the amount received for the chosen fees; False (with the reason shown, nothing
        paid) when the amount is not one or no fee is chosen."""
        chosen = self.chosen()
        if not chosen:
            self._say(tr("Choose the fees to pay in the list first"), REFUSED)
            return False
        cents = read_amount(self.received.text(), what=tr("the amount received"), limit=MAX_PAYMENT_CENTS)
        if isinstance(cents, str):
            self._say(cents, REFUSED)
            self.received.setFocus()
            self.received.selectAll()
            return False
        services, actor, card, ids = self.ctx.services, self.ctx.actor, self.card_number, [f.id for f in chosen]
        self.pay.setEnabled(False)
        self.ctx.worker.submit(lambda: services.fees.take_payment(actor, card, ids, cents), self._paid,
                               self._failed)
        return True

    def _paid(self, payment: Payment) -> None:
        self.last_payment = payment
        self.receipt = receipt_slip(payment, library_name=str(self.library.get("library_name") or ""),
                                    library_address=str(self.library.get("library_address") or ""),
                                    desk=self.ctx.actor.desk or "", staff=self.ctx.actor.display_name)
        self.print_receipt.setEnabled(True)
        paid = money_text(payment.paid_cents)
        if payment.change_cents:
            text = tr("Paid {paid}. Give back {change} change.").format(paid=paid,
                                                                       change=money_text(payment.change_cents))
        elif payment.owed_cents:
            text = tr("Paid {paid}; {owed} still owed.").format(paid=paid, owed=money_text(payment.owed_cents))
        else:
            text = tr("Paid {paid}. Nothing more is owed.").format(paid=paid)
        self._say(text, DONE)
        self.received.clear()  # a second Enter pays nothing by accident
        self.received.setFocus()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.pay.setEnabled(bool(self.fees))
        show_error(self, error)
        self.reload()

    def open_receipt(self) -> None:
        if self.receipt is None:
            return
        dialog = SlipDialog(self.receipt, self, paper=self.ctx.settings.get(SLIP_PAPER))
        dialog.exec()
        self.ctx.settings.set(SLIP_PAPER, dialog.paper_key())

    # -- charging and waiving -------------------------------------------------------------
    def ask_charge(self) -> None:
        dialog = ChargeDialog(self.member_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.charge_now(*dialog.values())

    def charge_now(self, cents: int, reason: str) -> None:
        services, actor, card = self.ctx.services, self.ctx.actor, self.card_number

        def charged(fee: FeeView) -> None:
            self._say(tr("Charged {amount}: {reason}").format(amount=money_text(fee.amount_cents),
                                                              reason=fee.note or ""), DONE)
            self.reload(prefill=True)

        self.ctx.worker.submit(lambda: services.fees.charge(actor, card, cents, reason), charged,
                               lambda e: show_error(self, e))

    def _waive(self) -> None:
        chosen = self.chosen()
        if len(chosen) != 1:
            self._say(tr("Choose one fee to waive"), REFUSED)
            return
        fee = chosen[0]
        question = tr("Why is this fee waived? It still owes {amount}.").format(amount=money_text(fee.balance_cents))
        reason, ok = QInputDialog.getText(self, tr("Waive fee"), question)
        if ok and reason.strip():
            self.ctx.worker.submit(lambda: self.ctx.services.fees.waive(self.ctx.actor, fee.id, reason.strip()),
                                   lambda _: self.reload(prefill=True), lambda e: show_error(self, e))


class ChargeDialog(QDialog):
    """A charge added by hand: the amount and what it is for (a lost card, printing).
    ``values()`` after it was accepted; it is accepted only with both valid."""

    def __init__(self, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chargeDialog")
        self.setWindowTitle(tr("Charge {member}").format(member=member_name))
        self.amount = QLineEdit(objectName="chargeAmount")
        self.amount.setAccessibleName(tr("Amount to charge"))
        self.amount.setPlaceholderText(tr("like {example}").format(example=amount_field_text(200)))
        self.amount.setMaximumWidth(160)
        self.reason = QComboBox(objectName="chargeReason")
        self.reason.setEditable(True)
        self.reason.setAccessibleName(tr("What the charge is for"))
        self.reason.addItems([tr(r) for r in CHARGE_REASONS])
        self.reason.setCurrentIndex(-1)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("e.g. lost card, printing"))
        self.message = QLabel(objectName="chargeMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(tr("&Amount:"), self.amount)
        form.addRow(tr("&For:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(tr("C&harge"), objectName="chargeOk")
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("A charge for {member}, to pay at the desk.").format(member=member_name)))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.ok.setDefault(True)  # Enter checks the form (once the button is in the dialog)
        self.setMinimumWidth(420)
        self.amount.setFocus()

    def values(self) -> tuple[int, str]:
        """(cents, reason) as typed; only valid once ``problem()`` is None."""
        cents = read_amount(self.amount.text(), what=tr("the amount to charge"), limit=MAX_CHARGE_CENTS)
        return (cents if isinstance(cents, int) else 0), " ".join(self.reason.currentText().split())

    def problem(self) -> tuple[str, QWidget] | None:
        """What is wrong with the form and where, or None."""
        cents = read_amount(self.amount.text(), what=tr("the amount to charge"), limit=MAX_CHARGE_CENTS)
        if isinstance(cents, str):
            return cents, self.amount
        if not self.values()[1]:
            return tr("Say what the charge is for, like “Lost card”"), self.reason
        return None

    def accept(self) -> None:
        wrong = self.problem()
        if wrong is not None:
            text, widget = wrong
            self.message.setText(text)
            self.message.setStyleSheet(status_style(REFUSED))
            self.message.show()
            widget.setFocus()
            return
        super().accept()
