"""The Settings tab (admins): the library's name and address for slips, the desk name, fines
on or off, pickup days, the weekly closed days and single closed dates, member categories
with their loan rules, and staff accounts. The services refuse non-admins themselves."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.text import day
from ...domain.values import Role
from ..context import UiContext
from ..errors import show_error
from .settings_categories import CategoriesEditor
from .settings_staff import StaffEditor

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class SettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        body = QWidget()
        top = QHBoxLayout()
        top.addWidget(self._library_box(), 3)
        top.addWidget(self._calendar_box(), 2)
        column = QVBoxLayout(body)
        if not ctx.actor.at_least(Role.ADMIN):
            note = QLabel("Only an admin can change these settings.")
            note.setObjectName("settingsAdminOnly")
            column.addWidget(note)
            body.setEnabled(False)
        column.addLayout(top)
        self.categories = CategoriesEditor(ctx)
        self.staff = StaffEditor(ctx)
        column.addWidget(self.categories)
        column.addWidget(self.staff)
        if ctx.actor.at_least(Role.ADMIN):
            from ..settings_backups import BackupsBox
            from ..sync_panel import SyncPanel

            column.addWidget(SyncPanel(ctx))
            self.backups = BackupsBox(ctx)
            column.addWidget(self.backups)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load()

    # -- library -------------------------------------------------------------------------
    def _library_box(self) -> QGroupBox:
        box = QGroupBox("Library")
        form = QFormLayout(box)
        self.library_name = QLineEdit()
        self.library_name.setObjectName("settingsLibraryName")
        self.library_address = QPlainTextEdit()
        self.library_address.setObjectName("settingsLibraryAddress")
        self.library_address.setTabChangesFocus(True)
        self.library_address.setFixedHeight(64)
        self.desk_name = QLineEdit()
        self.desk_name.setObjectName("settingsDeskName")
        self.fines = QCheckBox("Charge fines for late returns")
        self.fines.setObjectName("settingsFines")
        self.pickup_days = QSpinBox()
        self.pickup_days.setRange(1, 60)
        self.pickup_days.setObjectName("settingsPickupDays")
        self.weekdays: list[QCheckBox] = []
        days = QHBoxLayout()
        for i, name in enumerate(WEEKDAYS):
            check = QCheckBox(name)
            check.setObjectName(f"settingsClosed_{i}")
            check.setAccessibleName(f"Closed every {name}")
            self.weekdays.append(check)
            days.addWidget(check)
        save = QPushButton("&Save library settings")
        save.setObjectName("settingsSave")
        save.clicked.connect(self.save)
        form.addRow("Library &name", self.library_name)
        form.addRow("&Address (for slips)", self.library_address)
        form.addRow("&Desk name", self.desk_name)
        form.addRow("", self.fines)
        form.addRow("Days to &pick up a hold", self.pickup_days)
        form.addRow("Closed every", days)
        form.addRow("", save)
        return box

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox("Closed days (holidays)")
        layout = QVBoxLayout(box)
        self.closed = QListWidget()
        self.closed.setObjectName("settingsClosedDays")
        self.closed.setAccessibleName("Single closed days")
        self.closed_date = QDateEdit(QDate.currentDate())
        self.closed_date.setObjectName("settingsClosedDate")
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setDisplayFormat("d MMM yyyy")
        self.closed_reason = QLineEdit()
        self.closed_reason.setObjectName("settingsClosedReason")
        self.closed_reason.setPlaceholderText("reason, e.g. New Year")
        add = QPushButton("A&dd")
        add.clicked.connect(self.add_closed_day)
        remove = QPushButton("&Remove chosen")
        remove.clicked.connect(self.remove_closed_day)
        row = QHBoxLayout()
        row.addWidget(self.closed_date)
        row.addWidget(self.closed_reason, 1)
        row.addWidget(add)
        layout.addWidget(self.closed, 1)
        layout.addLayout(row)
        layout.addWidget(remove)
        return box

    def load(self) -> None:
        setup = self.ctx.services.setup
        self.ctx.worker.submit(lambda: (setup.settings(), setup.closed_days()), self._loaded,
                               lambda e: show_error(self, e), channel="settings-load")

    def _loaded(self, loaded: tuple[dict[str, Any], list[Any]]) -> None:
        values, closed = loaded
        self.library_name.setText(str(values.get("library_name") or ""))
        self.library_address.setPlainText(str(values.get("library_address") or ""))
        self.desk_name.setText(str(values.get("desk_name") or ""))
        self.fines.setChecked(bool(values.get("fines_enabled")))
        self.pickup_days.setValue(int(values.get("pickup_days") or 7))
        shut = set(values.get("closed_weekdays") or [])
        for i, check in enumerate(self.weekdays):
            check.setChecked(i in shut)
        self.closed.clear()
        for row in closed:
            item = QListWidgetItem(f"{day(row.day)}  {row.reason or ''}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, row.day.isoformat())
            self.closed.addItem(item)

    def values(self) -> dict[str, object]:
        return {
            "library_name": self.library_name.text().strip(),
            "library_address": self.library_address.toPlainText().strip(),
            "desk_name": self.desk_name.text().strip(),
            "fines_enabled": self.fines.isChecked(),
            "pickup_days": self.pickup_days.value(),
            "closed_weekdays": [i for i, c in enumerate(self.weekdays) if c.isChecked()],
        }

    def save(self) -> None:
        values = self.values()
        if not values["library_name"]:
            show_error(self, InvalidInput("The library needs a name", field="library_name"))
            return
        setup, actor = self.ctx.services.setup, self.ctx.actor
        self._run(lambda: setup.update_settings(actor, **values), "Library settings saved")

    def add_closed_day(self) -> None:
        q = self.closed_date.date()
        when, reason = date(q.year(), q.month(), q.day()), self.closed_reason.text().strip() or None
        setup, actor = self.ctx.services.setup, self.ctx.actor
        self._run(lambda: setup.add_closed_day(actor, when, reason), f"Closed on {day(when)}")
        self.closed_reason.clear()

    def remove_closed_day(self) -> None:
        item = self.closed.currentItem()
        if item is None:
            return
        when = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        setup, actor = self.ctx.services.setup, self.ctx.actor
        self._run(lambda: setup.remove_closed_day(actor, when), f"Open again on {day(when)}")

    def _run(self, fn: Any, message: str) -> None:
        def done(_: object) -> None:
            self.ctx.events.status_message.emit(message)
            self.ctx.events.data_changed.emit("settings")
            self.load()

        self.ctx.worker.submit(fn, done, lambda e: show_error(self, e))
