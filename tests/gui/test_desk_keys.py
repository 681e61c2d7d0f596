"""The desk's keyboard map is declared once (``ui/desk/keys.py``): the desk's shortcuts, its
buttons, the Desk menu and the keyboard sheet all come from the one table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.ui.common.context import UiContext
from desktop_app.ui.desk.keys import DESK_ACTIONS
from desktop_app.ui.shell.main_window import LOG_OUT, QUIT, MainWindow


def test_menus_buttons_shortcuts_and_the_sheet_come_from_one_table(qtbot, ctx: UiContext) -> None:
    window = MainWindow(ctx, desk_name="Front desk")
    qtbot.addWidget(window)
    window.show()
    desk_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Des&k")
    entries = [(a.text(), a.shortcut().toString()) for a in desk_menu.actions() if not a.isSeparator()]
    assert entries[:len(DESK_ACTIONS)] == [(a.menu, a.key) for a in DESK_ACTIONS]
    bound = {s.key().toString() for s in window.desk.findChildren(QShortcut)}
    assert {a.key for a in DESK_ACTIONS} <= bound
    for action in DESK_ACTIONS:
        if action.button:
            button = window.desk.findChild(QPushButton, action.button_id)
            assert button is not None and button.text() == f"{action.button}  [{action.key}]"
    window.show_shortcuts()
    sheet = window.findChild(QMessageBox, "shortcutsDialog")
    assert sheet is not None
    for action in DESK_ACTIONS:
        assert f"{action.key}\t{action.help}" in sheet.text()
    assert f"{LOG_OUT[1]}\tLog out" in sheet.text() and f"{QUIT[1]}\tQuit" in sheet.text()
    sheet.close()
    # The keys do what the table says: F3 is Return mode, F2 Lend mode again.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.desk.scan.setFocus()
    qtbot.keyClick(window.desk.scan, Qt.Key.Key_F3)
    QApplication.processEvents()
    assert window.desk.mode_bar.mode() == "return"
    qtbot.keyClick(window.desk.scan, Qt.Key.Key_F2)
    assert window.desk.mode_bar.mode() == "lend"
    window.close()
