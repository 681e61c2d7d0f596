"""Staff accounts: add, activate or deactivate, reset a password, unlock after failed logins."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import day
from ...domain.values import Role
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.rows import Column, RowListModel
from ..common.tables import make_table


def _state(user: Any) -> str:
    if not user.active:
        return "deactivated"
    if user.locked_until is not None and user.locked_until > datetime.now(UTC):
        return f"locked until {user.locked_until.astimezone():%H:%M %d %b}"
    return "active"


STAFF_COLUMNS: list[Column[Any]] = [
    Column("Username", lambda u: u.username),
    Column("Name", lambda u: u.display_name),
    Column("Role", lambda u: u.role),
    Column("State", _state),
    Column("Last login", lambda u: day(u.last_login.astimezone().date()) if u.last_login else "never",
           sort_key=lambda u: u.last_login),
]


class NewStaffDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New staff account")
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setObjectName("staff_username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("staff_display_name")
        self.role = QComboBox()
        self.role.setObjectName("staff_role")
        self.role.addItems([Role.DESK.value, Role.LIBRARIAN.value, Role.ADMIN.value])
        self.password = QLineEdit()
        self.password.setObjectName("staff_new_secret")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("at least 8 characters")
        form.addRow("&Username", self.username)
        form.addRow("&Name", self.display_name)
        form.addRow("&Role", self.role)
        form.addRow("&Password", self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class StaffEditor(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("Staff accounts", parent)
        self.ctx = ctx
        self.model = RowListModel(STAFF_COLUMNS, status=lambda u: None if _state(u) == "active" else "attention",
                                  parent=self)
        self.table = make_table("settingsStaff", "Staff accounts")
        self.table.setModel(self.model)
        buttons = QVBoxLayout()
        for name, text, slot in (("staffAdd", "&Add account…", self.add),
                                 ("staffActive", "Activate / &deactivate", self.toggle_active),
                                 ("staffPassword", "Reset pass&word…", self.reset_password),
                                 ("staffUnlock", "Un&lock", self.unlock)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        accounts, actor = self.ctx.services.accounts, self.ctx.actor
        self.ctx.worker.submit(lambda: accounts.list_staff(actor), self.model.set_rows, lambda e: show_error(self, e),
                               channel="settings-staff")

    def chosen(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _run(self, fn: Any, message: str) -> None:
        def done(_: object) -> None:
            self.ctx.events.status_message.emit(message)
            self.load()

        self.ctx.worker.submit(fn, done, lambda e: show_error(self, e))

    def add(self) -> None:
        dialog = NewStaffDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_account(dialog.username.text(), dialog.display_name.text(), dialog.password.text(),
                    dialog.role.currentText())

    def create_account(self, username: str, display_name: str, password: str, role: str) -> None:
        accounts, actor = self.ctx.services.accounts, self.ctx.actor
        self._run(lambda: accounts.create_staff(actor, username=username, display_name=display_name,
                                                password=password, role=role), f"Added the account {username}")

    def toggle_active(self) -> None:
        user = self.chosen()
        if user is not None:
            accounts, actor, active = self.ctx.services.accounts, self.ctx.actor, not user.active
            self._run(lambda: accounts.set_active(actor, user.username, active),
                      f"{'Activated' if active else 'Deactivated'} {user.username}")

    def reset_password(self) -> None:
        user = self.chosen()
        if user is None:
            return
        secret, ok = QInputDialog.getText(self, "Reset password", f"New password for {user.username}:",
                                          QLineEdit.EchoMode.Password)
        if ok:
            accounts, actor = self.ctx.services.accounts, self.ctx.actor
            self._run(lambda: accounts.change_password(actor, user.username, secret),
                      f"Password of {user.username} reset")

    def unlock(self) -> None:
        user = self.chosen()
        if user is not None:
            accounts, actor = self.ctx.services.accounts, self.ctx.actor
            self._run(lambda: accounts.unlock(actor, user.username), f"Unlocked {user.username}")
