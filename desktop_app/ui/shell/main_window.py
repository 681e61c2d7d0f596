"""The staff main window: tabs Desk, Catalog, Members, Holds, Reports and Settings (admins),
menus with a shortcut for every action, and a status bar with who is logged in, the desk
name and the sync status. Window geometry and the open tab are remembered per user.

Tabs other than the Desk come from ``desktop_app.ui.<name>.tab`` (class ``<Name>Tab(ctx,
parent)``); a tab module that is missing shows a placeholder. A tab may offer menu entries as
a ``menu_actions: list[QAction]`` attribute; they appear in a menu named after the tab.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ...config import DESK_SOUND, WINDOW_GEOMETRY, WINDOW_STATE
from ...domain.values import Role
from ..common.context import UiContext
from ..common.theme import app_icon
from ..desk.keys import DESK_ACTIONS
from ..desk.tab import DeskTab

log = logging.getLogger(__name__)

#: (title, module, class, minimum role)
# The window's own keys, beside the desk's (``ui/desk/keys.py``): menu text and key, also the
# lines of the keyboard sheet.
LOG_OUT = ("&Log out", "Ctrl+L")
QUIT = ("&Quit", "Ctrl+Q")
TABS: list[tuple[str, str, str, Role]] = [
    ("Catalog", "catalog", "CatalogTab", Role.DESK),
    ("Members", "members", "MembersTab", Role.DESK),
    ("Holds", "holds", "HoldsTab", Role.DESK),
    ("Reports", "reports", "ReportsTab", Role.DESK),
    ("Settings", "settings", "SettingsTab", Role.ADMIN),
]


def load_tab(ctx: UiContext, module: str, cls: str, parent: QWidget | None = None) -> QWidget:
    """Build ``desktop_app.ui.<module>.tab.<cls>``, or a placeholder saying why it is missing."""
    name = f"desktop_app.ui.{module}.tab"
    try:
        tab_class = getattr(importlib.import_module(name), cls)
        return tab_class(ctx, parent)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return _placeholder(f"The {module} screen is not part of this version yet.")
    except Exception as exc:  # a broken tab must not stop the desk from working
        log.exception("could not open the %s tab", module)
        return _placeholder(f"The {module} screen could not open: {exc}")


def _placeholder(text: str) -> QWidget:
    widget = QWidget()
    label = QLabel(text, objectName="tabPlaceholder")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    QVBoxLayout(widget).addWidget(label)
    return widget


class MainWindow(QMainWindow):
    """Emits ``logged_out`` on File > Log out and ``quit_requested`` when the window closes."""

    logged_out = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: UiContext, *, desk_name: str = "", library_name: str = "Library Desk") -> None:
        super().__init__()
        self.ctx = ctx
        self._logging_out = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{library_name} — Library Desk")
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setAccessibleName("Main sections")
        self.tabs.setDocumentMode(True)
        self.desk = DeskTab(ctx)
        self.tabs.addTab(self.desk, "&Desk")
        self.pages: dict[str, QWidget] = {"Desk": self.desk}
        for title, module, cls, role in TABS:
            if not ctx.actor.at_least(role):
                continue
            page = load_tab(ctx, module, cls)
            page.setAccessibleName(f"{title} section")
            self.pages[title] = page
            self.tabs.addTab(page, f"&{title}")
        self.setCentralWidget(self.tabs)
        self._menus()
        self._status_bar(desk_name)
        from ..sync.status import attach_sync

        self.sync_progress: QObject | None = None
        self.sync = attach_sync(self)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.restore_layout()

    # -- menus and shortcuts ----------------------------------------------------------------
    def _action(self, text: str, key: str | QKeySequence.StandardKey | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        file.addAction(self._action(LOG_OUT[0], LOG_OUT[1], self.log_out))
        file.addAction(self._action(QUIT[0], QUIT[1], self.close))
        go = bar.addMenu("&Go")
        for i in range(self.tabs.count()):
            title = self.tabs.tabText(i).replace("&", "")
            go.addAction(self._action(f"{title}", f"Ctrl+{i + 1}", self._tab_opener(i)))
        desk = bar.addMenu("Des&k")
        for item in DESK_ACTIONS:
            action = QAction(item.menu, self)
            action.setShortcut(QKeySequence(item.key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the desk's own shortcuts fire
            action.triggered.connect(self._desk_opener(item.name))
            desk.addAction(action)
        sound = QAction("Sound on refusals", self, checkable=True)
        sound.setChecked(self.ctx.settings.get(DESK_SOUND))
        sound.toggled.connect(lambda on: self.ctx.settings.set(DESK_SOUND, bool(on)))
        desk.addSeparator()
        desk.addAction(sound)
        for title, page in self.pages.items():
            actions = getattr(page, "menu_actions", None)
            if actions:
                menu = bar.addMenu(f"{title}")
                menu.addActions(list(actions))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard shortcuts", "F1", self.show_shortcuts))
        help_menu.addAction(self._action("Show &log", None, self.show_log))
        help_menu.addAction(self._action("&About Library Desk", None, self.show_about))

    def _desk_opener(self, name: str) -> Callable[..., None]:
        def run(*_checked: object) -> None:
            self.show_tab(0)
            getattr(self.desk, name)()

        return run

    def _tab_opener(self, index: int) -> Callable[..., None]:
        def show(*_checked: object) -> None:
            self.show_tab(index)

        return show

    def show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.desk:
            self.desk.scan.setFocus()

    def _status_bar(self, desk_name: str) -> None:
        actor = self.ctx.actor
        self.person = QLabel(f"{actor.display_name or actor.username} ({actor.role.value})", objectName="statusPerson")
        self.person.setAccessibleName("Logged in as")
        self.desk_label = QLabel(f"Desk: {desk_name or actor.desk or 'this desk'}", objectName="statusDesk")
        self.sync_label = QLabel("Sync: not set up", objectName="statusSync")
        self.busy = QLabel("", objectName="statusBusy")
        # a method, not a lambda: the connection must end with this window (logout, restore)
        self.ctx.worker.busy_changed.connect(self._show_busy)
        bar = self.statusBar()
        for widget in (self.busy, self.sync_label, self.desk_label, self.person):
            bar.addPermanentWidget(widget)

    def _show_busy(self, on: bool) -> None:
        self.busy.setText("Working…" if on else "")

    def set_sync_status(self, text: str) -> None:
        """Slot for the sync machinery: a short text such as 'Sync: up to date 10:42'."""
        self.sync_label.setText(text)

    # -- dialogs ----------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        lines = [f"Ctrl+{i + 1}\t{self.tabs.tabText(i).replace('&', '')}" for i in range(self.tabs.count())]
        lines += ["", "At the desk:", "Enter\tScan (after the barcode)"]
        lines += [f"{a.key}\t{a.help}" for a in DESK_ACTIONS]
        lines += ["", *(f"{key}\t{text.replace('&', '')}" for text, key in (LOG_OUT, QUIT))]
        box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("shortcutsDialog")
        box.open()

    def show_log(self) -> None:
        """Open the folder with the program's logs (what to send when something went wrong)."""
        from .crash import open_log_folder

        if not open_log_folder(self.ctx.paths):
            QMessageBox.information(self, "Log", f"The logs are in {self.ctx.paths.logs}")

    def show_about(self) -> None:
        QMessageBox.about(self, "About Library Desk",
                          "Library Desk: the front desk of a small library, offline first.")

    # -- layout memory and leaving ------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = self.ctx.settings.get(WINDOW_GEOMETRY, self.ctx.actor.username)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1280, 800)
        state = self.ctx.settings.get(WINDOW_STATE, self.ctx.actor.username)
        if isinstance(state, str):
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save_layout(self) -> None:
        try:
            self.ctx.settings.set(WINDOW_GEOMETRY, _b64(self.saveGeometry()), self.ctx.actor.username)
            self.ctx.settings.set(WINDOW_STATE, _b64(self.saveState()), self.ctx.actor.username)
        except OSError:
            log.warning("could not save the window layout", exc_info=True)

    def log_out(self) -> None:
        self._logging_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.sync.stop()
        super().closeEvent(event)
        if self._logging_out:
            self.logged_out.emit()
        else:
            self.quit_requested.emit()


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")
