"""The member panel of the desk: who is at the desk, their alerts and current loans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.desk_queries import MemberCard
from ..common.alerts import alert_text
from ..common.i18n import day_text, money_text, number_text, tr
from ..common.theme import ATTENTION, DONE, REFUSED, scaled_font, status_style
from .loans import LoansModel


class MemberPanel(QFrame):
    """Shows one ``MemberCard`` (or a hint to scan a card when none is open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskMember")
        self.setAccessibleName(tr("Member at the desk"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.card: MemberCard | None = None

        self.name = QLabel(tr("No member"), objectName="deskMemberName")
        self.name.setFont(scaled_font(self, 1.6, bold=True))
        self.name.setAccessibleName(tr("Member name"))
        self.details = QLabel(objectName="deskMemberDetails")
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("Member details"))
        self.alerts_box = QVBoxLayout()
        self.alerts_box.setSpacing(4)
        self.loans_title = QLabel(tr("Current loans"), objectName="deskLoansTitle")
        self.loans_title.setFont(scaled_font(self, 1.1, bold=True))
        self.loans = LoansModel(self)
        self.loans_view = QTableView(objectName="deskLoans")
        self.loans_view.setAccessibleName(tr("Current loans of the member"))
        self.loans_view.setModel(self.loans)
        self.loans_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.loans_view.verticalHeader().setVisible(False)
        self.loans_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.loans_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (2, 3, 4):  # a member has few loans: fitting them costs nothing
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.loans_view.setColumnHidden(1, True)  # the author: no room beside the session list

        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(self.alerts_box)
        layout.addWidget(self.loans_title)
        layout.addWidget(self.loans_view, 1)
        layout.addStretch(0)  # takes the room while there are no loans to show
        self._layout = layout
        self.show_card(None)

    def show_card(self, card: MemberCard | None) -> None:
        self.card = card
        while self.alerts_box.count():
            item = self.alerts_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if card is None:
            self.name.setText(tr("No member"))
            self.name.setProperty("i18n", None)
            self.details.setText(tr("Scan a member card to lend (F2). Scanning a book without a member returns it."))
            self.loans.set_loans([])
            self.loans_title.setText(tr("Current loans"))
            self.loans_title.hide()
            self.loans_view.hide()
            self._stretch(False)
            return
        self.name.setText(card.name)
        self.name.setProperty("i18n", "data")
        expiry = (tr("expires {date}").format(date=day_text(card.expires)) if card.expires
                  else tr("no expiry"))
        details = tr("Card {card}  ·  {category}  ·  {expiry}").format(card=card.card_number, category=card.category,
                                                                     expiry=expiry)
        if card.accrued_cents and card.owed_cents:
            text = tr("{details}  ·  owes {total} so far ({fees} in fees, {fines} in fines of overdue loans)")
            details = text.format(
                details=details, total=money_text(card.owed_so_far_cents), fees=money_text(card.owed_cents),
                fines=money_text(card.accrued_cents))
        elif card.accrued_cents:
            details = tr("{details}  ·  owes {total} so far in fines of overdue loans").format(
                details=details, total=money_text(card.accrued_cents))
        elif card.owed_cents:
            details = tr("{details}  ·  owes {amount}").format(details=details, amount=money_text(card.owed_cents))
        self.details.setText(details)
        if not card.alerts:
            self.alerts_box.addWidget(self._alert_label(tr("No alerts: may borrow"), DONE))
        for alert in card.alerts:
            kind = REFUSED if alert.level == "refused" else ATTENTION
            self.alerts_box.addWidget(self._alert_label(alert_text(alert), kind))
        self.loans.set_loans(card.loans)
        n = len(card.loans)
        if card.max_loans is not None:
            self.loans_title.setText(tr("Loans: {count} of {limit}").format(
                count=number_text(n), limit=number_text(card.max_loans)))
        else:
            self.loans_title.setText(tr("Current loans: {count}").format(count=number_text(n)) if n
                                     else tr("No current loans"))
        self.loans_title.show()
        self.loans_view.setVisible(bool(n))
        self._stretch(bool(n))

    def _stretch(self, table: bool) -> None:
        last = self._layout.count() - 1
        self._layout.setStretch(last - 1, 1 if table else 0)
        self._layout.setStretch(last, 0 if table else 1)

    def _alert_label(self, text: str, kind: str) -> QLabel:
        label = QLabel(text, objectName=f"deskAlert_{kind}")
        label.setStyleSheet(status_style(kind))
        label.setWordWrap(True)
        label.setAccessibleName(tr("Alert: {text}").format(text=text))
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return label

    def alert_texts(self) -> list[str]:
        out = []
        for i in range(self.alerts_box.count()):
            item = self.alerts_box.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                out.append(widget.text())
        return out

    def selected_barcode(self) -> str | None:
        rows = self.loans_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.loans.loan_at(rows[0].row()).barcode
