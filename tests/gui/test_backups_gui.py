"""Settings > Backups: the folder and days, back up now, the list, and a restore from inside
the running program (with the instance lock held by the GUI, as in production)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from desktop_app.config import BACKUP_FOLDER, BACKUP_KEEP_DAYS, Paths
from desktop_app.services import Actor, Services, maintenance
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.settings.backups import BackupsBox
from desktop_app.ui.shell.app import DeskApp
from desktop_app.ui.shell.login import LoginWindow
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.single_instance import SingleInstance

if TYPE_CHECKING:
    from conftest import Stock

PASSWORD = "correct horse"


def settle(ctx: UiContext) -> None:
    for _ in range(4):
        ctx.worker.wait_idle(30)
        QApplication.processEvents()


def test_folder_days_and_back_up_now(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    box = BackupsBox(ctx)
    qtbot.addWidget(box)
    box.show()
    settle(ctx)
    assert box.folder.text() == "" and box.days.value() == BACKUP_KEEP_DAYS.default
    # a folder that is not there (the USB stick is not plugged in) is refused, clearly
    box.folder.set_text(str(tmp_path / "no-stick"))
    box.save()
    settle(ctx)
    error = box.findChild(QMessageBox, "errorDialog")
    assert error is not None and "does not exist (is the USB stick plugged in?)" in error.text()
    error.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    box.folder.chooser = lambda parent, current: str(stick)  # instead of the native folder dialog
    box.folder.choose()
    box.days.setValue(12)
    box.save()
    settle(ctx)
    assert maintenance.backup_folder(ctx.paths) == stick and maintenance.keep_days(ctx.paths) == 12
    assert ctx.settings.get(BACKUP_FOLDER) == str(stick)  # the window's own copy agrees
    box.back_up_now()
    settle(ctx)
    made = box.last_backup
    assert made is not None and made.parent == stick and made.is_file()
    assert str(made) in box.status.text()
    assert box.backups[0] == made.resolve() and made.name in box.list.item(0).text()
    first = made
    box.back_up_now()
    settle(ctx)
    assert box.backups[:2] == [box.last_backup.resolve(), first.resolve()]  # newest first
    # without the whole program there is nothing to restore with: explained, nothing done
    box.confirm = lambda parent, text: pytest.fail("must not ask")
    assert not box.restore_chosen()


def test_restore_from_settings_round_trip(qtbot, services: Services, admin: Actor, library_paths: Paths,
                                          stock: Stock) -> None:
    guard = SingleInstance(library_paths)
    guard.acquire()  # as run_gui does: this process holds the library's lock throughout
    app = DeskApp(services, library_paths, guard=guard)
    app.start()
    try:
        login = app.window
        assert isinstance(login, LoginWindow)
        qtbot.keyClicks(login.findChild(QLineEdit, "loginUsername"), "admin")
        qtbot.keyClicks(login.findChild(QLineEdit, "loginPassword"), PASSWORD)
        qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=10_000)
        main = app.window
        box = main.pages["Settings"].findChild(BackupsBox, "settingsBackups")
        assert box is not None and box.restorer is not None
        box.back_up_now()
        qtbot.waitUntil(lambda: box.last_backup is not None, timeout=20_000)
        backup = box.last_backup
        # a loan made after the backup
        barcode = stock.copies["Dune"][0]
        services.circulation.checkout(admin, stock.ana, barcode)
        assert services.catalog.book(stock.books["Dune"]).copies[0].status == "on_loan"
        qtbot.waitUntil(lambda: backup.resolve() in box.backups, timeout=10_000)
        box.list.setCurrentRow(box.backups.index(backup.resolve()))
        asked: list[str] = []
        box.confirm = lambda parent, text: asked.append(text) or True
        assert box.restore_chosen()
        assert "Everything done since that backup" in asked[0]
        outcome: list[tuple[object, object]] = []
        app._restart.finished.connect(lambda aside, error: outcome.append((aside, error)))
        qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
        aside, error = outcome[0]
        assert error is None, error
        assert isinstance(app.window, LoginWindow) and app.window.isVisible()
        assert app.services is not services
        message = app._restart.message
        assert message is not None and "restored from" in message.text() and str(aside) in message.text()
        # the loan made after the backup is gone; the lock was never let go
        dune = app.services.catalog.book(stock.books["Dune"])
        assert dune.copies[0].status == "available"
        assert guard.lock is not None and guard.lock.held
        with pytest.raises(maintenance.LibraryAlreadyOpen):
            maintenance.lock_library(library_paths)
        # the file that was replaced is kept aside, with the loan in it
        assert isinstance(aside, Path) and aside.parent == library_paths.backups
        assert aside.name.startswith("before-restore-")
        with sqlite3.connect(f"file:{aside}?mode=ro", uri=True) as conn:
            assert conn.execute("select count(*) from loans where returned_at is null").fetchone()[0] == 1
        # and the program goes on: log in again and lend
        again = app.window
        qtbot.keyClicks(again.findChild(QLineEdit, "loginPassword"), PASSWORD)
        qtbot.mouseClick(again.findChild(QPushButton, "loginButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=10_000)
        assert app.window is not main
        app.services.circulation.checkout(admin, stock.ana, barcode)
    finally:
        app.worker.wait_idle()
        app.worker.stop()
        app.services.close()
        guard.release()
