"""The GUI's entry point: open the library, then the first-start wizard (empty library) or the
login window; staff go to the main window, members to the self-service window, and every
logout comes back to the login window.

``run_gui(paths, argv)`` is what the command line runs with no subcommand; it returns the
process exit code.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ...config import LANGUAGE, LAST_USERNAME, LocalSettings, Paths
from ...services import Actor, Services, open_library
from ...services.library import DatabaseTooNew, DatabaseUnreadable
from ..common.context import UiContext, apply_currency
from ..common.i18n import install_language, tr
from ..common.screen import fit_window
from ..common.theme import apply_theme
from ..common.worker import Worker
from .login import LoginWindow

log = logging.getLogger(__name__)


def open_problem_text(error: BaseException, paths: Paths) -> str | None:
    """A clear explanation for a library that cannot be opened, or None for other errors."""
    if isinstance(error, DatabaseTooNew):
        return tr("The library in {folder} was saved by a newer version of Library Desk.\n\n"
                  "Install the newer version to open it. Nothing was changed. ({error})").format(
                      folder=paths.data_dir, error=error)
    if isinstance(error, DatabaseUnreadable):
        return tr("The library file {file} cannot be read: {error}\n\n"
                  "Nothing was changed. Restore a backup from {backups}, or start with another "
                  "data folder (--data-dir).").format(file=paths.database, error=error, backups=paths.backups)
    return None


class DeskApp(QObject):
    """Switches between the wizard, the login window, the main window and self-service."""

    def __init__(self, services: Services, paths: Paths, *, settings: LocalSettings | None = None,
                 idle_ms: int = 60_000, guard: Any = None) -> None:
        super().__init__()
        self.services, self.paths = services, paths
        self.guard = guard  # the SingleInstance holding this library's lock (restore uses it as is)
        self.settings = settings or LocalSettings(paths.settings_file)
        self.worker = Worker(self)
        self.idle_ms = idle_ms
        self.window: QWidget | None = None
        self.login: LoginWindow | None = None
        self.library_name = "Library Desk"
        self.desk_name = ""
        from .scheduler import DeskScheduler

        # Scheduled work (hold expiry, notices, the daily backup, purges) while the program is
        # open, on the worker; it starts with the first window of an initialised library.
        self.scheduler = DeskScheduler(lambda: self.services, self.worker, parent=self)

    def start(self) -> None:
        if self.services.setup.is_initialised():
            self._read_names()
            self.show_login()
            self.scheduler.start()
        else:
            from .wizard import FirstStartWizard

            wizard = FirstStartWizard(self.services, self.worker)
            wizard.initialised.connect(self._initialised)
            wizard.rejected.connect(QApplication.quit)
            self._show(wizard)

    def _read_names(self) -> None:
        values = self.services.setup.settings()
        self.library_name = str(values.get("library_name") or "Library Desk")
        self.desk_name = str(values.get("desk_name") or "")
        apply_currency(self.services)

    def _initialised(self, actor: Actor) -> None:
        self._read_names()
        if not self.scheduler.active:
            self.scheduler.start()
        self.settings.set(LAST_USERNAME, actor.username)
        self.show_main(Actor(**{**actor.__dict__, "desk": self.desk_name or None}))

    def _show(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None and old is not window and old is not self.login:
            old.deleteLater()

    def show_login(self) -> None:
        if self.login is None:
            self.login = LoginWindow(self.services, self.worker, self.settings, library_name=self.library_name,
                                     desk=self.desk_name or None)
            self.login.staff_logged_in.connect(self.show_main)
            self.login.member_logged_in.connect(self.show_self_service)
            self.login.language_changed.connect(self.change_language)
        self.login.reset()
        self._show(self.login)

    def change_language(self, code: str) -> None:
        """Speak ``code`` ("" for the system's) from now on: the login window is built again
        in it, and every window opened after it speaks it."""
        install_language(code or None)
        self.login = None  # the window on screen; _show lets it go once the new one is up
        self.show_login()

    def show_main(self, actor: Actor) -> None:
        from .main_window import MainWindow

        if self.login is not None:
            self.login.hide()
        ctx = UiContext(services=self.services, actor=actor, worker=self.worker, settings=self.settings,
                        paths=self.paths, restorer=self.restart_library)
        window = MainWindow(ctx, desk_name=self.desk_name, library_name=self.library_name, scheduler=self.scheduler)
        window.logged_out.connect(ctx.close)
        window.logged_out.connect(self.show_login)
        window.quit_requested.connect(QApplication.quit)
        self._show(window)

    def restart_library(self, backup: Path) -> QObject:
        """Restore ``backup`` over the library, reopen it and show the login window (see
        ``ui/shell/restore_flow.py``). Returns the running restart (its ``finished`` signal)."""
        from .restore_flow import LibraryRestart

        self._restart = LibraryRestart(self, Path(backup))
        self.scheduler.pause()  # no job on the library while it is replaced
        self._restart.finished.connect(lambda *_: self.scheduler.resume())
        self._restart.start()
        return self._restart

    def show_self_service(self, actor: Actor) -> None:
        from .self_service import SelfServiceWindow

        if self.login is not None:
            self.login.hide()
        apply_currency(self.services)  # a change made at another desk since the start
        window = SelfServiceWindow(self.services, self.worker, actor, idle_ms=self.idle_ms)
        window.logged_out.connect(lambda _why: self.show_login())
        fit_window(window, QSize(1024, 720), near=self.login)  # on the login's screen, inside it
        self._show(window)

    def shutdown(self) -> None:
        self.scheduler.stop()
        self.worker.wait_idle(10)
        self.worker.stop()
        self.services.close()


def run_gui(paths: Paths, argv: list[str] | None = None) -> int:
    """Open the GUI on the library in ``paths``; returns the exit code."""
    running = QApplication.instance()
    if isinstance(running, QApplication):
        app = running
    else:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Library Desk")
    app.setOrganizationName("Library Desk")
    paths.ensure()
    install_language(LocalSettings(paths.settings_file).get(LANGUAGE) or None)
    apply_theme(app)
    from ...logs import setup_logging
    from ...services import maintenance
    from .crash import install_crash_handler
    from .single_instance import SingleInstance

    paths.ensure()
    setup_logging(paths)
    reporter = install_crash_handler(paths)  # noqa: F841  (kept alive for the whole run)
    guard = SingleInstance(paths)
    try:
        warning = maintenance.check_location(paths)
        guard.acquire()
        library = open_library(paths)
    except Exception as exc:  # whatever stops the library opening is shown in a box, never a traceback
        if type(exc).__name__ == "LibraryAlreadyOpen":
            guard.ask_first_to_raise()
        text = open_problem_text(exc, paths) or getattr(exc, "message", None)
        if text is None:
            log.exception("could not open the library")
            text = tr("The library in {folder} could not be opened: {error}").format(folder=paths.data_dir, error=exc)
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Cannot open the library"), text)
        box.setObjectName("openLibraryError")
        box.exec()
        guard.release()
        return 2
    if warning:
        QMessageBox.warning(None, tr("Library on a network share"), warning)
    services = Services(library)
    desk = DeskApp(services, paths, guard=guard)
    guard.activated.connect(lambda: _raise(desk.window) if desk.window is not None else None)
    desk.start()  # the day's backup runs in the schedule, on the worker, once the first window is up
    try:
        return app.exec()
    finally:
        desk.shutdown()
        guard.release()


def _raise(window: QWidget) -> None:
    from .single_instance import raise_window

    raise_window(window)
