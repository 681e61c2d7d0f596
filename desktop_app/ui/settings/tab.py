"""The Settings tab (admins): the library's name and address for slips, the desk name, fines
on or off, pickup days, the weekly closed days and single closed dates, member categories
with their loan rules, and staff accounts. The services refuse non-admins themselves."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
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
from ...domain.settings import CHOICE_LABELS, LIBRARY_SETTINGS, WEEKDAY_NAMES, LibrarySetting
from ...domain.values import Role
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import day_format, day_text, tr
from .categories import CategoriesEditor
from .staff import StaffEditor

# Access keys of the form's labels, as letters of the English label; the other labels have none.
ACCESS_KEYS = {"library_name": "n", "library_address": "a", "desk_name": "d", "pickup_days": "p"}


def _with_key(spec: LibrarySetting) -> str:
    """The setting's label in the desk's language with its access key marked: the key's
    letter where the translation has it, else the translation's first letter."""
    label = tr(spec.label).replace("&", "&&")
    key = ACCESS_KEYS.get(spec.key)
    if not key:
        return label
    at = label.lower().find(key)
    if at < 0:
        at = next((i for i, ch in enumerate(label) if ch.isalpha()), -1)
    return label if at < 0 else label[:at] + "&" + label[at:]


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
            note = QLabel(tr("Only an admin can change these settings."))
            note.setObjectName("settingsAdminOnly")
            column.addWidget(note)
            body.setEnabled(False)
        column.addLayout(top)
        rules = QHBoxLayout()
        rules.addWidget(self._group_box(tr("Notices to members"), "notices"), 1)
        rules.addWidget(self._group_box(tr("Fines and privacy"), "fines", "privacy"), 1)
        rules.addWidget(self._group_box(tr("Cataloguing"), "catalog"), 1)  # locations, look-up targets, covers
        column.addLayout(rules)
        self.categories = CategoriesEditor(ctx)
        self.staff = StaffEditor(ctx)
        column.addWidget(self.categories)
        column.addWidget(self.staff)
        if ctx.actor.at_least(Role.ADMIN):
            from ..sync.panel import SyncPanel
            from .backups import BackupsBox

            column.addWidget(SyncPanel(ctx))
            self.backups = BackupsBox(ctx)
            column.addWidget(self.backups)
            from .audit import AuditBox

            self.audit = AuditBox(ctx)
            column.addWidget(self.audit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load()

    # -- library -------------------------------------------------------------------------
    def _library_box(self) -> QGroupBox:
        """The form of the declared library settings (``domain.settings``), one row each, in
        the table's order, with its label, limits and help as tooltip."""
        box = QGroupBox(tr("Library"))
        form = QFormLayout(box)
        self.inputs: dict[str, QWidget] = {}
        self.weekdays: list[QCheckBox] = []
        self._add_rows(form, "library")
        # The names the tests and older code use.
        self.library_name = cast(QLineEdit, self.inputs["library_name"])
        self.library_address = cast(QPlainTextEdit, self.inputs["library_address"])
        self.desk_name = cast(QLineEdit, self.inputs["desk_name"])
        self.fines = cast(QCheckBox, self.inputs["fines_enabled"])
        self.pickup_days = cast(QSpinBox, self.inputs["pickup_days"])
        save = QPushButton(tr("Sa&ve library settings"))
        save.setObjectName("settingsSave")
        save.clicked.connect(self.save)
        form.addRow("", save)
        return box

    def _add_rows(self, form: QFormLayout, *groups: str) -> None:
        for group in groups:
            for spec in LIBRARY_SETTINGS.shown(group):
                widget, label = self._input(spec), _with_key(spec)
                widget.setToolTip(tr(spec.help) if spec.help else "")
                self.inputs[spec.key] = widget
                if spec.kind == "flag":
                    form.addRow("", widget)
                else:
                    form.addRow(label, widget)

    def _group_box(self, title: str, *groups: str) -> QGroupBox:
        """A box of more declared settings (notices, fines, privacy), saved with the library's."""
        box = QGroupBox(title)
        form = QFormLayout(box)
        self._add_rows(form, *groups)
        save = QPushButton(tr("Save"))
        save.setObjectName("settingsSave_" + groups[0])
        save.clicked.connect(self.save)
        form.addRow("", save)
        return box

    def _input(self, spec: LibrarySetting) -> QWidget:
        name = "settings" + "".join(part.title() for part in spec.key.split("_"))
        widget: QWidget
        if spec.kind == "text":
            line = QLineEdit()
            if spec.high:
                line.setMaxLength(spec.high)
            widget = line
        elif spec.kind == "long_text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            widget = text
        elif spec.kind == "flag":
            widget = QCheckBox(_with_key(spec))
        elif spec.kind == "choice":
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(tr(CHOICE_LABELS.get(choice, choice)), choice)
            widget = combo
        elif spec.kind == "whole":
            spin = QSpinBox()
            spin.setRange(spec.low, spec.high or 10_000)
            widget = spin
        else:  # weekdays, named in full in two rows (long names in some languages)
            widget = QWidget()
            days = QGridLayout(widget)
            days.setContentsMargins(0, 0, 0, 0)
            for i, day_name in enumerate(WEEKDAY_NAMES):
                check = QCheckBox(tr(day_name))
                check.setObjectName(f"settingsClosed_{i}")
                check.setAccessibleName(tr("Closed every {weekday}").format(weekday=tr(day_name)))
                self.weekdays.append(check)
                days.addWidget(check, *divmod(i, 4))
            days.setColumnStretch(4, 1)
        widget.setObjectName(name)
        widget.setAccessibleName(tr(spec.label))
        return widget

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(tr("Closed days (holidays)"))
        layout = QVBoxLayout(box)
        self.closed = QListWidget()
        self.closed.setObjectName("settingsClosedDays")
        self.closed.setAccessibleName(tr("Single closed days"))
        self.closed_date = QDateEdit(QDate.currentDate())
        self.closed_date.setObjectName("settingsClosedDate")
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setDisplayFormat(day_format())
        self.closed_reason = QLineEdit()
        self.closed_reason.setObjectName("settingsClosedReason")
        self.closed_reason.setAccessibleName(tr("Reason for the closed day"))
        self.closed_reason.setPlaceholderText(tr("reason, e.g. New Year"))
        add = QPushButton(tr("Add"))  # Alt+A and Alt+D are the address and the desk name
        add.clicked.connect(self.add_closed_day)
        remove = QPushButton(tr("&Remove chosen"))
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
        for key, widget in self.inputs.items():
            value = values.get(key, LIBRARY_SETTINGS.default(key))
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                shut = set(value or [])
                for i, check in enumerate(self.weekdays):
                    check.setChecked(i in shut)
        self.closed.clear()
        for row in closed:
            item = QListWidgetItem(f"{day_text(row.day)}  {row.reason or ''}".rstrip())  # a date and data
            item.setData(Qt.ItemDataRole.UserRole, row.day.isoformat())
            self.closed.addItem(item)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText().strip()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = [i for i, c in enumerate(self.weekdays) if c.isChecked()]
        return out

    def save(self) -> None:
        try:
            values = LIBRARY_SETTINGS.check(self.values())
        except InvalidInput as exc:
            show_error(self, exc)
            return
        setup, actor = self.ctx.services.setup, self.ctx.actor
        self._run(lambda: setup.update_settings(actor, **values), tr("Library settings saved"))

    def add_closed_day(self) -> None:
        q = self.closed_date.date()
        when, reason = date(q.year(), q.month(), q.day()), self.closed_reason.text().strip() or None
        setup, actor = self.ctx.services.setup, self.ctx.actor
        self._run(lambda: setup.add_closed_day(actor, when, reason),
                  tr("Closed on {day}").format(day=day_text(when)))
        self.closed_reason.clear()

    def remove_closed_day(self) -> None:
        item = self.closed.currentItem()
        if item is None:
            return
        when = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        setup, actor = self.ctx.services.setup, self.ctx.actor
        self._run(lambda: setup.remove_closed_day(actor, when), tr("Open again on {day}").format(day=day_text(when)))

    def _run(self, fn: Any, message: str) -> None:
        def done(_: object) -> None:
            self.ctx.events.status_message.emit(message)
            self.load()

        self.ctx.worker.submit(fn, done, lambda e: show_error(self, e))
