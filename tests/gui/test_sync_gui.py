"""The GUI's sync against a real library server process on 127.0.0.1 (tests/integration/
sync_fixtures.py): Settings' test connection and setup, the status bar through a real
``SyncLoop`` (pending count, up to date, offline, login needed), the exceptions window after a
real double loan, and the progress window of a first sync (with Stop)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from sync_fixtures import (  # noqa: F401  (fixtures)
    ADMIN_PASSWORD,
    BOOK_SQL,
    Desk,
    desk_rows,
    empty_server,
    free_port,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
)

from desktop_app.config import LocalSettings
from desktop_app.sync import engine
from desktop_app.sync.desk import DeskSync
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync.controller import SyncController
from desktop_app.ui.sync.exceptions import SyncExceptionsWindow
from desktop_app.ui.sync.panel import LoginDialog, SyncPanel
from desktop_app.ui.sync.status import SyncProgress

WAIT_MS = 20_000


@pytest.fixture
def gui(qtbot, worker: Worker) -> Iterator[Callable[..., MainWindow]]:
    """``gui(desk, desk_sync=None)`` -> the main window of ``desk``'s admin, its sync controller
    using ``desk.sync`` (memory keyring) unless another DeskSync factory is given."""
    windows: list[MainWindow] = []

    def make(desk: Desk, desk_sync: Callable[[], DeskSync] | None = None) -> MainWindow:
        ctx = UiContext(services=desk.services, actor=desk.admin, worker=worker,
                        settings=LocalSettings(desk.paths.settings_file), paths=desk.paths)
        SyncController(ctx, desk_sync=desk_sync or (lambda: desk.sync), interval=3600, parent=ctx.events)
        window = MainWindow(ctx, desk_name=desk.name)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    worker.wait_idle(10)


def status(window: MainWindow) -> str:
    return window.sync_label.text()


def wait_status(qtbot, window: MainWindow, *parts: str) -> None:
    qtbot.waitUntil(lambda: all(p in status(window) for p in parts), timeout=WAIT_MS)


def panel_of(window: MainWindow) -> SyncPanel:
    panel = window.pages["Settings"].findChild(SyncPanel, "syncPanel")
    assert panel is not None
    return panel


def test_test_connection_says_whether_a_server_answers(qtbot, gui, new_desk, server) -> None:
    panel = panel_of(gui(new_desk("T", setup=False)))
    panel.server.setText("library.local")
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert "must start with http://" in panel.result.text()
    panel.server.setText(server.base_url)
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result.text().startswith("Connected"), timeout=WAIT_MS)
    assert "protocol" in panel.result.text()
    nobody = f"http://127.0.0.1:{free_port()}"
    panel.server.setText(nobody)
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result.text().startswith("No library server answers"), timeout=WAIT_MS)
    assert nobody in panel.result.text()


def test_set_up_in_settings_then_sync_now_updates_the_status_bar(qtbot, gui, new_desk, server, kit) -> None:
    desk = new_desk("G", setup=False)
    window = gui(desk)
    wait_status(qtbot, window, "Sync: not set up")
    panel = panel_of(window)
    assert not panel.now_button.isEnabled()
    panel.server.setText(server.base_url)
    panel.desk.setText("Gallery desk")
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(LoginDialog, "syncSetupDialog")
    assert dialog is not None and dialog.username.text() == "admin"
    dialog.password.setText("wrong password")
    dialog.buttons.accepted.emit()
    assert dialog.password.text() == ""  # never kept in a field
    qtbot.waitUntil(lambda: "refused the login" in dialog.message.text(), timeout=WAIT_MS)
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "is registered with" in panel.result.text(), timeout=WAIT_MS)
    wait_status(qtbot, window, "up to date", "0 pending")
    assert panel.now_button.isEnabled() and "Gallery desk" in panel.state.text()
    # A loan made at the desk is pending until the next sync, then on the server.
    desk.services.circulation.checkout(desk.admin, kit.cards[0], kit.barcodes[0])  # the core says it changed
    wait_status(qtbot, window, "1 pending")
    qtbot.mouseClick(panel.now_button, Qt.MouseButton.LeftButton)
    wait_status(qtbot, window, "up to date", "0 pending")
    assert server.query("SELECT count(*) FROM loans l JOIN copies c ON c.id = l.copy_id "
                        "WHERE c.barcode = :b AND l.returned_at IS NULL", b=kit.barcodes[0]) == [(1,)]
    assert ADMIN_PASSWORD not in desk.paths.settings_file.read_text()


def test_offline_when_the_server_stops_and_up_to_date_when_it_is_back(qtbot, gui, new_desk, server, kit) -> None:
    desk = new_desk("O")
    window = gui(desk)
    wait_status(qtbot, window, "up to date", "0 pending")
    desk.services.circulation.checkout(desk.admin, kit.cards[1], kit.barcodes[1])
    server.stop()
    try:
        window.sync.sync_now()
        wait_status(qtbot, window, "Sync: offline", "1 pending", "last sync")
        assert "cannot be reached" in window.sync_label.toolTip()
    finally:
        server.start()
    window.sync.sync_now()
    wait_status(qtbot, window, "up to date", "0 pending")


def test_a_lost_credential_is_given_back_by_one_login_and_then_kept_without_a_keyring(
        qtbot, gui, new_desk, server) -> None:
    desk = new_desk("K")  # set up with the test keyring; this run has none (the 'fail' backend)
    window = gui(desk, desk_sync=lambda: DeskSync(desk.services.library, desk.paths))
    wait_status(qtbot, window, "login needed")
    qtbot.waitUntil(lambda: window.findChild(LoginDialog, "syncLoginDialog") is not None, timeout=WAIT_MS)
    dialog = window.findChild(LoginDialog, "syncLoginDialog")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.buttons.accepted.emit()
    wait_status(qtbot, window, "up to date")
    assert ADMIN_PASSWORD not in desk.paths.settings_file.read_text()
    assert window.sync.desk is not None and not window.sync.desk.store(server.base_url).in_keyring
    assert (desk.paths.data_dir / "sync-credential.json").exists()  # kept for unattended syncs, not in backups
    assert "sync-credential" not in {p.name for p in desk.paths.backups.glob("*")}
    # A staff logout and the next login in the same run go on syncing without asking.
    window.log_out()
    again = gui(desk, desk_sync=lambda: pytest.fail("the DeskSync of the open library is reused"))
    wait_status(qtbot, again, "up to date")
    assert again.findChild(LoginDialog, "syncLoginDialog") is None


def test_a_double_loan_appears_in_the_exceptions_window_and_resolving_removes_it(
        qtbot, qtmodeltester, gui, new_desk, server, kit) -> None:
    a, b = new_desk("A"), new_desk("B")
    a.services.circulation.checkout(a.admin, kit.cards[0], kit.barcodes[2])
    b.services.circulation.checkout(b.admin, kit.cards[1], kit.barcodes[2])
    a.sync.sync_now()
    window = gui(b)
    wait_status(qtbot, window, "1 exception waiting")
    qtbot.mouseClick(window.sync_label, Qt.MouseButton.LeftButton)  # the status text opens the window
    found = window.findChild(SyncExceptionsWindow, "syncExceptions")
    assert found is not None and found.isVisible()
    qtbot.waitUntil(lambda: found.model.rowCount() == 1, timeout=WAIT_MS)
    qtmodeltester.check(found.model)
    assert found.model.data(found.model.index(0, 4)) == "Lent at two desks"
    assert "B" == found.model.data(found.model.index(0, 2))
    assert set(found.buttons) == {"dismiss", "replace_with_second"}
    found.note.setText("the first scan was wrong")
    qtbot.mouseClick(found.buttons["replace_with_second"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: found.model.rowCount() == 0 and "resolved" in found.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "exception" not in status(window), timeout=WAIT_MS)
    rows = server.query("SELECT status, resolution, note FROM sync_exceptions WHERE client_id = :c",
                        c=b.sync.status().client_id)
    assert rows == [("resolved", "replace_with_second", "the first scan was wrong")]
    # The sync started after resolving brings the outcome to this desk: B's loan is the open one.
    open_loans = ("SELECT group_concat(m.card_number) FROM loans l JOIN copies c ON c.id = l.copy_id "
                  "JOIN members m ON m.id = l.member_id WHERE c.barcode = :b AND l.returned_at IS NULL")
    qtbot.waitUntil(lambda: b.scalar(open_loans, b=kit.barcodes[2]) == kit.cards[1], timeout=WAIT_MS)
    wait_status(qtbot, window, "up to date", "0 pending")


def test_a_first_sync_shows_a_progress_window_that_can_stop_it(qtbot, gui, new_desk, server, monkeypatch) -> None:
    monkeypatch.setattr(engine, "PAGE", 4)
    monkeypatch.setattr(SyncProgress, "MIN_ROWS", 10)
    apply_page = engine.apply_page

    def slow_page(*args: object, **kwargs: object) -> object:  # a large catalog: pages take time
        time.sleep(0.3)
        return apply_page(*args, **kwargs)

    monkeypatch.setattr(engine, "apply_page", slow_page)
    desk = new_desk("P", setup=False)
    window = gui(desk)
    wait_status(qtbot, window, "Sync: not set up")
    seen: list[tuple[int, int]] = []

    def watch(_phase: str, done: int, _total: object) -> None:
        dialog = window.findChild(QProgressDialog, "syncProgress")
        if dialog is not None and dialog.isVisible():
            seen.append((dialog.value(), dialog.maximum()))
            if len(seen) == 2:
                stop = dialog.findChild(QPushButton)
                assert stop.text() == "&Stop"
                stop.click()  # the sync ends at the next page, nothing half done

    window.sync.progress.connect(watch)
    window.sync.setup(server.base_url, "P", "admin", ADMIN_PASSWORD, lambda _r: None, pytest.fail)
    wait_status(qtbot, window, "Sync: stopped")
    assert len(seen) == 2 and 0 < seen[0][0] < seen[0][1]
    assert window.findChild(QProgressDialog, "syncProgress") is None or \
        not window.findChild(QProgressDialog, "syncProgress").isVisible()
    partial = desk.scalar("SELECT count(*) FROM books")
    window.sync.sync_now()
    wait_status(qtbot, window, "up to date")
    assert desk.scalar("SELECT count(*) FROM books") >= partial
    assert desk_rows(desk, BOOK_SQL) == [tuple(r) for r in server.query(BOOK_SQL)]


def test_an_admin_sees_the_desks_and_retires_one(qtbot, gui, new_desk, server, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.sync.client import NeedLogin

    a, b = new_desk("Front"), new_desk("Annex")
    window = gui(a)
    wait_status(qtbot, window, "up to date")
    box = panel_of(window).desks
    assert box is not None
    qtbot.mouseClick(box.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Annex" in [r["desk_name"] for r in box.model.rows()], timeout=WAIT_MS)
    row = [r["client_id"] for r in box.model.rows()].index(b.sync.status().client_id)
    box.table.selectRow(row)
    asked: list[str] = []

    def answer(dialog: QMessageBox) -> int:
        asked.append(dialog.text())
        assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.No)  # the safe answer
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    qtbot.mouseClick(box.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is retired" in box.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: b.sync.status().client_id not in [r["client_id"] for r in box.model.rows()],
                    timeout=WAIT_MS)
    assert "Retire “Annex”" in asked[0]
    assert server.query("SELECT desk_code FROM sync_devices WHERE client_id = :c",
                        c=b.sync.status().client_id) == [(None,)]
    with pytest.raises(NeedLogin, match="retired"):
        b.sync.sync_now()
    if os.environ.get("LIBRARY_DESK_SHOTS"):  # for a person to look at: the Settings section with the desks
        window.tabs.setCurrentWidget(window.pages["Settings"])
        panel_of(window).grab().save(os.path.join(os.environ["LIBRARY_DESK_SHOTS"], "sync-desks.png"))


def test_a_library_of_its_own_is_asked_before_it_moves_into_an_empty_server(
        qtbot, gui, empty_server, template_library, tmp_path, memory_keyring, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox
    from sync_fixtures import make_desk

    from desktop_app.services.catalog.input import BookInput, CopyInput

    desk = make_desk(template_library, tmp_path, "Village", empty_server, memory_keyring, setup=False)
    desk.services.catalog.add_book(desk.admin, BookInput(title="Our own book", authors=[("Local Author", "author")]),
                                   copies=[CopyInput()])
    window = gui(desk)
    wait_status(qtbot, window, "Sync: not set up")
    panel = panel_of(window)
    panel.server.setText(empty_server.base_url)
    panel.desk.setText("Village desk")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(LoginDialog, "syncSetupDialog")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "now the server's" in panel.result.text(), timeout=WAIT_MS)
    assert asked and "holds a library of its own (1 books, 1 copies)" in asked[0]
    assert empty_server.query("SELECT title FROM books") == [("Our own book",)]
    wait_status(qtbot, window, "up to date")
