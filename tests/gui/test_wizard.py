"""The first-start wizard on an empty library: each page checks its fields; Finish sets the
library up (name, first admin, loan rules, demo data) and logs the admin in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWizard

from desktop_app.config import LAST_USERNAME, Paths
from desktop_app.services import Services, open_library
from desktop_app.ui.shell.app import DeskApp
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.wizard import FirstStartWizard


@pytest.fixture
def empty_services(tmp_path) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    svc = Services(open_library(Paths(tmp_path / "empty")))
    yield svc
    svc.close()


def fill_admin(wizard: FirstStartWizard, password: str, repeat: str) -> None:
    wizard.admin.username.setText("head")
    wizard.admin.display.setText("Hana Head")
    wizard.admin.password.setText(password)
    wizard.admin.repeat.setText(repeat)


def test_wizard_checks_pages_and_creates_the_library(qtbot, empty_services: Services, worker) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstStartWizard(empty_services, worker)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.library  # no name: stays, says why
    assert "needs a name" in wizard.library.message.text()
    wizard.library.name.setText("Hill School Library")
    wizard.library.address.setText("1 Hill Road")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    fill_admin(wizard, "short", "short")
    wizard.next()
    assert wizard.currentPage() is wizard.admin and "at least 8" in wizard.admin.message.text()
    fill_admin(wizard, "long enough pw", "long enough pX")
    wizard.next()
    assert "differ" in wizard.admin.message.text()
    fill_admin(wizard, "long enough pw", "long enough pw")
    wizard.next()
    assert wizard.currentPage() is wizard.rules
    wizard.rules.loan_days.setValue(14)
    wizard.rules.max_loans.setValue(6)
    wizard.next()
    wizard.demo.demo.setChecked(True)
    wizard.demo.books.setValue(40)
    with qtbot.waitSignal(wizard.initialised, timeout=60_000) as got:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    actor = got.args[0]
    assert actor.username == "head" and actor.display_name == "Hana Head"
    setup = empty_services.setup
    assert setup.is_initialised() and setup.settings()["library_name"] == "Hill School Library"
    assert setup.settings()["library_address"] == "1 Hill Road"
    adult = {c.code: c for c in empty_services.members.categories()}["adult"]
    assert (adult.loan_days, adult.max_loans) == (14, 6)
    assert empty_services.accounts.login("head", "long enough pw").username == "head"
    assert empty_services.reports.counts().titles == 40
    assert "40 books" in wizard.demo_note


def test_app_opens_the_wizard_on_an_empty_library_then_the_main_window(qtbot, empty_services: Services,  # type: ignore[no-untyped-def]
                                                                       tmp_path) -> None:
    app = DeskApp(empty_services, Paths(tmp_path / "empty"))
    app.start()
    try:
        wizard = app.window
        assert isinstance(wizard, FirstStartWizard)
        wizard.library.name.setText("Village Library")
        wizard.next()
        fill_admin(wizard, "long enough pw", "long enough pw")
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=20_000)
        assert app.window.ctx.actor.username == "head"
        assert app.settings.get(LAST_USERNAME) == "head"
    finally:
        app.worker.wait_idle()
        app.worker.stop()
