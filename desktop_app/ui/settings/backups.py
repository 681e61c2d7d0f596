"""Settings > Backups (admins): where backups go (a USB stick) and how many days they are kept,
"Back up now", the backups this desk knows of (newest first) and "Restore…".

Restoring replaces the whole library, so it cannot happen under the open windows: the box
hands the chosen backup to ``restorer`` (set by ``DeskApp``: it closes the library, restores
with the instance lock this process already holds, reopens the library and returns to the
login window; see ``ui/shell/restore_flow.py``). Without a restorer (a bare tab in a test) Restore
explains that the command line does it. ``folder.chooser`` and ``confirm`` are replaceable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...config import BACKUP_FOLDER, BACKUP_KEEP_DAYS, DESK_SOUND
from ...domain.errors import InvalidInput
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import number_text, tr, when_text
from ..interchange.widgets import PathField, folder_chooser


def backup_line(path: Path) -> str:
    """How a backup is listed: when, size, name and folder."""
    stat = path.stat()
    when = when_text(datetime.fromtimestamp(stat.st_mtime))
    size = tr("{size} MB").format(size=number_text(stat.st_size / (1024 * 1024), 1))
    return f"{when}   {size}   {path.name}   ({path.parent})"


def _ask(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, tr("Restore a backup"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class BackupsBox(QGroupBox):
    """The Backups section. ``backups`` lists the paths shown, newest first."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Backups"), parent)
        self.ctx = ctx
        self.setObjectName("settingsBackups")
        self.restorer: Callable[[Path], object] | None = ctx.restorer
        self.confirm: Callable[[QWidget, str], bool] = _ask
        self.backups: list[Path] = []
        self.last_backup: Path | None = None
        own = ctx.paths.backups
        self.folder = PathField("backupFolder", tr("Backup folder"), folder_chooser(tr("Where to keep backups")))
        self.folder.edit.setPlaceholderText(tr("the library's own folder: {folder}").format(folder=own))
        self.days = QSpinBox(objectName="backupDays")
        self.days.setAccessibleName(tr("Days to keep backups"))
        self.days.setRange(1, 3650)
        self.days.setSuffix(" " + tr("days"))  # a unit after the number
        save = QPushButton(tr("&Save backup settings"), objectName="backupSave")
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(tr("Folder (&USB stick)"), self.folder)
        keep_row = QWidget()
        keep_row.setFocusProxy(self.days)
        keep = QHBoxLayout(keep_row)
        keep.setContentsMargins(0, 0, 0, 0)
        keep.addWidget(self.days)
        keep.addWidget(QLabel(tr("(the newest three are always kept)")))
        keep.addStretch(1)
        keep.addWidget(save)
        form.addRow(tr("Kee&p backups for"), keep_row)
        # a setting of this workstation too, kept at once like the Desk menu's switch
        self.sound = QCheckBox(tr("Sounds at the desk (lent, returned, hold shelf, refused)"), objectName="deskSound")
        self.sound.setChecked(ctx.settings.get(DESK_SOUND))
        self.sound.toggled.connect(lambda on: ctx.settings.set(DESK_SOUND, bool(on)))
        form.addRow(tr("This desk"), self.sound)
        self.list = QListWidget(objectName="backupList")
        self.list.setAccessibleName(tr("Backups, newest first"))
        self.list.setMinimumHeight(140)
        self.now_button = QPushButton(tr("&Back up now"), objectName="backupNow")
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(tr("R&estore…"), objectName="backupRestore")
        self.restore_button.setToolTip(tr("Replace the library with the chosen backup"))
        self.restore_button.clicked.connect(self.restore_chosen)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.status = QLabel("", objectName="backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.load()

    # -- settings ----------------------------------------------------------------------------
    def load(self) -> None:
        """Show the saved folder and days, and list the backups (on the worker)."""
        chosen = self.ctx.settings.get(BACKUP_FOLDER)
        self.folder.set_text(str(chosen) if chosen else "")
        self.days.setValue(self.ctx.services.maintenance.keep_days())
        self.refresh()

    def refresh(self) -> None:
        care = self.ctx.services.maintenance
        self.ctx.worker.submit(care.list_backups, self._listed,
                               lambda e: show_error(self, e), channel="backup-list")

    def _listed(self, backups: list[Path]) -> None:
        self.backups = list(backups)
        self.list.clear()
        for path in self.backups:
            try:
                text = backup_line(path)
            except OSError:  # removed meanwhile (a USB stick pulled out)
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0 if self.list.count() else -1)
        self.restore_button.setEnabled(self.list.count() > 0)
        if not self.list.count() and not self.status.text():
            self.status.setText(tr("No backups yet: use “Back up now”, or wait for the daily backup "
                                   "(made when the program starts each day)."))

    def save(self) -> None:
        text = self.folder.text()
        folder = Path(text).expanduser() if text else None
        days, care, actor = self.days.value(), self.ctx.services.maintenance, self.ctx.actor

        def done(_: object) -> None:
            # the window's own settings object must agree, or its next save would undo this
            self.ctx.settings.set(BACKUP_FOLDER, str(folder) if folder is not None else None)
            self.ctx.settings.set(BACKUP_KEEP_DAYS, days)
            where = folder or self.ctx.paths.backups
            self.status.setText(tr("Backups go to {folder} and are kept {days} days.").format(
                folder=where, days=number_text(days)))
            self.ctx.events.status_message.emit(tr("Backup settings saved"))
            self.refresh()

        self.ctx.worker.submit(lambda: care.configure_backups(actor, folder=folder, days=days),
                               done, lambda e: show_error(self, e))

    # -- back up and restore --------------------------------------------------------------------
    def back_up_now(self) -> None:
        care = self.ctx.services.maintenance
        self.now_button.setEnabled(False)
        self.status.setText(tr("Backing up…"))

        def done(path: Path) -> None:
            self.now_button.setEnabled(True)
            self.last_backup = path
            self.status.setText(tr("Backed up to {path}").format(path=path))
            self.ctx.events.status_message.emit(tr("Backed up to {path}").format(path=path.name))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.now_button.setEnabled(True)
            self.status.setText(tr("The backup was not made."))
            show_error(self, error)

        self.ctx.worker.submit(care.backup_now, done, failed)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def restore_chosen(self) -> bool:
        """Confirm, then hand the chosen backup to the restorer. True if it was handed over."""
        backup = self.chosen()
        if backup is None:
            show_error(self, InvalidInput(tr("Choose a backup in the list first"), field="backup"))
            return False
        if self.restorer is None:
            show_error(self, InvalidInput(tr("Restoring needs the whole program: close it and run "
                                             "'{command}'").format(command=f"library-desk restore {backup}")))
            return False
        text = tr("Replace the whole library with the backup {backup}?\n\n"
                  "Everything done since that backup (loans, returns, new books and members) will be "
                  "gone. The library as it is now is kept aside in the backups folder first.\n\n"
                  "Library Desk will close the library, restore the backup, open it again and "
                  "return to the login window.").format(backup=backup.name)
        if not self.confirm(self, text):
            return False
        self.restorer(backup)
        return True
