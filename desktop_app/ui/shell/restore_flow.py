"""Restore a backup from inside the running GUI: close the library, put the backup in its
place, open the library again and return to the login window.

``maintenance.restore`` needs the library closed and the one-program lock held. The GUI
process already holds that lock through ``SingleInstance`` (``DeskApp.guard``): taking it a
second time would fail (the lock belongs to the open file), so it is used as is. Without a
guard (tests, embedding) the lock is taken here for the restore, as the command line does.

Steps: (1) a progress window appears, so the program never has no window (which would quit
it); (2) the worker finishes what the tabs asked for, and their results are delivered while
the tabs still exist; (3) the main and login windows are deleted, their own read connections
(catalog rows, searches) closing with them, and the services are closed; (4) on the worker:
restore (a refused backup changes nothing), then open the library again (migrating an older
backup); (5) a fresh login window and a message saying what happened. ``finished(aside,
error)`` fires at the end: ``aside`` is where the replaced file was kept, ``error`` why the
restore was refused (None when it worked).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ...services import Services, maintenance, open_library
from ..common.errors import error_text
from ..common.i18n import tr

if TYPE_CHECKING:
    from .app import DeskApp

log = logging.getLogger(__name__)


def _delete(widget: QWidget | None) -> None:
    if widget is not None and shiboken6.isValid(widget):
        widget.hide()
        shiboken6.delete(widget)


class LibraryRestart(QObject):
    """One restore of ``backup`` into the library of ``app`` (see the module docstring)."""

    finished = Signal(object, object)

    def __init__(self, app: DeskApp, backup: Path) -> None:
        super().__init__(app)
        self.app, self.backup = app, Path(backup)
        self.message: QMessageBox | None = None
        self._quit_on_last = True
        self.progress = QProgressDialog(
            tr("Restoring the library from {backup}…\n\n"
               "Library Desk closes the library, puts the backup in its place and opens it again.").format(
                backup=self.backup.name), "", 0, 0)
        self.progress.setObjectName("restoreProgress")
        self.progress.setWindowTitle(tr("Restoring the library"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(460)

    def start(self) -> None:
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self._quit_on_last = qapp.quitOnLastWindowClosed()
        qapp.setQuitOnLastWindowClosed(False)
        self.progress.show()
        # leave the click that asked for it before its window is deleted
        QTimer.singleShot(0, self._close_library)

    def _close_library(self) -> None:
        app = self.app
        app.worker.wait_idle(120)
        QApplication.processEvents()  # deliver the tabs' results while the tabs exist
        window, login = app.window, app.login
        if window is not None and window is not login and shiboken6.isValid(window):
            for name in ("quit_requested", "logged_out"):
                signal = getattr(window, name, None)
                if signal is not None:
                    try:
                        signal.disconnect()
                    except (RuntimeError, TypeError):
                        pass
            window.close()  # saves the layout and stops sync
            _delete(window)
        _delete(login)
        app.window, app.login = None, None
        app.worker.wait_idle(120)
        app.services.close()
        paths, backup = app.paths, self.backup
        guard = getattr(app, "guard", None)
        held = guard is not None and guard.lock is not None and guard.lock.held

        def job() -> tuple[Path | None, BaseException | None, Services]:
            aside: Path | None = None
            error: BaseException | None = None
            own = None if held else maintenance.lock_library(paths, purpose="restoring a backup")
            try:
                aside = maintenance.restore(paths, backup)
            except Exception as exc:  # noqa: BLE001 - refused or failed: the message says what to do
                log.warning("restore from %s did not happen: %s", backup, exc)
                error = exc
            finally:
                if own is not None:
                    own.release()
            return aside, error, Services(open_library(paths))

        app.worker.submit(job, self._reopened, self._cannot_reopen)

    def _reopened(self, outcome: tuple[Path | None, BaseException | None, Services]) -> None:
        aside, error, services = outcome
        self.app.services = services
        self.app._read_names()
        self.app.show_login()
        self._end()
        if error is None:
            icon, title = QMessageBox.Icon.Information, tr("Library restored")
            text = tr("The library was restored from {backup}.\n\nThe library as it was just before is kept as "
                      "{aside}.\n\nPlease log in again.").format(backup=self.backup.name, aside=aside)
        else:
            icon, (title, text) = QMessageBox.Icon.Warning, error_text(error)
            text += "\n\n" + tr("Nothing was changed; the library is open as it was.")
        self.message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.app.window)
        self.message.setObjectName("restoreResult")
        self.message.open()
        self.finished.emit(aside, error)

    def _cannot_reopen(self, error: BaseException) -> None:
        log.error("the library could not be opened after the restore: %s", error)
        self._end()
        QMessageBox.critical(None, tr("Cannot open the library"),
                             tr("The library could not be opened again: {error}\n\nStart Library Desk again; if it "
                                "still cannot open, restore another backup with 'library-desk restore'.").format(
                                 error=error))
        self.finished.emit(None, error)
        QApplication.quit()

    def _end(self) -> None:
        self.progress.close()
        self.progress.deleteLater()
        qapp: Any = QApplication.instance()
        qapp.setQuitOnLastWindowClosed(self._quit_on_last)
