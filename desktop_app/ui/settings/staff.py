"""Staff accounts: add, activate or deactivate, reset a password, unlock after failed logins."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
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

from ...domain.values import Role
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.forms import wire_form
from ..common.i18n import N_, day_text, tr, when_text
from ..common.rows import Column, RowListModel
from ..common.tables import make_table


def _locked(user: Any) -> bool:
    return user.locked_until is not None and user.locked_until > datetime.now(UTC)


def _state(user: Any) -> str:
    if not user.active:
        return tr("deactivated")
    if _locked(user):
        return tr("locked until {when}").format(when=when_text(user.locked_until.astimezone()))
    return tr("active")


#: How a role is shown (the value kept is the role itself).
ROLE_TEXT = {Role.DESK.value: N_("desk"), Role.LIBRARIAN.value: N_("librarian"), Role.ADMIN.value: N_("admin")}


def _role(user: Any) -> str:
    return tr(ROLE_TEXT[user.role]) if user.role in ROLE_TEXT else str(user.role)


STAFF_COLUMNS: list[Column[Any]] = [
    Column(N_("Username"), lambda u: u.username),
    Column(N_("Name"), lambda u: u.display_name),
    Column(N_("Role"), _role),
    Column(N_("State"), _state),
    Column(N_("Last login"), lambda u: day_text(u.last_login.astimezone().date()) if u.last_login else tr("never"),
           sort_key=lambda u: u.last_login),
]


class NewStaffDialog(QDialog):
    """A new staff account, saved on the worker; a refusal (a taken or bad username, a short
    password) focuses that field and keeps the dialog open. Enter moves to the next field,
    Ctrl+Enter or Save saves (``common.forms``). ``saved`` holds the username once saved."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: str | None = None
        self.setObjectName("newStaffDialog")
        self.setWindowTitle(tr("New staff account"))
        self.setMinimumWidth(380)
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setObjectName("staff_username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("staff_display_name")
        self.role = QComboBox()
        self.role.setObjectName("staff_role")
        for role in (Role.DESK, Role.LIBRARIAN, Role.ADMIN):
            self.role.addItem(tr(ROLE_TEXT[role.value]), role.value)
        self.password = QLineEdit()
        self.password.setObjectName("staff_new_secret")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("at least 8 characters"))
        self.fields: dict[str, QWidget] = {"username": self.username, "display_name": self.display_name,
                                           "role": self.role, "password": self.password}
        form.addRow(tr("&Username"), self.username)
        form.addRow(tr("&Name"), self.display_name)
        form.addRow(tr("&Role"), self.role)
        form.addRow(tr("&Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)
        self.keys = wire_form(self, self.save_button)

    def save(self) -> None:
        accounts, actor = self.ctx.services.accounts, self.ctx.actor
        username, name, password = self.username.text(), self.display_name.text(), self.password.text()
        role = str(self.role.currentData())
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(lambda: accounts.create_staff(actor, username=username, display_name=name,
                                                            password=password, role=role),
                               lambda user: self._saved(user.username), self._refused)

    def _saved(self, username: str) -> None:
        self.save_button.setEnabled(True)
        self.saved = username
        self.ctx.events.status_message.emit(tr("Added the account {username}").format(username=username))
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        widget = self.fields.get(getattr(error, "field", None) or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        show_error(self, error)


class StaffEditor(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Staff accounts"), parent)
        self.ctx = ctx
        self.model = RowListModel(STAFF_COLUMNS, status=lambda u: None if u.active and not _locked(u) else "attention",
                                  parent=self)
        self.table = make_table("settingsStaff", tr("Staff accounts"))
        self.table.setModel(self.model)
        buttons = QVBoxLayout()
        for name, text, slot in (("staffAdd", tr("&Add account…"), self.add),
                                 ("staffActive", tr("Activate / &deactivate"), self.toggle_active),
                                 ("staffPassword", tr("Reset &password…"), self.reset_password),
                                 ("staffUnlock", tr("Un&lock"), self.unlock)):
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

    def add(self) -> NewStaffDialog:
        dialog = NewStaffDialog(self.ctx, self)
        dialog.accepted.connect(self.load)
        dialog.open()
        return dialog

    def create_account(self, username: str, display_name: str, password: str, role: str) -> None:
        accounts, actor = self.ctx.services.accounts, self.ctx.actor
        self._run(lambda: accounts.create_staff(actor, username=username, display_name=display_name,
                                                password=password, role=role),
                  tr("Added the account {username}").format(username=username))

    def toggle_active(self) -> None:
        user = self.chosen()
        if user is not None:
            accounts, actor, active = self.ctx.services.accounts, self.ctx.actor, not user.active
            done = tr("Activated {username}") if active else tr("Deactivated {username}")
            self._run(lambda: accounts.set_active(actor, user.username, active), done.format(username=user.username))

    def reset_password(self) -> None:
        user = self.chosen()
        if user is None:
            return
        secret, ok = QInputDialog.getText(self, tr("Reset password"),
                                          tr("New password for {username}:").format(username=user.username),
                                          QLineEdit.EchoMode.Password)
        if ok:
            accounts, actor = self.ctx.services.accounts, self.ctx.actor
            self._run(lambda: accounts.change_password(actor, user.username, secret),
                      tr("Password of {username} reset").format(username=user.username))

    def unlock(self) -> None:
        user = self.chosen()
        if user is not None:
            accounts, actor = self.ctx.services.accounts, self.ctx.actor
            self._run(lambda: accounts.unlock(actor, user.username),
                      tr("Unlocked {username}").format(username=user.username))
