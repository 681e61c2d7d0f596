"""Pieces shared by the import, export, label and card dialogs: a file-path field whose file
chooser can be replaced (tests, scripts), a long job on the worker behind a window-modal
progress dialog with a working Cancel, and opening a folder in the file manager.

``ProgressRun(ctx, parent, title, work)`` runs ``work(progress, cancel)`` on ``ctx.worker``;
``progress(done, total, records)`` may be called from the worker thread (``records`` may be
None), ``cancel`` is a ``threading.Event`` set when the person presses Cancel. The result
comes back by the ``finished(result)`` signal, an exception by ``failed(error)``, both on the
GUI thread, after the progress dialog closed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QProgressDialog, QPushButton, QWidget

from ...domain.errors import InvalidInput
from ..common.context import UiContext
from ..common.i18n import number_text, tr

#: ``chooser(parent, current_path) -> chosen path or None``
Chooser = Callable[[QWidget, str], str | None]
Work = Callable[[Callable[[int, int, int | None], None], threading.Event], Any]
STEPS = 1000


def open_chooser(caption: str, filters: str) -> Chooser:
    """A chooser that asks for an existing file (``caption`` and ``filters`` already translated)."""
    def choose(parent: QWidget, current: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, caption, current or str(Path.home()), filters)
        return path or None
    return choose


def save_chooser(caption: str, filters: str) -> Chooser:
    """A chooser that asks where to write a file (``caption`` and ``filters`` already translated)."""
    def choose(parent: QWidget, current: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, current or str(Path.home()), filters)
        return path or None
    return choose


def folder_chooser(caption: str) -> Chooser:
    """A chooser that asks for a folder (``caption`` already translated)."""
    def choose(parent: QWidget, current: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, caption, current or str(Path.home())) or None
    return choose


def open_folder(path: str | Path) -> bool:
    """Show the folder holding ``path`` (or ``path`` itself if it is a folder) in the file manager."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class PathField(QWidget):
    """A path line edit with a "Choose…" button; ``chooser`` is replaceable. ``changed(str)``.
    ``accessible`` is the field's accessible name, already translated."""

    changed = Signal(str)

    def __init__(self, name: str, accessible: str, chooser: Chooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = chooser
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setMinimumWidth(320)
        self.edit.textChanged.connect(self.changed)
        self.button = QPushButton(tr("Choose…"))
        self.button.setObjectName(f"{name}Choose")
        self.button.setAccessibleName(tr("Choose: {field}").format(field=accessible))
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def choose(self) -> None:
        chosen = self.chooser(self, self.text())
        if chosen:
            self.edit.setText(chosen)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return tr("{size} KB").format(size=number_text(round(n / 1024)))
    return tr("{size} MB").format(size=number_text(n / (1024 * 1024), 1))


class ProgressRun(QObject):
    """One long job with its progress dialog (see the module docstring). ``unit`` says what
    ``done``/``total`` count: "bytes" (import) or "rows" (export). ``title`` and ``label`` are
    already translated."""

    finished = Signal(object)
    failed = Signal(object)
    _progressed = Signal(object, object, object)

    def __init__(self, ctx: UiContext, parent: QWidget, title: str, label: str, work: Work, *,
                 unit: str = "bytes", cancellable: bool = True) -> None:
        super().__init__(parent)
        self.ctx, self.work, self.unit, self.label = ctx, work, unit, label
        self.cancel_event = threading.Event()
        self.running = False
        self.dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, STEPS, parent.window())
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)  # the window waits for the job
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        if not cancellable:
            self.dialog.setCancelButton(None)
        # Cancel must not hide the dialog while the job winds down: only ask the job to stop.
        self.dialog.canceled.disconnect(self.dialog.cancel)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress)

    def start(self) -> None:
        """Show the dialog and queue the job on the worker."""
        self.running = True
        self.dialog.setValue(0)
        self.dialog.show()
        work, tick, cancel = self.work, self._progressed.emit, self.cancel_event
        self.ctx.worker.submit(lambda: work(tick, cancel), self._done, self._failed)

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop (it rolls back); the dialog stays until it has."""
        if self.running and not self.cancel_event.is_set():
            self.cancel_event.set()
            self.dialog.setLabelText(tr("Cancelling… the library is being put back as it was."))
            button = self.dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)

    @Slot(object, object, object)
    def _show_progress(self, done: int, total: int, records: int | None) -> None:
        if not self.running or self.cancel_event.is_set():
            return
        self.dialog.setValue(min(STEPS, int(STEPS * done / total)) if total else STEPS)
        if self.unit == "bytes":
            text = tr("{done} of {total} read").format(done=_size(done), total=_size(total))
        elif self.unit == "notices":
            text = tr("{done} of {total} notices").format(done=number_text(done), total=number_text(total))
        else:
            text = tr("{done} of {total} written").format(done=number_text(done), total=number_text(total))
        if records is not None:
            text = " · ".join([text, tr("{count} records").format(count=number_text(records))])
        self.dialog.setLabelText("\n".join([self.label, text]))

    def _close(self) -> None:
        self.running = False
        self.dialog.setValue(STEPS)
        self.dialog.close()
        self.dialog.deleteLater()

    def _done(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._close()
        self.failed.emit(error)


def checked_output(path_text: str, what: str, field: str) -> Path:
    """The path to write, or InvalidInput naming the field when it cannot be. ``what`` names
    the file in the messages ("problems report"), already translated."""
    if not path_text:
        raise InvalidInput(tr("Choose where to save the {what}").format(what=what), field=field)
    path = Path(path_text).expanduser()
    if not path.parent.is_dir():
        raise InvalidInput(tr("The folder {folder} for the {what} does not exist").format(
            folder=path.parent, what=what), field=field)
    if path.is_dir():
        raise InvalidInput(tr("{path} is a folder; give a file name for the {what}").format(path=path, what=what),
                           field=field)
    if not os.access(path.parent, os.W_OK):
        raise InvalidInput(tr("Library Desk may not write in {folder}; choose another folder for the {what}").format(
            folder=path.parent, what=what), field=field)
    return path
