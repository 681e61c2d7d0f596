"""The login window and the switch to the main or self-service window (DeskApp)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget

from desktop_app.config import WINDOW_GEOMETRY, LocalSettings, Paths
from desktop_app.services import Services
from desktop_app.services.people.members import MemberInput
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.shell.app import DeskApp, open_problem_text
from desktop_app.ui.shell.login import LoginWindow
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.self_service import SelfServiceWindow

if TYPE_CHECKING:
    from conftest import Stock

PASSWORD = "correct horse"


def make_login(qtbot, services: Services, worker: Worker, paths: Paths) -> LoginWindow:  # type: ignore[no-untyped-def]
    window = LoginWindow(services, worker, LocalSettings(paths.settings_file), library_name="Test Library")
    qtbot.addWidget(window)
    window.show()
    return window


def staff_login(qtbot, window: LoginWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    user = window.findChild(QLineEdit, "loginUsername")
    user.clear()
    qtbot.keyClicks(user, username)
    qtbot.keyClicks(window.findChild(QLineEdit, "loginPassword"), password)
    qtbot.mouseClick(window.findChild(QPushButton, "loginButton"), Qt.MouseButton.LeftButton)


def message(window: LoginWindow) -> str:
    return window.findChild(QLabel, "loginMessage").text()


def test_staff_login_succeeds_and_remembers_the_username_only(qtbot, services, worker, library_paths) -> None:  # type: ignore[no-untyped-def]
    window = make_login(qtbot, services, worker, library_paths)
    with qtbot.waitSignal(window.staff_logged_in, timeout=10_000) as got:
        staff_login(qtbot, window, "admin", PASSWORD)
    assert got.args[0].username == "admin"
    saved = library_paths.settings_file.read_text()
    assert '"last_username": "admin"' in saved and PASSWORD not in saved
    window.reset()
    assert window.findChild(QLineEdit, "loginUsername").text() == "admin"
    assert window.findChild(QLineEdit, "loginPassword").text() == ""


def test_wrong_password_then_lockout_have_their_own_messages(qtbot, services, worker, library_paths) -> None:  # type: ignore[no-untyped-def]
    window = make_login(qtbot, services, worker, library_paths)
    staff_login(qtbot, window, "admin", "not the password")
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert message(window) == "Wrong username or password. Please try again."
    for _ in range(4):
        window.message.hide()
        staff_login(qtbot, window, "admin", "still wrong")
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert message(window).startswith("Account locked.") and "try again after" in message(window)
    window.message.hide()
    staff_login(qtbot, window, "admin", PASSWORD)  # even the right password is refused while locked
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert message(window).startswith("Account locked.")


def test_member_login_opens_self_service_and_expired_is_explained(qtbot, services, admin, worker,  # type: ignore[no-untyped-def]
                                                                  library_paths, stock: Stock) -> None:
    window = make_login(qtbot, services, worker, library_paths)
    window.findChild(QTabWidget, "loginTabs").setCurrentIndex(1)
    qtbot.keyClicks(window.findChild(QLineEdit, "loginCard"), stock.ana)
    qtbot.keyClicks(window.findChild(QLineEdit, "loginPin"), "1234")
    with qtbot.waitSignal(window.member_logged_in, timeout=10_000) as got:
        qtbot.keyClick(window.findChild(QLineEdit, "loginPin"), Qt.Key.Key_Return)
    assert got.args[0].display_name == "Ana Ruiz"

    old = services.members.register(admin, MemberInput(first_name="Old", last_name="Timer",
                                                       joined=date.today() - timedelta(days=800),
                                                       expires=date.today() - timedelta(days=3)))
    services.members.set_pin(admin, old.card_number, "9876")
    qtbot.keyClicks(window.findChild(QLineEdit, "loginCard"), old.card_number)
    qtbot.keyClicks(window.findChild(QLineEdit, "loginPin"), "9876")
    qtbot.keyClick(window.findChild(QLineEdit, "loginPin"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert message(window).startswith("Membership expired.") and "renew it at the desk" in message(window)
    window.message.hide()
    qtbot.keyClicks(window.findChild(QLineEdit, "loginCard"), stock.ana)
    qtbot.keyClicks(window.findChild(QLineEdit, "loginPin"), "0000")
    qtbot.keyClick(window.findChild(QLineEdit, "loginPin"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert message(window) == "Wrong card number or PIN. Please try again."


def test_app_goes_login_main_window_and_back(qtbot, services, library_paths) -> None:  # type: ignore[no-untyped-def]
    app = DeskApp(services, library_paths)
    app.start()
    try:
        assert isinstance(app.window, LoginWindow)
        staff_login(qtbot, app.window, "admin", PASSWORD)
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=10_000)
        main = app.window
        assert isinstance(main, MainWindow)
        tabs = main.findChild(QTabWidget, "mainTabs")
        titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
        assert titles == ["Desk", "Catalog", "Members", "Holds", "Reports", "Stock-take", "Notices",
                          "Settings"]
        assert "Ada Admin (admin)" in main.person.text()
        qtbot.waitUntil(main.isActiveWindow, timeout=5000)
        qtbot.keyClick(main.desk.scan, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == 2
        main.log_out()
        qtbot.waitUntil(lambda: isinstance(app.window, LoginWindow), timeout=5000)
        assert app.window.isVisible()
        assert app.settings.get(WINDOW_GEOMETRY, "admin")  # the layout is remembered per user
    finally:
        app.worker.wait_idle()
        app.worker.stop()


def test_member_self_service_logs_out_by_itself_back_to_login(qtbot, services, library_paths,  # type: ignore[no-untyped-def]
                                                              stock: Stock) -> None:
    app = DeskApp(services, library_paths, idle_ms=1000)
    shown: list[type] = []
    show = app._show
    # On a slow machine the self-service window can come and go within one wait of the test:
    # record every window shown instead of polling for the one on screen.
    app._show = lambda window: (shown.append(type(window)), show(window))[1]  # type: ignore[method-assign]
    app.start()
    try:
        login = app.window
        assert isinstance(login, LoginWindow)
        login.tabs.setCurrentIndex(1)
        qtbot.keyClicks(login.card, stock.ana)
        qtbot.keyClicks(login.pin, "1234")
        qtbot.keyClick(login.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: SelfServiceWindow in shown, timeout=20_000)
        qtbot.waitUntil(lambda: shown[-1] is LoginWindow and isinstance(app.window, LoginWindow),
                        timeout=10_000)
        assert app.window.isVisible() and login.card.text() == "" and login.pin.text() == ""
    finally:
        app.worker.wait_idle()
        app.worker.stop()


def test_unopenable_library_is_explained(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import open_library
    from desktop_app.services.library import DatabaseUnreadable

    paths = Paths(tmp_path)
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 100)
    try:
        open_library(paths)
    except DatabaseUnreadable as exc:
        text = open_problem_text(exc, paths)
    else:
        raise AssertionError("a broken file opened")
    assert text is not None and "cannot be read" in text and "Nothing was changed" in text
