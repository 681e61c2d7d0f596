"""Sync in the main window: the status-bar text, the "Sync" menu, the progress window of a
long first sync, and the password prompt when the server login is needed.

``attach_sync(window)`` wires a ``MainWindow`` (it needs ``window.ctx``, ``window.sync_label``
and ``window.set_sync_status``) to the context's ``SyncController`` and starts it; the window
calls ``controller.stop()`` when it closes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressDialog, QScrollArea, QWidget

from ...config import SYNC_USERNAME
from ...domain.values import Role
from ..common.i18n import N_, number_text, tr
from ..common.theme import status_colors
from .controller import SyncController, SyncSnapshot, controller_for
from .texts import status_kind, status_text

if TYPE_CHECKING:  # the window imports this module when it opens; the name is for the checker
    from ..shell.main_window import MainWindow

PHASES = {"push": N_("sending this desk's work"), "pull": N_("receiving the library's changes")}


def phase_count(phase: str, done: int, total: object) -> str:
    """"sending this desk's work: 1,200 of 5,000" (the total when it is known)."""
    words = tr(PHASES.get(phase, phase))
    if isinstance(total, int):
        return tr("{phase}: {done} of {total}").format(phase=words, done=number_text(done), total=number_text(total))
    return tr("{phase}: {done}").format(phase=words, done=number_text(done))


class SyncProgress(QObject):
    """A progress window for a long sync (a first sync of an empty desk against a large
    catalog, or a large backlog): shown when a phase knows its total, has at least
    ``MIN_ROWS`` to go and more than one page is left. Not modal: the desk keeps working.
    Its Stop button cancels the sync at the next page (nothing is lost; it resumes later)."""

    MIN_ROWS = 2000

    def __init__(self, controller: SyncController, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller, self.parent_widget = controller, parent
        self.dialog: QProgressDialog | None = None
        controller.progress.connect(self._progress)
        controller.snapshot_changed.connect(self._snapshot)

    def _progress(self, phase: str, done: int, total: object) -> None:
        text = phase_count(phase, done, total)
        if self.dialog is None:
            if not (self.controller.show_progress and isinstance(total, int) and total >= self.MIN_ROWS
                    and done < total):
                return
            self.dialog = QProgressDialog(self.parent_widget)
            self.dialog.setObjectName("syncProgress")
            self.dialog.setWindowTitle(tr("Sync with the library server"))
            self.dialog.setCancelButtonText(tr("&Stop"))
            self.dialog.setWindowModality(Qt.WindowModality.NonModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumWidth(420)
            self.dialog.canceled.connect(self.controller.cancel_sync)
            self.dialog.show()
        if isinstance(total, int) and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setMaximum(0)  # busy indicator
        self.dialog.setLabelText(tr("{progress}…\nThe desk can keep working meanwhile.").format(
            progress=text[:1].upper() + text[1:]))

    def _snapshot(self, snap: SyncSnapshot) -> None:
        if snap.state != "syncing" and self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self.controller.cancel_sync)
            dialog.hide()
            dialog.deleteLater()


class _Clicks(QObject):
    """Clicks on the status text: open the exceptions when some wait, else ask for the login."""

    def __init__(self, window: QMainWindow, controller: SyncController) -> None:
        super().__init__(window)
        self.window, self.controller = window, controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            snap = self.controller.snapshot
            if snap.exceptions:
                open_exceptions(self.window, self.controller)
                return True
            if snap.state == "login needed":
                ask_login(self.window, self.controller)
                return True
        return False


def open_exceptions(window: QWidget, controller: SyncController) -> QWidget:
    """Show the (one) sync exceptions window of ``window``."""
    from .exceptions import SyncExceptionsWindow

    found = window.findChild(SyncExceptionsWindow, "syncExceptions")
    if not isinstance(found, SyncExceptionsWindow):
        found = SyncExceptionsWindow(controller, controller.ctx.actor, window)
    found.show()
    found.raise_()
    found.activateWindow()
    found.reload()
    return found


def ask_login(window: QWidget, controller: SyncController) -> None:
    from .panel import LoginDialog

    if window.findChild(LoginDialog, "syncLoginDialog") is not None:
        return
    snap = controller.snapshot
    dialog = LoginDialog(window, tr("Log in to the library server"),
                         tr("The server at {server} refused this desk's credential (the desk was retired, or "
                            "the keyring that kept its credential is gone). A librarian or admin logs in once to "
                            "give it a new one; the password is not stored.").format(
                             server=snap.server_url or tr("the server")),
                         controller.ctx.settings.get(SYNC_USERNAME) or controller.ctx.actor.username,
                         submit=lambda user, password, ok, fail: controller.login(user, password, lambda _kept: ok(),
                                                                                  fail))
    dialog.setObjectName("syncLoginDialog")
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def show_panel(window: MainWindow) -> None:
    """Open the Settings tab scrolled to the sync section."""
    from .panel import SyncPanel

    page = window.pages["Settings"]
    window.tabs.setCurrentWidget(page)
    panel, scroll = page.findChild(SyncPanel), page.findChild(QScrollArea)
    if panel is not None and scroll is not None:
        scroll.ensureWidgetVisible(panel)
        panel.server.setFocus()


def attach_sync(window: MainWindow) -> SyncController:
    """Wire the main window to its context's sync controller (status, menu, prompts) and start it."""
    ctx = window.ctx
    controller = controller_for(ctx)
    label: QLabel = window.sync_label
    label.setAccessibleName(tr("Sync status"))
    label.installEventFilter(_Clicks(window, controller))

    def show(snap: SyncSnapshot) -> None:
        text, tip = status_text(snap)
        window.set_sync_status(text)
        label.setToolTip(tip)
        kind = status_kind(snap)
        if kind:
            bg, fg = status_colors(kind)
            label.setStyleSheet(f"background-color: {bg.name()}; color: {fg.name()}; padding: 0 6px;"
                                " border-radius: 3px;")
        else:
            label.setStyleSheet("")
        actionable = bool(snap.exceptions) or snap.state == "login needed"
        label.setCursor(Qt.CursorShape.PointingHandCursor if actionable else Qt.CursorShape.ArrowCursor)

    def progress(phase: str, done: int, total: object) -> None:
        show(replace(controller.snapshot, state="syncing", progress=phase_count(phase, done, total)))

    controller.snapshot_changed.connect(show)
    controller.progress.connect(progress)
    controller.login_needed.connect(lambda: ask_login(window, controller))
    window.sync_progress = SyncProgress(controller, window)
    bar = window.menuBar()
    menu = QMenu(tr("S&ync"), bar)
    menu.setObjectName("syncMenu")
    help_menu = next((a for a in bar.actions() if a.text() in ("&Help", tr("&Help"))), None)
    bar.insertMenu(help_menu, menu) if help_menu is not None else bar.addMenu(menu)
    for text, key, slot in ((tr("Sync &now"), "Ctrl+Shift+Y", controller.sync_now),
                            (tr("Sync &exceptions…"), None, lambda: open_exceptions(window, controller))):
        action = QAction(text, window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        window.addAction(action)
        menu.addAction(action)
    if ctx.actor.at_least(Role.ADMIN) and "Settings" in getattr(window, "pages", {}):
        menu.addSeparator()
        settings = QAction(tr("Sync &settings"), window)
        settings.triggered.connect(lambda: show_panel(window))
        menu.addAction(settings)
    controller.start()
    return controller
