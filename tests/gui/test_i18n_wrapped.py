"""Every text of the sync, interchange, reports and shell-flow screens goes through ``tr()``.

A pseudo translation (a real ``QTranslator`` installed in the application) puts every text of
the desk's context between ⟦ and ⟧. The screens are then built and driven as a clerk would, and
every text a person can see (titles, labels, buttons, headers, placeholders, tooltips,
accessible names, messages) must carry the marks: a text without them escaped ``tr()``.
Texts that are data (a member's name, a file path) are marked ``i18n=data`` on their widget.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.i18n import CONTEXT, day_text, number_text

OPEN, CLOSE = "⟦", "⟧"
WORDS = re.compile(r"[A-Za-z]{2,}")


class Pseudo(QTranslator):
    """Translates every text of the desk's context to ⟦text⟧; Qt's own texts stay as they are."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}" if context == CONTEXT else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: Any) -> Iterator[Pseudo]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def escaped(text: str) -> bool:
    """Whether ``text`` holds words outside the marks of a translation (data put into a
    translated sentence is inside its marks)."""
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while (shorter := inner.sub("", text)) != text:
        text = shorter
    return bool(WORDS.search(text))


def _standard(button: QAbstractButton) -> bool:
    """A standard button of a button box (OK, Cancel...): Qt translates it."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person can see on ``root`` and its children."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("i18n") == "data" or widget.objectName().startswith("qt_"):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or '?'}"
        texts = [widget.toolTip(), widget.statusTip(), widget.accessibleName(), widget.accessibleDescription()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton) and not _standard(widget):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
        texts += [action.text() for action in widget.actions()]
        found += [(where, text) for text in texts if text]
    return found


def untranslated(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(root) if escaped(text)]


def test_the_pseudo_translation_marks_texts_and_the_check_finds_plain_ones(qtbot, pseudo) -> None:
    from desktop_app.ui.common.i18n import tr

    label = QLabel(tr("Due date"))
    plain = QLabel("Due date")
    data = QLabel("Ana Ruiz")
    data.setProperty("i18n", "data")
    for widget in (label, plain, data):
        qtbot.addWidget(widget)
    assert label.text() == "⟦Due date⟧"
    assert untranslated(label) == [] and untranslated(data) == []
    assert untranslated(plain) == [("QLabel ?", "Due date")]


# -- sync ---------------------------------------------------------------------------------------
def _exception_row(**over: Any) -> dict[str, Any]:
    row = {"id": 7, "created_at": "2026-03-02T09:15:00+00:00", "desk_name": "Annex", "kind": "checkout",
           "code": "double_loan", "message": "Copy 31000042 was lent at two desks",
           "details": {"op": {"kind": "checkout", "args": {"due_date": "2026-03-20", "copy_uuid": "x"},
                              "occurred_at": "2026-03-01T16:40:00+00:00"}, "other_desk": "Front"},
           "status": "open", "resolution": None, "actions": ["dismiss", "replace_with_second"]}
    return {**row, **over}


def test_the_sync_panel_its_desks_and_its_login_speak_through_tr(qtbot, ctx: UiContext, pseudo) -> None:
    from desktop_app.ui.sync.panel import LoginDialog, SyncPanel

    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)  # no address yet
    assert panel.result.text().startswith("⟦Enter the server address first")
    assert untranslated(panel) == []
    qtbot.keyClicks(panel.server, "ftp://x")
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    assert "ftp://x" in panel.result.text() and untranslated(panel) == []

    desks = panel.desks
    assert desks is not None
    qtbot.mouseClick(desks.retire_button, Qt.MouseButton.LeftButton)  # nothing chosen
    assert desks.message.text() == "⟦Select the desk to retire first.⟧"
    desks._loaded([{"client_id": "c1", "desk_code": "07", "desk_name": "Annex", "role": "desk",
                    "last_seen_at": "2026-03-02T09:15:00+00:00"}])
    assert desks.message.text() == "⟦1 desk(s) registered.⟧"
    assert desks.model.index(0, 3).data() not in ("", "2026-03-02T09:15:00+00:00")
    assert untranslated(desks) == []

    panel.server.setText("http://library.local:8080")
    panel.desk.setText("Front desk")
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(LoginDialog, "syncSetupDialog")
    assert dialog is not None
    dialog.username.clear()
    dialog.buttons.accepted.emit()  # nothing typed: refused without asking the server
    assert dialog.message.text() == "⟦Enter the server username and the password.⟧"
    assert "“Front desk”" in dialog.findChild(QLabel).text()
    assert untranslated(dialog) == []
    if shots := os.environ.get("LIBRARY_DESK_SHOTS"):
        panel.grab().save(f"{shots}/i18n-sync-panel.png")
        dialog.grab().save(f"{shots}/i18n-sync-login.png")
    dialog.reject()


def test_the_sync_status_bar_texts_are_translated_in_every_state(qapp, pseudo) -> None:
    from desktop_app.ui.sync.controller import SyncSnapshot
    from desktop_app.ui.sync.texts import status_text, when

    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    base = SyncSnapshot("up to date", configured=True, pending=3, last_sync_at=an_hour_ago, exceptions=2,
                        server_url="http://library.local:8080", desk_name="Front", desk_code="01")
    for state in ("not set up", "starting", "syncing", "up to date", "offline", "login needed", "cancelled",
                  "error"):
        text, tip = status_text(replace(base, state=state))
        for part in [*text.split(" · "), *tip.split("\n")]:
            assert not escaped(part), (state, part)
    assert when(None) == "⟦never⟧"
    assert when(datetime(2026, 3, 2, 9, 15, tzinfo=UTC), now=datetime(2026, 3, 9, tzinfo=UTC)) != ""


def test_the_sync_exceptions_window_and_progress_speak_through_tr(qtbot, ctx: UiContext, pseudo) -> None:
    from desktop_app.ui.sync.controller import controller_for
    from desktop_app.ui.sync.exceptions import SyncExceptionsWindow, describe
    from desktop_app.ui.sync.status import SyncProgress

    controller = controller_for(ctx)
    window = SyncExceptionsWindow(controller, ctx.actor)
    qtbot.addWidget(window)
    window.show()
    window._loaded([_exception_row(), _exception_row(id=8, status="resolved", resolution="dismiss",
                                                     actions=[])])
    assert window.count.text() == "⟦2 open⟧"
    assert set(window.buttons) == {"dismiss", "replace_with_second"}
    # the detail holds the server's message and detail keys (data); its own lines are checked below
    assert [w for w, _text in untranslated(window)] == ["QLabel syncExceptionDetail"]
    for line in describe(_exception_row()).splitlines()[:1] + describe(_exception_row()).splitlines()[2:3]:
        assert not escaped(line), line
    statuses = [window.model.index(r, 6).data() for r in range(2)]
    kinds = [window.model.index(r, 3).data() for r in range(2)]
    assert statuses == ["⟦open⟧", "⟦resolved: ⟦Dismiss (handled by hand)⟧⟧"]
    assert kinds == ["⟦Check-out⟧"] * 2
    if shots := os.environ.get("LIBRARY_DESK_SHOTS"):
        window.grab().save(f"{shots}/i18n-sync-exceptions.png")

    holder = QWidget()
    qtbot.addWidget(holder)
    SyncProgress(controller, holder)
    controller.progress.emit("pull", 2500, 10000)
    progress = holder.findChild(QProgressDialog, "syncProgress")
    assert progress is not None and progress.isVisible()
    assert untranslated(progress) == []
    count = f"⟦⟦receiving the library's changes⟧: {number_text(2500)} of {number_text(10000)}⟧"
    assert progress.labelText() == f"⟦{count}…\nThe desk can keep working meanwhile.⟧"
    progress.cancel()


def test_the_sync_menu_of_the_main_window_is_translated(qtbot, ctx: UiContext, pseudo) -> None:
    from desktop_app.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, desk_name="Front")
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "syncMenu")
    assert menu is not None and menu.title() == "⟦S&ync⟧"
    assert [a.text() for a in menu.actions() if a.text()] == ["⟦Sync &now⟧", "⟦Sync &exceptions…⟧",
                                                              "⟦Sync &settings⟧"]
    assert window.sync_label.accessibleName() == "⟦Sync status⟧"
    qtbot.waitUntil(lambda: window.sync_label.text() == "⟦Sync: ⟦not set up⟧⟧")  # the controller has read the state
    assert window.sync_label.toolTip() == "⟦An admin sets up sync in Settings⟧"
    window.close()


# -- import and export --------------------------------------------------------------------------
MARC = Path(__file__).resolve().parents[1] / "data" / "marc"


def _settle(ctx: UiContext) -> None:
    for _ in range(4):
        ctx.worker.wait_idle(30)
        QApplication.processEvents()


def test_the_import_dialog_its_progress_and_its_summary_speak_through_tr(qtbot, ctx: UiContext, tmp_path: Path,
                                                                        pseudo) -> None:
    from desktop_app.ui.interchange.dialogs import ImportDialog

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.run_import() is None  # no file yet: the message is translated too
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorDialog") is not None)
    assert dialog.findChild(QMessageBox, "errorDialog").text() == "⟦Choose the file to import⟧"
    assert untranslated(dialog) == []

    source = tmp_path / "bad_records.mrc"
    shutil.copy(MARC / "bad_records.mrc", source)
    qtbot.keyClicks(dialog.file.edit, str(source))
    gate = threading.Event()
    ctx.worker.submit(lambda: gate.wait(20))  # the progress window stays while the clerk looks at it
    run = dialog.dry_run()
    assert run is not None and run.dialog.labelText() == "⟦Checking {file}…⟧".replace("{file}", source.name)
    assert untranslated(run.dialog) == []
    gate.set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    summary = dialog.summary
    assert summary is not None and summary.table.rowCount() > 0
    assert summary.windowTitle() == "⟦Dry run finished⟧"
    assert untranslated(summary) == []
    kinds = {summary.table.item(r, 3).text() for r in range(summary.table.rowCount())}
    assert kinds <= {"⟦error⟧", "⟦warning⟧"}
    assert summary.table.item(0, 0).text() == "record 2"  # where in the file: data, as the core says it
    if shots := os.environ.get("LIBRARY_DESK_SHOTS"):
        dialog.grab().save(f"{shots}/i18n-import.png")
        summary.grab().save(f"{shots}/i18n-import-summary.png")
    summary.accept()
    _settle(ctx)
    assert ctx.services.search.books("").total == 0  # a dry run changed nothing


def test_the_export_dialog_and_its_messages_speak_through_tr(qtbot, ctx: UiContext, stock, tmp_path: Path,
                                                            pseudo) -> None:
    from desktop_app.ui.interchange.dialogs import ExportDialog

    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog) == []
    dialog.path.set_text(str(tmp_path / "nowhere" / "books.csv"))
    assert dialog.export() is None
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorDialog") is not None)
    error = dialog.findChild(QMessageBox, "errorDialog")
    assert error.text().startswith("⟦The folder ") and "⟦export⟧" in error.text() and not escaped(error.text())
    target = tmp_path / "books.csv"
    dialog.path.set_text(str(target))
    run = dialog.export()
    assert run is not None
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert target.is_file() and dialog.outcome.rows == len(stock.books)
    assert dialog.message is not None and dialog.message.windowTitle() == "⟦Export finished⟧"
    assert dialog.message.text() == f"⟦Wrote {number_text(len(stock.books))} rows to {target}.⟧"


# -- the program's own windows: crash dialog, restore --------------------------------------------
def test_the_crash_dialog_speaks_through_tr(qtbot, tmp_path: Path, pseudo, monkeypatch) -> None:
    from desktop_app.ui.shell.crash import CrashReporter

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    reporter = CrashReporter(tmp_path / "library-desk.log")
    reporter.install()
    try:
        sys.excepthook(KeyError, KeyError("copy_id"), None)
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        reporter.uninstall()
    box = shown[0]
    assert box.windowTitle() == "⟦Library Desk: unexpected problem⟧"
    assert "KeyError" in box.text() and str(tmp_path / "library-desk.log") in box.text()
    assert untranslated(box) == []
    assert [b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.HelpRole] == ["⟦Show log⟧"]


def test_a_restore_and_a_refused_restore_speak_through_tr(qtbot, services, admin, library_paths, stock, tmp_path,
                                                          pseudo) -> None:
    from desktop_app.ui.shell.app import DeskApp
    from desktop_app.ui.shell.single_instance import SingleInstance

    backup = services.maintenance.backup_now()
    services.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])  # after the backup
    guard = SingleInstance(library_paths)
    guard.acquire()
    app = DeskApp(services, library_paths, guard=guard)
    app.start()
    try:
        outcome: list[tuple[object, object]] = []
        restart = app.restart_library(backup)
        restart.finished.connect(lambda aside, error: outcome.append((aside, error)))
        assert restart.progress.windowTitle() == "⟦Restoring the library⟧"
        assert restart.progress.labelText().startswith(f"⟦Restoring the library from {backup.name}…")
        assert untranslated(restart.progress) == []
        qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
        aside, error = outcome[0]
        assert error is None, error
        assert restart.message is not None and restart.message.windowTitle() == "⟦Library restored⟧"
        assert str(aside) in restart.message.text() and untranslated(restart.message) == []
        assert app.services.catalog.book(stock.books["Dune"]).copies[0].status == "available"
        restart.message.accept()

        broken = tmp_path / "not-a-backup.sqlite3"
        broken.write_text("no library here")
        outcome.clear()
        refused = app.restart_library(broken)
        refused.finished.connect(lambda aside, error: outcome.append((aside, error)))
        qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
        assert outcome[0][1] is not None and refused.message is not None
        assert refused.message.text().endswith("\n\n⟦Nothing was changed; the library is open as it was.⟧")
        assert not escaped(refused.message.windowTitle())
        refused.message.accept()
    finally:
        app.worker.wait_idle()
        app.worker.stop()
        guard.release()


# -- reports ------------------------------------------------------------------------------------
def test_the_reports_tab_and_its_letters_speak_through_tr(qtbot, ctx: UiContext, stock, tmp_path: Path,
                                                         pseudo) -> None:
    from desktop_app.ui.reports.output import letters_html
    from desktop_app.ui.reports.tab import ReportsTab

    svc, admin, lib = ctx.services, ctx.actor, ctx.services.library
    start = lib.now()
    svc.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])
    svc.circulation.checkout(admin, stock.ana, stock.copies["Emma"][0])
    svc.circulation.checkout(admin, stock.ben, stock.copies["Solaris"][0])
    lib.set_clock(lambda: start + timedelta(days=40))
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    _settle(ctx)
    assert tab.overdue.rowCount() == 3
    assert tab.summary.text() == f"⟦{number_text(3)} overdue loans, {number_text(2)} members⟧"
    assert untranslated(tab) == []
    contact = {tab.overdue.index(r, 6).data() for r in range(3)}
    assert contact == {"⟦none⟧"}  # no e-mail, phone or address: the word is translated
    if shots := os.environ.get("LIBRARY_DESK_SHOTS"):
        tab.grab().save(f"{shots}/i18n-reports.png")
    html = letters_html(tab.rows_in_view_order(), library_name="Test Library", library_address="1 Main St",
                        today=lib.today())
    words = [w for w in re.split(r"<[^>]+>", html.replace("&#x27;", "'")) if w.strip()]
    data = {"Test Library", "1 Main St", "Ana Ruiz", "Ben Okafor", "Dune", "Emma", "Solaris",
            *stock.barcodes(), stock.ana, stock.ben, day_text(lib.today()),
            *(day_text(r.due_date) for r in tab.rows_in_view_order())}  # dates as QLocale writes them
    assert [w for w in words if escaped(w) and w not in data] == []
    assert html.count("⟦Dear {member},⟧".format(member="Ana Ruiz")) == 1
    assert "⟦Our records show that the following items are overdue." in html  # Ana: two books
    assert "⟦Our records show that the following item is overdue." in html  # Ben: one
    pdf = tmp_path / "letters.pdf"
    assert tab.save_pdf(pdf) == 2 and pdf.read_bytes()[:5] == b"%PDF-"


def test_letters_and_the_overdue_list_write_dates_in_the_desk_language(qtbot, ctx: UiContext, stock) -> None:
    from desktop_app.ui.reports.output import letters_html
    from desktop_app.ui.reports.overdue import OverdueTableModel
    from desktop_app.ui.reports.tab import short_day

    svc, admin, lib = ctx.services, ctx.actor, ctx.services.library
    start = lib.now()
    svc.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])
    lib.set_clock(lambda: start + timedelta(days=40))
    rows = svc.reports.overdue(admin)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        german = QLocale()
        due = rows[0].due_date
        month = german.monthName(due.month, QLocale.FormatType.ShortFormat)
        model = OverdueTableModel()
        model.set_rows(rows)
        assert month in model.index(0, 1).data() and str(due.year) in model.index(0, 1).data()
        html = letters_html(rows, library_name="Bücherei", library_address="", today=lib.today())
        assert model.index(0, 1).data() in html
        assert short_day(due) == f"{due.day}. {month}"
    finally:
        QLocale.setDefault(before)
