"""The login window: staff by username and password, members by card number and PIN.

Each failure gets its own message (wrong password, locked account, expired membership).
The last staff username is remembered in LocalSettings; passwords and PINs never are.
Checks run on the worker (argon2 takes a noticeable moment) and the result comes back as
``staff_logged_in(Actor)`` or ``member_logged_in(Actor)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...config import LANGUAGE, LAST_USERNAME, LocalSettings
from ...domain.errors import AccountLocked, AuthenticationFailed, LibraryError, MembershipExpired
from ...services import Actor, Services
from ..common.errors import show_error
from ..common.i18n import LANGUAGES, system_language, tr
from ..common.scanner import BurstDetector
from ..common.screen import fit_window
from ..common.theme import ATTENTION, REFUSED, app_icon, scaled_font, status_style
from ..common.worker import Worker


class LoginWindow(QWidget):
    staff_logged_in = Signal(object)
    member_logged_in = Signal(object)
    language_changed = Signal(str)  # the code chosen ("" for the system's); the window is stale

    def __init__(self, services: Services, worker: Worker, settings: LocalSettings, *,
                 library_name: str = "Library Desk", desk: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.worker, self.settings, self.desk = services, worker, settings, desk
        self.setObjectName("loginWindow")
        self.setWindowTitle(tr("{library} — Log in").format(library=library_name))
        self.setWindowIcon(app_icon())
        heading = QLabel(library_name, objectName="loginHeading")
        heading.setProperty("i18n", "data")
        heading.setFont(scaled_font(heading, 1.8, bold=True))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.username = QLineEdit(objectName="loginUsername")
        self.username.setAccessibleName(tr("Staff username"))
        self.password = QLineEdit(objectName="loginPassword")
        self.password.setAccessibleName(tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(tr("&Log in"), objectName="loginButton")
        self.login_button.setAccessibleName(tr("Log in as staff"))
        self.login_button.setDefault(True)
        staff = QWidget()
        staff_form = QFormLayout(staff)
        staff_form.addRow(tr("&Username:"), self.username)
        staff_form.addRow(tr("&Password:"), self.password)
        staff_form.addRow("", self.login_button)

        self.card = QLineEdit(objectName="loginCard")
        self.card.setAccessibleName(tr("Member card number"))
        self.pin = QLineEdit(objectName="loginPin")
        self.pin.setAccessibleName(tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.member_button = QPushButton(tr("&Open my account"), objectName="loginMemberButton")
        self.member_button.setAccessibleName(tr("Log in as a member"))
        member = QWidget()
        member_form = QFormLayout(member)
        member_form.addRow(tr("&Card number:"), self.card)
        member_form.addRow(tr("P&IN:"), self.pin)
        member_form.addRow("", self.member_button)

        self.tabs = QTabWidget(objectName="loginTabs")
        self.tabs.addTab(staff, tr("Staff"))
        self.tabs.addTab(member, tr("Member (self-service)"))
        self.tabs.setAccessibleName(tr("Log in as staff or as a member"))
        self.message = QLabel("", objectName="loginMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Login message"))
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(self._language_row())
        self.setMinimumWidth(460)

        self.login_button.clicked.connect(self.log_in_staff)
        self.password.returnPressed.connect(self.log_in_staff)
        self.username.returnPressed.connect(self.password.setFocus)
        self.member_button.clicked.connect(self.log_in_member)
        self.pin.returnPressed.connect(self.log_in_member)
        self.card.returnPressed.connect(self.pin.setFocus)
        self.tabs.currentChanged.connect(self._focus_first)
        # A scanner at a logged-out desk types into whatever field has focus: its burst is a scan,
        # never a password or a PIN try (nor a count towards the lockout).
        self.bursts = BurstDetector(self)
        for field in (self.username, self.password, self.card, self.pin):
            field.installEventFilter(self.bursts)
        self.bursts.scanned.connect(self._scanned)
        self.reset()
        fit_window(self, self.sizeHint())  # centred on the screen it opens on

    def _language_row(self) -> QHBoxLayout:
        """The desk's language, chosen here so that anyone at the desk (a member too) can change
        it before logging in; the window is then built again in that language."""
        self.language = QComboBox(objectName="loginLanguage")
        self.language.setProperty("i18n", "data")  # each language named in itself
        self.language.addItem(tr("System language ({language})").format(language=LANGUAGES[system_language()]), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = self.language.findData(self.settings.get(LANGUAGE))
        self.language.setCurrentIndex(max(0, chosen))
        self.language.setAccessibleName(tr("Language of this desk"))
        self.language.activated.connect(self._language_chosen)
        label = QLabel(tr("&Language:"))
        label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.language)
        return row

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index) or "")
        if code != self.settings.get(LANGUAGE):
            self.settings.set(LANGUAGE, code)
            self.language_changed.emit(code)

    def reset(self) -> None:
        """Back to a fresh login (after a logout): secrets cleared, the right field focused."""
        self.password.clear()
        self.pin.clear()
        self.card.clear()
        self.username.setText(self.settings.get(LAST_USERNAME))
        self.message.hide()
        self._busy(False)
        self._focus_first()

    def _focus_first(self, *_: object) -> None:
        if self.tabs.currentIndex() == 0:
            (self.password if self.username.text() else self.username).setFocus()
        else:
            self.card.setFocus()

    def _busy(self, busy: bool) -> None:
        for w in (self.login_button, self.member_button, self.username, self.password, self.card, self.pin):
            w.setEnabled(not busy)

    def show_message(self, text: str, kind: str = REFUSED) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(status_style(kind))
        self.message.show()

    def _scanned(self, code: str, field: QObject) -> None:
        on_card, on_pin = field is self.card, field is self.pin
        if on_card or on_pin:  # a member's card: it replaces what the card field held, the PIN comes next
            self.card.setText(code)
            self.pin.clear()
            self.pin.setFocus()
            self.show_message(tr("Card read. Now type your PIN."), ATTENTION)
            return
        self.password.clear()  # whatever it held is not a password try either
        self.show_message(tr("Log in first: that was a scan ({code}), not your password. Nothing was tried.")
                          .format(code=code), ATTENTION)
        self._focus_first()

    # -- staff ----------------------------------------------------------------------------
    def log_in_staff(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.show_message(tr("Type your username."), ATTENTION)
            self.username.setFocus()
            return
        if not password:
            self.show_message(tr("Type your password."), ATTENTION)
            self.password.setFocus()
            return
        self._busy(True)
        self.worker.submit(lambda: self.services.accounts.login(username, password, desk=self.desk),
                           self._staff_ok, self._failed)

    def _staff_ok(self, actor: Actor) -> None:
        self.settings.set(LAST_USERNAME, actor.username)
        self.password.clear()
        self._busy(False)
        self.message.hide()
        self.staff_logged_in.emit(actor)

    # -- members --------------------------------------------------------------------------
    def log_in_member(self) -> None:
        card, pin = self.card.text().strip(), self.pin.text()
        if not card or not pin:
            self.show_message(tr("Scan or type your card number, then your PIN."), ATTENTION)
            (self.card if not card else self.pin).setFocus()
            return
        self._busy(True)
        self.worker.submit(lambda: self.services.accounts.member_login(card, pin), self._member_ok, self._failed)

    def _member_ok(self, actor: Actor) -> None:
        self.pin.clear()
        self.card.clear()
        self._busy(False)
        self.message.hide()
        self.member_logged_in.emit(actor)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.pin.clear()
        if isinstance(error, AccountLocked):
            self.show_message(tr("Account locked. {reason}").format(reason=error.message))
        elif isinstance(error, MembershipExpired):
            self.show_message(tr("Membership expired. {reason}").format(reason=error.message), ATTENTION)
        elif isinstance(error, AuthenticationFailed):
            self.show_message(tr("{reason}. Please try again.").format(reason=error.message))
        elif isinstance(error, LibraryError):
            self.show_message(error.message)
        else:
            show_error(self, error)
        self._focus_first()
