"""The Settings section "Sync with the library server" (admins): the server address, this
desk's name, "Test connection", "Set up sync…" (asks a server username and password once,
then ``DeskSync.setup``: the desk keeps its own credential; a desk with a library of its own
is asked whether to bring it into an empty server) and "Sync now"; the registered desks, which
an admin may retire (``sync_desks.DesksBox``); plus ``LoginDialog``, the username/password
prompt also used when the desk's credential is refused.

Passwords are only passed to the call that uses them; no field keeps them after the dialog
closes. All network work goes through the ``SyncController`` (off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...config import SYNC_USERNAME
from ...domain.values import Role
from ...sync.desk import JoinRefused, ServerCheck
from ..common.context import UiContext
from ..common.i18n import number_text, tr
from ..common.theme import ATTENTION, DONE, REFUSED, status_style
from .controller import SyncController, SyncSnapshot, controller_for, error_message
from .desks import DesksBox
from .texts import status_parts

#: submit(username, password, ok, fail): runs the login; calls ok() or fail(error) on the GUI thread.
Submit = Callable[[str, str, Callable[[], None], Callable[[BaseException], None]], None]


class LoginDialog(QDialog):
    """Asks a server username and password and passes them to ``submit``; stays open with the
    reason when the login fails, closes (accepted) when it works. The password field is cleared
    whatever happens."""

    def __init__(self, parent: QWidget | None, title: str, text: str, username: str, *, submit: Submit) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.username = QLineEdit(username, objectName="syncLoginUser")
        self.password = QLineEdit(objectName="syncLoginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("", objectName="syncLoginMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(tr("Server &username"), self.username)
        form.addRow(tr("&Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Log in"))
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        (self.password if username else self.username).setFocus()

    def _go(self) -> None:
        user, password = self.username.text().strip(), self.password.text()
        self.password.clear()
        if not user or not password:
            self._say(tr("Enter the server username and the password."), REFUSED)
            return
        self._say(tr("Logging in…"), ATTENTION)
        self.buttons.setEnabled(False)
        self._submit(user, password, self._ok, self._failed)

    def _ok(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._say(error_message(error), REFUSED)
        self.password.setFocus()

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(status_style(kind, bold=False))
        self.message.show()


class SyncPanel(QGroupBox):
    """The sync section of the Settings tab."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 controller: SyncController | None = None) -> None:
        super().__init__(tr("Sync with the library server"), parent)
        self.setObjectName("syncPanel")
        self.ctx = ctx
        self.controller = controller or controller_for(ctx)
        self.server = QLineEdit(objectName="syncServer")
        self.server.setPlaceholderText(tr("http://library.local:8080"))
        self.server.setAccessibleName(tr("Server address"))
        self.desk = QLineEdit(objectName="syncDeskName")
        self.desk.setPlaceholderText(tr("e.g. Front desk"))
        self.desk.setAccessibleName(tr("Desk name for the server"))
        self.test_button = QPushButton(tr("&Test connection"), objectName="syncTest")
        self.setup_button = QPushButton(tr("Set up syn&c…"), objectName="syncSetup")
        self.now_button = QPushButton(tr("Sync n&ow"), objectName="syncNow")
        self.test_button.clicked.connect(self.test)
        self.setup_button.clicked.connect(self.set_up)
        self.now_button.clicked.connect(self.controller.sync_now)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.setup_button, self.now_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel("", objectName="syncResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.state = QLabel("", objectName="syncState")
        self.state.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("Server address"), self.server)  # no access key: the tab has too few letters left
        form.addRow(tr("Desk name on the ser&ver"), self.desk)
        form.addRow("", buttons)
        form.addRow("", self.result)
        form.addRow(tr("Status"), self.state)
        self.desks: DesksBox | None = None
        if ctx.actor.at_least(Role.ADMIN):
            self.desks = DesksBox(self.controller, self)
            form.addRow(self.desks)
        self._filled = False
        self.controller.snapshot_changed.connect(self.show_snapshot)
        self.show_snapshot(self.controller.snapshot)

    # -- showing -----------------------------------------------------------------------------
    def show_snapshot(self, snap: SyncSnapshot) -> None:
        if not self._filled and (snap.configured or snap.state == "not set up"):  # the state was read
            self._filled = True
            if snap.server_url and not self.server.text():
                self.server.setText(snap.server_url)
            if not self.desk.text():
                self.desk.setText(snap.desk_name or self._local_desk_name())
        self.now_button.setEnabled(snap.configured)
        if snap.configured:
            text = " · ".join(status_parts(snap))
            lines = [tr("This desk is “{desk}” (desk code {code}) at {server}.").format(
                desk=snap.desk_name, code=snap.desk_code, server=snap.server_url),
                text[:1].upper() + text[1:] + "."]
            self.state.setText("\n".join(lines + ([snap.message] if snap.message else [])))
        else:
            self.state.setText(tr("Not set up: this desk works on its own. Enter the server address, test it, "
                                  "then set up sync with a server staff account."))

    def _local_desk_name(self) -> str:
        return self.ctx.actor.desk or ""

    def say(self, text: str, kind: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(status_style(kind, bold=False))
        self.result.show()

    # -- actions -----------------------------------------------------------------------------
    def _url(self) -> str | None:
        url = self.server.text().strip().rstrip("/")
        if not url:
            self.say(tr("Enter the server address first, e.g. http://library.local:8080."), REFUSED)
        elif not url.startswith(("http://", "https://")) or len(url) < 10:
            self.say(tr("The server address “{url}” must start with http:// or https://, "
                        "e.g. http://library.local:8080.").format(url=url), REFUSED)
        else:
            return url
        self.server.setFocus()
        return None

    def test(self) -> None:
        url = self._url()
        if url is None:
            return
        self.say(tr("Asking {url}…").format(url=url), ATTENTION)
        self.test_button.setEnabled(False)

        def done(check: ServerCheck) -> None:
            self.test_button.setEnabled(True)
            if check.answered:
                self.say(tr("Connected: library server protocol {protocol}, schema {schema}").format(
                    protocol=check.protocol, schema=check.schema), DONE)
            else:
                self.say(tr("No library server answers at {url}: {error}").format(url=check.url, error=check.error),
                         REFUSED)

        self.controller.test_connection(url, done)

    def set_up(self) -> None:
        url = self._url()
        if url is None:
            return
        desk = self.desk.text().strip()
        if not desk:
            self.say(tr("Enter a name for this desk (how the server and the other desks know it)."), REFUSED)
            self.desk.setFocus()
            return
        user = self.ctx.settings.get(SYNC_USERNAME) or self.ctx.actor.username

        def submit(username: str, password: str, ok: Callable[[], None],
                   fail: Callable[[BaseException], None], join: bool = False) -> None:
            def done(result: dict[str, Any]) -> None:
                ok()
                self._set_up(url, desk, result)

            def refused(error: BaseException) -> None:
                if isinstance(error, JoinRefused) and error.can_join and self._ask_join(url, str(error)):
                    submit(username, password, ok, fail, join=True)
                else:
                    fail(error)

            self.controller.setup(url, desk, username, password, done, refused, join=join)

        self.dialog = LoginDialog(self, tr("Set up sync"),
                                  tr("Log in to the library server at {url} with a server staff account. The desk "
                                     "registers there as “{desk}”. The password is not stored.").format(
                                      url=url, desk=desk),
                                  user, submit=submit)
        self.dialog.setObjectName("syncSetupDialog")
        self.dialog.open()

    def _ask_join(self, url: str, why: str) -> bool:
        """Whether this library moves into the (empty) server; No is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Bring this library into the server?"),
                          why + "\n\n" + tr("Upload this library (its catalog, members, loans, holds, fees and "
                                             "staff) to {url}? It becomes the server's library; other desks then "
                                             "start from it.").format(url=url),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("syncJoinQuestion")
        return box.exec() == QMessageBox.StandardButton.Yes

    def _set_up(self, url: str, desk: str, result: dict[str, Any]) -> None:
        code = result.get("desk_code")
        said = [tr("Desk “{desk}” is registered with {url} (desk code {code}).").format(desk=desk, url=url, code=code)
                if code else tr("Desk “{desk}” is registered with {url}.").format(desk=desk, url=url)]
        joined = result.get("joined")
        if joined:
            said.append(tr("This library is now the server's ({count} rows uploaded).").format(
                count=number_text(sum(joined["sent"].values()))))
        where = result.get("credential")
        if where and where != "keyring":
            said.append(tr("This computer has no keyring: the desk's credential is kept in a file of its data "
                           "folder, readable only by this account (never in backups)."))
        said.append(tr("The first sync has started."))
        self.say(" ".join(said), DONE)
        if self.desks is not None:
            self.desks.reload()
