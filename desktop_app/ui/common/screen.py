"""Windows that fit the screen they open on, and tables that fit their width.

A first window (main window, login, self-service, the first-start wizard) asks for the size it
would like with ``fit_window``: it gets that size, or less so that its frame lies inside the
usable part of the screen it opens on, and is centred there. A window's place is kept as a
short text (``place_text``) and put back with ``restore_place``: inside its screen, even when
it was saved on a larger monitor or on one that is gone (Qt's own ``restoreGeometry`` then
refuses and forgets the size). ``keep_inside`` brings any window back inside its screen.
Both look again once the window is shown and its real frame is known, and when the window
grows by itself (a layout whose minimum grew pushes its bottom edge down): it is moved back
inside its screen's available geometry. A size the program or the person chose afterwards
(``resize``, dragging an edge) is theirs and left alone.

``ColumnFitter`` keeps a small table free of a horizontal scrollbar: the columns it must keep
are always shown, the optional ones only while they fit, in the order given, and the stretching
column takes what is left (its text elided).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCursor, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

#: The frame a window manager adds (title bar and borders), assumed until the real one is known.
FRAME_GUESS = QMargins(8, 32, 8, 8)
#: Room kept at the bottom for a taskbar or panel when the platform reports none (Wayland does
#: not tell applications where panels are; neither does an auto-hiding taskbar).
PANEL_GUESS = 48
#: Space left around a window that is as large as the screen allows.
GAP = 8

Index = QModelIndex | QPersistentModelIndex


# -- pure geometry -----------------------------------------------------------------------------
def usable_area(available: QRect, full: QRect) -> QRect:
    """The part of a screen a window may cover: its available geometry, less a guessed panel
    when the platform subtracted nothing at all."""
    if available == full:
        return available.adjusted(0, 0, 0, -min(PANEL_GUESS, available.height() // 10))
    return QRect(available)


def fitted(wanted: QSize, area: QRect, *, frame: QMargins = FRAME_GUESS, minimum: QSize | None = None) -> QRect:
    """The client rectangle (what ``setGeometry`` takes) of a window that would like ``wanted``:
    no larger than the frame fits in ``area`` (less ``GAP`` around), no smaller than
    ``minimum``, centred in ``area``. A minimum larger than the area puts the window at the
    area's top left, so its title bar stays reachable."""
    room = QSize(area.width() - frame.left() - frame.right() - 2 * GAP,
                 area.height() - frame.top() - frame.bottom() - 2 * GAP)
    size = wanted.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum)
    return _placed(size, area, frame, centre=True)


def brought_inside(geometry: QRect, area: QRect, *, frame: QMargins = FRAME_GUESS,
                   minimum: QSize | None = None) -> QRect:
    """``geometry`` (a client rectangle) unchanged when its frame lies inside ``area``;
    otherwise shrunk to fit and moved the least way in."""
    if area.contains(geometry.marginsAdded(frame)):
        return QRect(geometry)
    room = QSize(area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom())
    size = geometry.size().boundedTo(room)
    if size != geometry.size():  # it was too large: take a little less than the whole screen
        size = size.boundedTo(QSize(room.width() - 2 * GAP, room.height() - 2 * GAP))
    if minimum is not None:
        size = size.expandedTo(minimum)
    outer = QRect(geometry.topLeft(), size).marginsAdded(frame)
    left = max(area.left(), min(outer.left(), area.right() + 1 - outer.width()))
    top = max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height()))
    return QRect(QPoint(left + frame.left(), top + frame.top()), size)


