"""What happens when the program meets a bug: the traceback goes to the log, and the person sees
a dialog in plain words saying what happened, that saved work is safe, and where the log is.

Why saved work is safe: every staff action is one transaction, committed at its end or rolled
back (see ``services.library.Library.write``). A bug can only lose the action it interrupted,
never one already confirmed on screen. The program keeps running after the dialog, so the person
can carry on or close it normally.

``install_crash_handler`` hooks ``sys.excepthook`` (exceptions in Qt slots land there) and
``threading.excepthook``; errors from other threads are passed to the GUI thread by a queued
signal because widgets may only be touched there.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from ..common.i18n import tr

log = logging.getLogger("desktop_app.crash")


def open_log_folder(paths: Any) -> bool:
    """Open the folder holding the log files in the system's file manager ("Help > Show log").
    Returns False if the platform could not open it (the path is then shown by the caller)."""
    folder = Path(paths.logs)
    folder.mkdir(parents=True, exist_ok=True)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def crash_message(exc: BaseException, log_path: Path) -> str:
    """The plain-words text of the crash dialog."""
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return tr(
        "Library Desk ran into a problem it did not expect, and the last action may not have "
        "finished.\n\n"
        "Everything that was already saved (every loan and return confirmed on screen) is safe. "
        "If you were in the middle of something, check it and do it again.\n\n"
        "What happened: {what}\n\n"
        "The details are in the log: {log}\n"
        "(Help > Show log). Please send that file to whoever looks after Library Desk."
    ).format(what=what, log=log_path)


class CrashReporter(QObject):
    """Receives uncaught exceptions from any thread and shows one dialog at a time."""

    crashed = Signal(object)

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self.shown = 0
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _excepthook(self, et: type[BaseException], ev: BaseException, tb: TracebackType | None) -> None:
        if issubclass(et, KeyboardInterrupt):
            self._previous_hook(et, ev, tb)
            return
        self.report(ev, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        self.report(args.exc_value, args.exc_traceback, thread=args.thread)

    def report(self, exc: BaseException, tb: TracebackType | None = None, *, thread: Any = None) -> None:
        """Log ``exc`` with its traceback and ask the GUI thread to show the dialog."""
        text = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
        where = f" in thread {thread.name}" if thread is not None else ""
        log.critical("uncaught exception%s:\n%s", where, text)
        if QApplication.instance() is None:
            print(crash_message(exc, self.log_path), file=sys.stderr)
            return
        self.crashed.emit(exc)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        if self._showing:  # a burst of errors: one dialog, the rest only in the log
            return
        self._showing = True
        self.shown += 1
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, tr("Library Desk: unexpected problem"),
                              crash_message(exc, self.log_path), QMessageBox.StandardButton.Ok)
            box.setObjectName("crashDialog")
            show_log = box.addButton(tr("Show log"), QMessageBox.ButtonRole.HelpRole)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
            if box.clickedButton() is show_log:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
        finally:
            self._showing = False


_reporter: CrashReporter | None = None


def install_crash_handler(paths: Any) -> CrashReporter:
    """Install the hooks for the installation ``paths`` (call after the QApplication exists).
    Returns the reporter (kept alive here too); calling again replaces the previous one."""
    global _reporter
    from ...logs import log_file

    if _reporter is not None:
        _reporter.uninstall()
    _reporter = CrashReporter(log_file(paths))
    _reporter.install()
    return _reporter
