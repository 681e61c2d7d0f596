"""Member categories and their loan rules, edited by admins. The rules are a form a scanner
cannot break (``common.forms``): Enter moves to the next rule, Ctrl+Enter or Save saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.context import UiContext
from ..common.errors import show_error
from ..common.forms import wire_form
from ..common.i18n import N_, money_text, number_text, tr
from ..common.rows import Column, RowListModel
from ..common.tables import make_table

# (rule, label, maximum); money rules are edited in currency units and stored in cents;
# labels are shown as tr(label)
COUNTS = (("loan_days", N_("Loan period (days)"), 365), ("max_loans", N_("Loans at once"), 500),
          ("max_renewals", N_("Renewals"), 50), ("max_holds", N_("Holds at once"), 100),
          ("grace_days", N_("Grace days before fines"), 60), ("membership_months", N_("Membership (months)"), 120))
MONEY = (("fine_per_day_cents", N_("Fine per day")), ("fine_cap_cents", N_("Fine cap per item")),
         ("max_owed_cents", N_("Block when owing")))  # the last: 0 means no limit
LIMITS = (("max_overdue_days", N_("Block after overdue days"), 365),)  # 0 means no limit


CATEGORY_COLUMNS: list[Column[Any]] = [
    Column(N_("Code"), lambda c: c.code),
    Column(N_("Name"), lambda c: c.name),
    Column(N_("Loan days"), lambda c: number_text(c.loan_days), sort_key=lambda c: c.loan_days, align_right=True),
    Column(N_("Loans"), lambda c: number_text(c.max_loans), sort_key=lambda c: c.max_loans, align_right=True),
    Column(N_("Renewals"), lambda c: number_text(c.max_renewals), sort_key=lambda c: c.max_renewals, align_right=True),
    Column(N_("Holds"), lambda c: number_text(c.max_holds), sort_key=lambda c: c.max_holds, align_right=True),
    Column(N_("Fines"), lambda c: tr("{amount}/day").format(amount=money_text(c.fine_per_day_cents))
           if c.fines_enabled else tr("none")),
]


class CategoriesEditor(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Member categories and loan rules"), parent)
        self.ctx = ctx
        self.model = RowListModel(CATEGORY_COLUMNS, parent=self)
        self.table = make_table("settingsCategories", tr("Member categories"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("category_name")
        form.addRow(tr("Na&me"), self.name)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for key, label, top in COUNTS:
            self.spins[key] = self._spin(form, key, label, top)
        self.fines = QCheckBox(tr("&Charge fines for late returns"))
        self.fines.setObjectName("category_fines_enabled")
        form.addRow("", self.fines)
        for key, label in MONEY:
            money_spin = QDoubleSpinBox()
            money_spin.setRange(0, 1000)
            money_spin.setDecimals(2)
            money_spin.setObjectName(f"category_{key}")
            money_spin.setAccessibleName(tr(label))
            if key == "max_owed_cents":
                money_spin.setSpecialValueText(tr("no limit"))
            form.addRow(tr(label), money_spin)
            self.spins[key] = money_spin
        for key, label, top in LIMITS:
            spin = self._spin(form, key, label, top)
            spin.setSpecialValueText(tr("no limit"))
            self.spins[key] = spin
        save = QPushButton(tr("&Save category"))
        save.setObjectName("categorySave")
        save.clicked.connect(self.save)
        self.save_button = save
        new = QPushButton(tr("Ne&w category…"))
        new.clicked.connect(self.new)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.code: str | None = None
        self.keys = wire_form(self, save)
        self.load()

    @staticmethod
    def _spin(form: QFormLayout, key: str, label: str, top: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, top)
        spin.setObjectName(f"category_{key}")
        spin.setAccessibleName(tr(label))
        form.addRow(tr(label), spin)
        return spin

    def load(self) -> None:
        members = self.ctx.services.members
        self.ctx.worker.submit(members.categories, self._loaded, lambda e: show_error(self, e),
                               channel="settings-categories")

    def _loaded(self, categories: list[Any]) -> None:
        self.model.set_rows(categories)
        codes = [c.code for c in categories]
        row = codes.index(self.code) if self.code in codes else 0
        if categories:
            self.table.selectRow(row)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        c = self.model.row_at(current.row())
        self.code = c.code
        self.name.setText(c.name)
        for key, _label, _top in COUNTS:
            self.spins[key].setValue(getattr(c, key))
        self.fines.setChecked(bool(c.fines_enabled))
        for key, _label in MONEY:
            self.spins[key].setValue((getattr(c, key) or 0) / 100)  # type: ignore[arg-type]  # a QDoubleSpinBox
        self.spins["max_overdue_days"].setValue(c.max_overdue_days or 0)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name.text().strip() or (self.code or "").capitalize()}
        for key, _label, _top in COUNTS:
            out[key] = int(self.spins[key].value())
        out["fines_enabled"] = self.fines.isChecked()
        for key, _label in MONEY:
            out[key] = round(self.spins[key].value() * 100)
        out["max_overdue_days"] = int(self.spins["max_overdue_days"].value()) or None
        out["max_owed_cents"] = out["max_owed_cents"] or None
        return out

    def save(self) -> None:
        if not self.code:
            return
        code, values = self.code, self.values()
        members, actor = self.ctx.services.members, self.ctx.actor
        self.ctx.worker.submit(lambda: members.save_category(actor, code, **values),
                               lambda _: self._saved(code), lambda e: show_error(self, e))

    def _saved(self, code: str) -> None:
        self.ctx.events.status_message.emit(tr("Saved the loan rules of '{code}'").format(code=code))
        self.load()

    def new(self) -> None:
        code, ok = QInputDialog.getText(self, tr("New category"), tr("Code of the new category (e.g. student):"))
        code = code.strip().lower()
        if ok and code:
            self.code = code
            self.name.setText(code.capitalize())
            self.save()