def _placed(size: QSize, area: QRect, frame: QMargins, *, centre: bool) -> QRect:
    outer_w = size.width() + frame.left() + frame.right()
    outer_h = size.height() + frame.top() + frame.bottom()
    left = area.left() + max(0, (area.width() - outer_w) // 2) if centre else area.left()
    top = area.top() + max(0, (area.height() - outer_h) // 2) if centre else area.top()
    return QRect(QPoint(left + frame.left(), top + frame.top()), size)


# -- windows -----------------------------------------------------------------------------------
def screen_area(screen: QScreen) -> QRect:
    return usable_area(screen.availableGeometry(), screen.geometry())


def opening_screen(near: QWidget | None = None) -> QScreen:
    """The screen a new window belongs on: that of ``near`` (the window it follows, perhaps
    just hidden), else the one under the mouse pointer, else the primary screen."""
    if near is not None:
        return near.screen()
    under_pointer = QGuiApplication.screenAt(QCursor.pos())
    return under_pointer or QGuiApplication.primaryScreen()


def frame_of(window: QWidget) -> QMargins:
    """The window's real frame once it is shown; ``FRAME_GUESS`` before."""
    handle = window.windowHandle()
    if window.isVisible() and handle is not None:
        margins = handle.frameMargins()
        if margins.top() or margins.left():
            return margins
    return FRAME_GUESS


def _minimum(window: QWidget) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def fit_window(window: QWidget, wanted: QSize, *, near: QWidget | None = None) -> None:
    """Give the top-level ``window`` the size it would like, or what the screen it opens on
    allows, centred there; it looks again when it is first shown."""
    screen = opening_screen(near)
    geometry = fitted(wanted, screen_area(screen), frame=frame_of(window), minimum=_minimum(window))
    window.setGeometry(geometry)
    _watch(window).ours = geometry.size()


PLACE = "place:"


def place_text(window: QWidget) -> str:
    """The window's place to remember: its normal geometry and whether it is maximised."""
    rect = window.normalGeometry() if window.isVisible() else window.geometry()
    maximised = int(bool(window.windowState() & Qt.WindowState.WindowMaximized))
    return f"{PLACE}{rect.x()} {rect.y()} {rect.width()} {rect.height()} {maximised}"


def restore_place(window: QWidget, text: str) -> bool:
    """Put ``window`` where ``place_text`` said it was, inside a screen: the one it was on, or,
    when that screen is gone, the one it opens on (centred, as large as it was if that fits).
    False (nothing changed) when ``text`` is not a place."""
    try:
        x, y, width, height, maximised = (int(part) for part in text.removeprefix(PLACE).split())
    except ValueError:
        return False
    if not text.startswith(PLACE) or width <= 0 or height <= 0:
        return False
    rect, frame = QRect(x, y, width, height), frame_of(window)
    screen = QGuiApplication.screenAt(rect.center())
    if screen is None:
        rect = fitted(rect.size(), screen_area(opening_screen()), frame=frame, minimum=_minimum(window))
    elif not screen.availableGeometry().contains(rect.marginsAdded(frame)):
        rect = brought_inside(rect, screen_area(screen), frame=frame, minimum=_minimum(window))
    window.setGeometry(rect)
    _watch(window).ours = rect.size()
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def keep_inside(window: QWidget, *, guess_panel: bool = True) -> None:
    """Bring a window that reaches beyond its screen (a geometry saved on a larger monitor, a
    screen unplugged since) back inside it. Maximised and full-screen windows are left alone.
    ``guess_panel=False`` trusts the screen's available geometry as it is (once the window is
    up, the person may well have put it over the room kept for a panel)."""
    watcher = _watch(window)
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    geometry = window.geometry()
    screen = QGuiApplication.screenAt(geometry.center()) or opening_screen()
    area = screen_area(screen) if guess_panel else screen.availableGeometry()
    inside = brought_inside(geometry, area, frame=frame_of(window), minimum=_minimum(window))
    if inside != geometry:
        window.setGeometry(inside)
    watcher.ours = inside.size()


class _StaysInside(QObject):
    """Looks again that the window's frame lies inside its screen: just after it is shown (the
    real frame is known then) while it still has the size given here (``ours``), and when that
    size grew to the window's new minimum. Other sizes were chosen by someone: left alone."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("staysInside")
        self.ours: QSize | None = None
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget) or self.ours is None or self._pending:
            return False
        kind = event.type()
        grew = isinstance(event, QResizeEvent) and event.oldSize() == self.ours \
            and event.size() == self.ours.expandedTo(watched.minimumSize())
        if (kind == QEvent.Type.Show and watched.size() == self.ours) or grew:
            self._pending = True
            QTimer.singleShot(0, self, lambda: self._look(watched))
        return False

    def _look(self, window: QWidget) -> None:
        self._pending = False
        if window.isVisible():
            keep_inside(window, guess_panel=False)


def _watch(window: QWidget) -> _StaysInside:
    watcher = window.findChild(_StaysInside, "staysInside", Qt.FindChildOption.FindDirectChildrenOnly)
    if watcher is None:
        watcher = _StaysInside(window)
        window.installEventFilter(watcher)
    return watcher


# -- tables ------------------------------------------------------------------------------------
class ColumnFitter(QObject):
    """Keeps ``view``'s columns within its width. ``stretch`` (one of ``keep``) takes the room
    left and is never narrower than ``stretch_chars`` average characters while another column
    could give way; the other ``keep`` columns are as wide as their contents (at most
    ``cap_chars`` characters when given); ``optional`` columns are shown, in that order, while
    they fit. Columns named in neither are left as the view has them. ``collapsed`` is true
    while an optional column is hidden."""

    def __init__(self, view: QTableView, *, stretch: int, keep: Sequence[int], optional: Sequence[int],
                 stretch_chars: int = 14, cap_chars: dict[int, int] | None = None) -> None:
        super().__init__(view)
        self.setObjectName("columnFitter")
        self.view = view
        self.stretch, self.keep, self.optional = stretch, tuple(keep), tuple(optional)
        self.stretch_chars = stretch_chars
        self.cap_chars = dict(cap_chars or {})
        self.collapsed = False
        self._needed: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self._measure_all)
        model.layoutChanged.connect(self._measure_all)
        model.rowsRemoved.connect(self._measure_all)
        model.rowsInserted.connect(self._measure_rows)
        model.dataChanged.connect(lambda first, last, *_: self._measure_rows(QModelIndex(), first.row(), last.row()))
        self._measure_all()

    def columns(self) -> tuple[int, ...]:
        return (*self.keep, *self.optional)

    def width_needed(self, column: int) -> int:
        """The width ``column`` is given when shown: its contents' (or the stretching
        column's least)."""
        if column == self.stretch:
            return self.stretch_chars * self.view.fontMetrics().averageCharWidth()
        return self._needed.get(column, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize or (watched is self.view and kind == QEvent.Type.Show):
            self.fit()
        elif watched is self.view and kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure_all()
        return False

    # -- measuring ------------------------------------------------------------------------
    def _cap(self, column: int, width: int) -> int:
        chars = self.cap_chars.get(column)
        return width if chars is None else min(width, chars * self.view.fontMetrics().averageCharWidth())

    def _measure_all(self, *_: object) -> None:
        header, grid = self.view.horizontalHeader(), int(self.view.showGrid())
        self._needed = {c: self._cap(c, max(header.sectionSizeHint(c), self.view.sizeHintForColumn(c) + grid))
                        for c in self.columns() if c != self.stretch}
        self.fit()

    def _measure_rows(self, _parent: Index, first: int, last: int) -> None:
        """New or changed rows can only widen a column: measure just them (cheap per scan)."""
        model, grid = self.view.model(), int(self.view.showGrid())
        for column in self._needed:
            for row in range(first, last + 1):
                width = self.view.sizeHintForIndex(model.index(row, column)).width() + grid
                self._needed[column] = max(self._needed[column], self._cap(column, width))
        self.fit()

    # -- fitting --------------------------------------------------------------------------
    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        room = view.viewport().width() - sum(self.width_needed(c) for c in self.keep)
        shown = set(self.keep)
        for column in self.optional:
            if self._needed[column] > room:
                break
            shown.add(column)
            room -= self._needed[column]
        self.collapsed = len(shown) < len(self.columns())
        for column in self.columns():  # touching only what changed keeps a scan's repaint small
            if view.isColumnHidden(column) != (column not in shown):
                view.setColumnHidden(column, column not in shown)
            if column != self.stretch and column in shown:
                if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                if header.sectionSize(column) != self._needed[column]:
                    header.resizeSection(column, self._needed[column])


def fitter_of(view: QTableView) -> ColumnFitter | None:
    return view.findChild(ColumnFitter, "columnFitter", Qt.FindChildOption.FindDirectChildrenOnly)
