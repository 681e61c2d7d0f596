"""The staff main window: tabs Desk, Catalog, Members, Holds, Reports, Stock-take, Notices
(librarians) and Settings (admins),
menus with a shortcut for every action, and a status bar with who is logged in, the desk
name and the sync status.

It fits the screen it opens on (``ui/common/screen.py``): the size it would like, or less, and
its geometry is remembered per user, brought back inside the screen when it was saved on a
larger one. A tab taller or wider than the screen allows scrolls (the Desk is built to fit and
never does), and the desk's two tables keep their key columns in sight at any width. The tabs
are Ctrl+1…; the access keys (Alt+letter) belong to the menus and to what the tab on screen
shows, and never clash (``tests/gui/test_screen_fit.py`` walks them).

Tabs other than the Desk come from ``desktop_app.ui.<name>.tab`` (class ``<Name>Tab(ctx,
parent)``); a tab module that is missing shows a placeholder. A tab may offer menu entries as
a ``menu_actions: list[QAction]`` attribute; they appear in a menu named after the tab.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMessageBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ...config import DESK_SOUND, WINDOW_GEOMETRY, WINDOW_STATE
from ...domain.values import Role
from ..common.context import UiContext
from ..common.i18n import N_, tr
from ..common.screen import fit_window, keep_inside, place_text, restore_place
from ..common.theme import app_icon
from ..desk.keys import DESK_ACTIONS
from ..desk.loans import fit_loan_columns
from ..desk.session_list import fit_session_columns
from ..desk.tab import DeskTab
from ..settings.staff import ROLE_TEXT

if TYPE_CHECKING:
    from .scheduler import DeskScheduler

log = logging.getLogger(__name__)

# The window's own keys, beside the desk's (``ui/desk/keys.py``): menu text and key, also the
# lines of the keyboard sheet.
LOG_OUT = (N_("&Log out"), "Ctrl+L")
QUIT = (N_("&Quit"), "Ctrl+Q")
#: The size the window would like on a screen large enough (``fit_window`` takes less on a smaller one).
WANTED_SIZE = QSize(1280, 800)
DESK_TITLE = N_("Desk")
#: (name, tab title, module, class, minimum role). ``name`` keys ``MainWindow.pages``. The tabs
#: are reached with Ctrl+1… (the Go menu) and carry no access key: the Alt+letters belong to the
#: menus and to the buttons of the tab on screen (six tab letters more left too few for the
#: Settings tab, which shows some twenty controls with access keys at once).
TABS: list[tuple[str, str, str, str, Role]] = [
    ("Catalog", N_("Catalog"), "catalog", "CatalogTab", Role.DESK),
    ("Members", N_("Members"), "members", "MembersTab", Role.DESK),
    ("Holds", N_("Holds"), "holds", "HoldsTab", Role.DESK),
    ("Reports", N_("Reports"), "reports", "ReportsTab", Role.DESK),
    ("Stocktake", N_("Stock-take"), "stocktake", "StocktakeTab", Role.DESK),
    ("Notices", N_("Notices"), "notices", "NoticesTab", Role.LIBRARIAN),
    ("Settings", N_("Settings"), "settings", "SettingsTab", Role.ADMIN),
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
        return _placeholder(tr("The {screen} screen is not part of this version yet.").format(screen=module))
    except Exception as exc:  # a broken tab must not stop the desk from working
        log.exception("could not open the %s tab", module)
        return _placeholder(tr("The {screen} screen could not open: {error}").format(screen=module, error=exc))


def _placeholder(text: str) -> QWidget:
    widget = QWidget()
    label = QLabel(text, objectName="tabPlaceholder")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    QVBoxLayout(widget).addWidget(label)
    return widget


class SectionTabs(QTabWidget):
    """The window's tabs. A section may scroll (it sits in a frameless scroll area that shows
    bars only when the window is smaller than the section can be); ``setCurrentWidget``,
    ``indexOf`` and ``page`` take and give the section itself either way."""

    def add_section(self, page: QWidget, title: str, *, scrolls: bool = True) -> int:
        if not scrolls:
            return self.addTab(page, title)
        holder = QScrollArea(objectName="sectionScroll")
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight into the section
        holder.setWidget(page)
        return self.addTab(holder, title)

    def page(self, index: int) -> QWidget | None:
        widget = self.widget(index)
        if isinstance(widget, QScrollArea) and widget.objectName() == "sectionScroll":
            return widget.widget()
        return widget

    def indexOf(self, widget: QWidget) -> int:
        for index in range(self.count()):
            if widget is self.widget(index) or widget is self.page(index):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)


class MainWindow(QMainWindow):
    """Emits ``logged_out`` on File > Log out and ``quit_requested`` when the window closes."""

    logged_out = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: UiContext, *, desk_name: str = "", library_name: str = "Library Desk",
                 scheduler: DeskScheduler | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._logging_out = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("{library} — Library Desk").format(library=library_name))
        self.setWindowIcon(app_icon())
        self.tabs = SectionTabs(objectName="mainTabs")
        self.tabs.setAccessibleName(tr("Main sections"))
        self.tabs.setDocumentMode(True)
        self.desk = DeskTab(ctx)
        self.tabs.add_section(self.desk, tr(DESK_TITLE), scrolls=False)  # built to fit: it never scrolls
        # The desk's tables show their key columns at any width (Title and Due; Title and Result).
        fit_loan_columns(self.desk.member.loans_view, author=False)
        fit_session_columns(self.desk.session_view)
        self.pages: dict[str, QWidget] = {"Desk": self.desk}
        for name, title, module, cls, role in TABS:
            if not ctx.actor.at_least(role):
                continue
            page = load_tab(ctx, module, cls)
            page.setAccessibleName(tr("{section} section").format(section=tr(title)))
            self.pages[name] = page
            self.tabs.add_section(page, tr(title))
        self.setCentralWidget(self.tabs)
        self._menus()
        self._status_bar(desk_name)
        from ..sync.status import attach_sync

        self.sync_progress: QObject | None = None
        self.sync = attach_sync(self)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.restore_layout()
        self.scheduler = scheduler
        if scheduler is not None:  # the program's scheduled work: it waits while the desk scans
            scheduler.last_scan = self._last_scan
            scheduler.failure.connect(self._show_schedule_failure)
            scheduler.round_done.connect(self._show_schedule_state)
            for text in scheduler.failures()[-1:]:  # one that failed before this window opened
                self._show_schedule_failure(text)

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
        file = bar.addMenu(tr("&File"))
        file.addAction(self._action(tr(LOG_OUT[0]), LOG_OUT[1], self.log_out))
        file.addAction(self._action(tr(QUIT[0]), QUIT[1], self.close))
        go = bar.addMenu(tr("&Go"))
        for i in range(self.tabs.count()):
            title = self.tabs.tabText(i).replace("&", "")
            go.addAction(self._action(title, f"Ctrl+{i + 1}", self._tab_opener(i)))
        desk = bar.addMenu(tr("Des&k"))
        for item in DESK_ACTIONS:
            action = QAction(tr(item.menu), self)
            action.setShortcut(QKeySequence(item.key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the desk's own shortcuts fire
            action.triggered.connect(self._desk_opener(item.name))
            desk.addAction(action)
        sound = QAction(tr("So&unds at the desk"), self, checkable=True)
        sound.setChecked(self.ctx.settings.get(DESK_SOUND))
        sound.toggled.connect(lambda on: self.ctx.settings.set(DESK_SOUND, bool(on)))
        desk.addSeparator()
        desk.addAction(sound)
        for index in range(self.tabs.count()):
            actions = getattr(self.tabs.page(index), "menu_actions", None)
            if actions:  # a menu named after the tab
                menu = bar.addMenu(self.tabs.tabText(index).replace("&", ""))
                menu.addActions(list(actions))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&Keyboard shortcuts"), "F1", self.show_shortcuts))
        help_menu.addAction(self._action(tr("Show &log"), None, self.show_log))
        help_menu.addAction(self._action(tr("&About Library Desk"), None, self.show_about))

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
        role = tr(ROLE_TEXT.get(actor.role.value, actor.role.value))
        self.person = QLabel(tr("{person} ({role})").format(person=actor.display_name or actor.username, role=role),
                             objectName="statusPerson")
        self.person.setAccessibleName(tr("Logged in as"))
        self.desk_label = QLabel(tr("Desk: {desk}").format(desk=desk_name or actor.desk or tr("this desk")),
                                 objectName="statusDesk")
        self.sync_label = QLabel(tr("Sync: not set up"), objectName="statusSync")
        self.busy = QLabel("", objectName="statusBusy")
        self.schedule_label = QLabel("", objectName="statusSchedule")
        self.schedule_label.setAccessibleName(tr("Scheduled work that failed"))
        self.schedule_label.setVisible(False)
        # a method, not a lambda: the connection must end with this window (logout, restore)
        self.ctx.worker.busy_changed.connect(self._show_busy)
        bar = self.statusBar()
        for widget in (self.schedule_label, self.busy, self.sync_label, self.desk_label, self.person):
            bar.addPermanentWidget(widget)

    def _show_busy(self, on: bool) -> None:
        self.busy.setText(tr("Working…") if on else "")

    def _last_scan(self) -> float:
        return float(getattr(self.desk, "_last_at", -1e9))  # the desk's monotonic time of its last scan

    def _show_schedule_failure(self, text: str) -> None:
        log.warning("%s", text)
        self._show_schedule_state()

    def _show_schedule_state(self, *_results: object) -> None:
        """A short warning for every scheduled job that failed and has not worked since."""
        from .scheduler import job_text

        failed = self.scheduler.failed_jobs() if self.scheduler is not None else {}
        self.schedule_label.setText("  ".join(tr("⚠ {job} did not work").format(job=job_text(job)) for job in failed))
        self.schedule_label.setToolTip("\n".join(f"{job_text(job)}: {why}" for job, why in failed.items()))
        self.schedule_label.setVisible(bool(failed))

    def set_sync_status(self, text: str) -> None:
        """Slot for the sync machinery: a short text such as 'Sync: up to date 10:42'."""
        self.sync_label.setText(text)

    # -- dialogs ----------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        lines = [f"Ctrl+{i + 1}\t{self.tabs.tabText(i).replace('&', '')}" for i in range(self.tabs.count())]
        lines += ["", tr("At the desk:"), tr("Enter\tScan (after the barcode)")]
        lines += [f"{a.key}\t{tr(a.help)}" for a in DESK_ACTIONS]
        lines += ["", *(f"{key}\t{tr(text).replace('&', '')}" for text, key in (LOG_OUT, QUIT))]
        box = QMessageBox(QMessageBox.Icon.Information, tr("Keyboard shortcuts"), "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("shortcutsDialog")
        box.open()

    def show_log(self) -> None:
        """Open the folder with the program's logs (what to send when something went wrong)."""
        from .crash import open_log_folder

        if not open_log_folder(self.ctx.paths):
            QMessageBox.information(self, tr("Log"), tr("The logs are in {folder}").format(folder=self.ctx.paths.logs))

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About Library Desk"),
                          tr("Library Desk: the front desk of a small library, offline first."))

    # -- layout memory and leaving ------------------------------------------------------------
    def restore_layout(self) -> None:
        """This user's last place, inside the screen (it may have been saved on a larger
        monitor, or on one since unplugged); without one, the wanted size fitted to the screen
        it opens on."""
        place = self.ctx.settings.get(WINDOW_GEOMETRY, self.ctx.actor.username)
        if not isinstance(place, str) or not restore_place(self, place):
            # An earlier version saved Qt's geometry (which Qt refuses once the screen changed).
            if isinstance(place, str) and self.restoreGeometry(QByteArray.fromBase64(place.encode("ascii"))):
                keep_inside(self)
            else:
                fit_window(self, WANTED_SIZE)
        state = self.ctx.settings.get(WINDOW_STATE, self.ctx.actor.username)
        if isinstance(state, str):
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save_layout(self) -> None:
        try:
            self.ctx.settings.set(WINDOW_GEOMETRY, place_text(self), self.ctx.actor.username)
            self.ctx.settings.set(WINDOW_STATE, _b64(self.saveState()), self.ctx.actor.username)
        except OSError:
            log.warning("could not save the window layout", exc_info=True)

    def log_out(self) -> None:
        self._logging_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.sync.stop()
        if self.scheduler is not None:
            self.scheduler.last_scan = None
            self.scheduler.failure.disconnect(self._show_schedule_failure)
            self.scheduler.round_done.disconnect(self._show_schedule_state)
        super().closeEvent(event)
        if self._logging_out:
            self.logged_out.emit()
        else:
            self.quit_requested.emit()


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")
