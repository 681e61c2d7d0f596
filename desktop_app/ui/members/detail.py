"""The Members tab's detail pane: who the member is, their alerts, and four lists: current
loans, loan history, holds and fees. Filled from one worker job per member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from ...services.catalog.browse import MemberDetail
from ...services.circulation.fees import FeeView
from ...services.desk_queries import Alert, HistoryLine, MemberCard
from ..common.alerts import alert_text
from ..common.i18n import N_, day_text, money_text, number_text, tr
from ..common.rows import Column, RowListModel
from ..common.tables import make_table
from ..common.theme import scaled_font, status_style
from ..desk.loans import LoansModel

HoldLine = tuple[int, str, str, date | None]  # (hold id, title, status, pickup by)
FEE_KINDS = {"overdue": N_("overdue"), "lost": N_("lost"), "manual": N_("manual")}  # shown as tr(kind)
#: The four lists of the pane: key -> (tab title, accessible name, tab title with the count).
LISTS = {
    "loans": (N_("Loans"), N_("Member's loans"), N_("Loans ({count})")),
    "history": (N_("History"), N_("Member's history"), N_("History ({count})")),
    "holds": (N_("Holds"), N_("Member's holds"), N_("Holds ({count})")),
    "fees": (N_("Fees"), N_("Member's fees"), N_("Fees ({count})")),
}


@dataclass(frozen=True)
class MemberFile:
    """Everything the detail pane shows about one member."""

    detail: MemberDetail
    card: MemberCard
    history: list[HistoryLine]
    holds: list[HoldLine]
    fees: list[FeeView]


def _local_day(value: datetime | None) -> str:
    return day_text(value.astimezone().date()) if value is not None else ""


HISTORY_COLUMNS: list[Column[HistoryLine]] = [
    Column(N_("Borrowed"), lambda h: _local_day(h.checked_out_at), sort_key=lambda h: h.checked_out_at),
    Column(N_("Title"), lambda h: h.title),
    Column(N_("Barcode"), lambda h: h.barcode),
    Column(N_("Due"), lambda h: day_text(h.due_date), sort_key=lambda h: h.due_date),
    Column(N_("Returned"), lambda h: _local_day(h.returned_at) if h.returned_at else tr("not yet"),
           sort_key=lambda h: h.returned_at),
]
HOLD_COLUMNS: list[Column[HoldLine]] = [
    Column(N_("Title"), lambda h: h[1]),
    Column(N_("Status"), lambda h: tr("Ready for pickup") if h[2] == "ready" else tr("Waiting")),
    Column(N_("Pickup by"), lambda h: day_text(h[3]) if h[3] else "", sort_key=lambda h: h[3]),
]
FEE_COLUMNS: list[Column[FeeView]] = [
    Column(N_("Date"), lambda f: _local_day(f.created_at), sort_key=lambda f: f.created_at),
    Column(N_("Kind"), lambda f: tr(FEE_KINDS[f.kind]) if f.kind in FEE_KINDS else f.kind),
    Column(N_("Amount"), lambda f: money_text(f.amount_cents), sort_key=lambda f: f.amount_cents, align_right=True),
    Column(N_("State"), lambda f: tr("paid") if f.paid else tr("waived") if f.waived else tr("open")),
    Column(N_("Note"), lambda f: f.note or ""),
]


class MemberDetailPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetail")
        self.setAccessibleName(tr("Member details"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file: MemberFile | None = None
        self.name = QLabel(tr("Choose a member"))
        self.name.setObjectName("memberDetailName")
        self.name.setFont(scaled_font(self, 1.35, bold=True))
        self.facts = QLabel()
        self.facts.setObjectName("memberDetailFacts")
        self.facts.setProperty("i18n", "data")  # the member's facts; its few words go through tr()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alerts = QVBoxLayout()
        self.loans = LoansModel(self)
        self.history = RowListModel(HISTORY_COLUMNS, parent=self)
        self.holds = RowListModel(HOLD_COLUMNS, status=lambda h: "done" if h[2] == "ready" else None, parent=self)
        self.fees = RowListModel(FEE_COLUMNS, status=lambda f: "attention" if f.open else None, parent=self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("memberDetailTabs")
        self.tables: dict[str, QTableView] = {}
        for key, model in (("loans", self.loans), ("history", self.history), ("holds", self.holds),
                           ("fees", self.fees)):
            title, accessible, _counted = LISTS[key]
            table = make_table(f"member_{key}", tr(accessible))
            table.setModel(model)
            self.tables[key] = table
            self.tabs.addTab(table, tr(title))
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(self.alerts)
        layout.addWidget(self.tabs, 1)

    def show_file(self, file: MemberFile | None) -> None:
        self.file = file
        while self.alerts.count():
            item = self.alerts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.name.setProperty("i18n", "data" if file is not None else None)
        if file is None:
            self.name.setText(tr("Choose a member"))
            self.facts.setText("")
            self.loans.set_loans([])
            for model in (self.history, self.holds, self.fees):
                model.set_rows([])
            return
        d = file.detail
        self.name.setText(f"{d.name}  ·  {d.card_number}")
        contact = " · ".join(x for x in (d.email, d.phone) if x) or tr("no email or phone")
        if d.expires:
            since = tr("{category} member since {joined}, expires {expires}").format(
                category=d.category_name, joined=day_text(d.joined), expires=day_text(d.expires))
        else:
            since = tr("{category} member since {joined}, never expires").format(
                category=d.category_name, joined=day_text(d.joined))
        lines = [since, contact]
        if d.address:
            lines.append(d.address)
        pin = tr("Self-service PIN set") if d.has_pin else tr("Self-service PIN not set")
        lines.append(tr("{pin} · owes {amount}").format(pin=pin, amount=money_text(d.owed_cents)) if d.owed_cents
                     else pin)
        if d.notes:
            lines.append(tr("Notes: {notes}").format(notes=d.notes))
        self.facts.setText("\n".join(lines))
        for alert in file.card.alerts:
            self.alerts.addWidget(self._alert(alert))
        self.loans.set_loans(file.card.loans)
        self.history.set_rows(file.history)
        self.holds.set_rows(file.holds)
        self.fees.set_rows(file.fees)
        for key, count in (("loans", len(file.card.loans)), ("history", len(file.history)),
                           ("holds", len(file.holds)), ("fees", sum(1 for f in file.fees if f.open))):
            index = list(self.tables).index(key)
            self.tabs.setTabText(index, tr(LISTS[key][2]).format(count=number_text(count)))
            self.tables[key].resizeColumnsToContents()

    @staticmethod
    def _alert(alert: Alert) -> QLabel:
        label = QLabel(alert_text(alert))
        label.setObjectName(f"memberAlert_{alert.code}")
        label.setWordWrap(True)
        label.setStyleSheet(status_style(alert.level, bold=True))
        return label
