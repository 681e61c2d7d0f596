"""First start on an empty library: library name, first admin, loan rules, optional demo data.

Each page checks its fields before Next and says what is wrong and where. Finish runs the
setup on the worker; ``initialised(Actor)`` then carries the new admin, logged in.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.errors import LibraryError
from ...services import Actor, Services
from ...services.people.accounts import check_password_strength
from ..common.errors import show_error
from ..common.i18n import number_text, tr
from ..common.screen import fit_window
from ..common.theme import REFUSED, app_icon, status_style
from ..common.worker import Worker

AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def _message_label() -> QLabel:
    label = QLabel("", objectName="wizardMessage")
    label.setWordWrap(True)
    label.hide()
    return label


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout()
        self.message = _message_label()
        self.box = box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.message)
        box.addStretch(1)

    def refuse(self, text: str, widget: QWidget) -> bool:
        self.message.setText(text)
        self.message.setStyleSheet(status_style(REFUSED, bold=False))
        self.message.show()
        widget.setFocus()
        return False

    def field_row(self, label: str, widget: AnyWidget, name: str) -> AnyWidget:
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", "").rstrip(": \u00a0"))  # French writes " :"
        self.form.addRow(label, widget)
        return widget


class LibraryPage(_Page):
    def __init__(self) -> None:
        super().__init__(tr("Your library"), tr("The name and address are printed on slips and letters."))
        self.name = self.field_row(tr("Library &name:"), QLineEdit(), "wizardLibraryName")
        self.address = self.field_row(tr("&Address:"), QLineEdit(), "wizardLibraryAddress")
        self.name.setPlaceholderText(tr("e.g. Riverside School Library"))

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            return self.refuse(tr("The library needs a name (first field)."), self.name)
        self.message.hide()
        return True


class AdminPage(_Page):
    def __init__(self) -> None:
        super().__init__(tr("First administrator"), tr("This account can change settings and add other staff."))
        self.username = self.field_row(tr("&Username:"), QLineEdit("admin"), "wizardAdminUsername")
        self.display = self.field_row(tr("Full &name:"), QLineEdit(), "wizardAdminName")
        self.password = self.field_row(tr("&Password:"), QLineEdit(), "wizardAdminPassword")
        self.repeat = self.field_row(tr("&Repeat password:"), QLineEdit(), "wizardAdminRepeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

    def validatePage(self) -> bool:
        username = self.username.text().strip()
        if not username or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
            return self.refuse(tr("Username: use letters, digits, '.', '-' or '_' only."), self.username)
        if not self.display.text().strip():
            return self.refuse(tr("Full name: type the administrator's name."), self.display)
        try:
            check_password_strength(self.password.text())
        except LibraryError as error:
            return self.refuse(tr("Password: {problem}.").format(problem=error.message), self.password)
        if self.password.text() != self.repeat.text():
            return self.refuse(tr("Repeat password: the two passwords differ."), self.repeat)
        self.message.hide()
        return True


class RulesPage(_Page):
    def __init__(self) -> None:
        super().__init__(tr("Loan rules"), tr("Sensible defaults for adult members; change them later in Settings."))
        self.loan_days = self.field_row(tr("Loan &period (days):"), QSpinBox(minimum=1, maximum=365, value=21),
                                        "wizardLoanDays")
        self.max_loans = self.field_row(tr("&Items per member:"), QSpinBox(minimum=1, maximum=500, value=10),
                                        "wizardMaxLoans")
        self.max_renewals = self.field_row(tr("&Renewals per loan:"), QSpinBox(minimum=0, maximum=50, value=2),
                                           "wizardMaxRenewals")
        self.fines = self.field_row(tr("&Fines:"), QCheckBox(tr("Charge fines for late returns"), checked=True),
                                    "wizardFines")
        self.fine = self.field_row(tr("Fine per &day:"), QDoubleSpinBox(minimum=0, maximum=100, value=0.10,
                                                                     singleStep=0.05, decimals=2), "wizardFinePerDay")
        self.fines.toggled.connect(self.fine.setEnabled)


class DemoPage(_Page):
    def __init__(self) -> None:
        super().__init__(tr("Demo data"), tr("Try the program with made-up books and members, or start empty."))
        self.demo = self.field_row("", QCheckBox(tr("Add &demo data (books, members, loans)")), "wizardDemo")
        self.books = self.field_row(tr("&Books:"), QSpinBox(minimum=10, maximum=100_000, value=300, singleStep=100),
                                    "wizardDemoBooks")
        self.books.setEnabled(False)
        self.demo.toggled.connect(self.books.setEnabled)


class FirstStartWizard(QWizard):
    """Emits ``initialised(Actor)`` after the library is set up (and the demo added)."""

    initialised = Signal(object)

    def __init__(self, services: Services, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.worker = services, worker
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(tr("Set up Library Desk"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.library, self.admin, self.rules, self.demo = LibraryPage(), AdminPage(), RulesPage(), DemoPage()
        for page in (self.library, self.admin, self.rules, self.demo):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Create library"))
        self.status = QLabel("", objectName="wizardStatus")
        self.demo.box.addWidget(self.status)
        self.demo_note = ""
        fit_window(self, QSize(620, 440))  # or less, on a small screen

    def accept(self) -> None:
        """Run the setup off the GUI thread; the wizard closes when it has worked."""
        lib, admin, rules, demo = self.library, self.admin, self.rules, self.demo
        name, username = lib.name.text().strip(), admin.username.text().strip()
        display, password = admin.display.text().strip(), admin.password.text()
        settings: dict[str, object] = {"library_address": lib.address.text().strip(),
                                       "fines_enabled": rules.fines.isChecked()}
        category = dict(loan_days=rules.loan_days.value(), max_loans=rules.max_loans.value(),
                        max_renewals=rules.max_renewals.value(), fines_enabled=rules.fines.isChecked(),
                        fine_per_day_cents=round(rules.fine.value() * 100))
        demo_books = demo.books.value() if demo.demo.isChecked() else 0
        services = self.services

        def work() -> tuple[Actor, str]:
            actor = services.setup.initialise(library_name=name, admin_username=username, admin_name=display,
                                              admin_password=password, settings=settings)
            services.members.save_category(actor, "adult", **category)
            if not demo_books:
                return actor, ""
            try:
                from ...services.demo import generate_demo
            except ImportError:
                return actor, tr("Demo data is not available in this version; the library starts empty.")
            summary = generate_demo(services, actor, books=demo_books)
            return actor, tr("Demo data: {books} books, {members} members, {loans} loans.").format(
                books=number_text(summary.books), members=number_text(summary.members),
                loans=number_text(summary.loans))

        self.status.setText(tr("Setting up the library… Adding demo data may take a moment.") if demo_books
                            else tr("Setting up the library…"))
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(False)
        self.worker.submit(work, self._done, self._failed)

    def _done(self, result: tuple[Actor, str]) -> None:
        actor, self.demo_note = result
        super().accept()
        self.initialised.emit(actor)

    def _failed(self, error: BaseException) -> None:
        self.status.setText("")
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(True)
        show_error(self, error)
