"""The desk fits every screen (issue 10, item 5): the first windows open inside the screen they
open on (1366x768 and 1280x720 laptops, a 1920x1080 monitor), a geometry saved on a larger
monitor comes back inside a smaller one, at 150 % scaling the desk's tables keep Title and Due
(Title and Result) with no horizontal scrollbar, the access keys of the menus, tabs and buttons
never clash, and the Reports chart draws its numbers whole.

Real screens of a given size need a Qt started on them, so those tests run a child process of
this very file on the offscreen platform with a screen configuration
(``offscreen:configfile=...``) and read back what it measured. Set ``LIBRARY_DESK_SHOTS`` to a
folder to keep the screenshots they render.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QMargins, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QTableView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a child process: ``python tests/gui/test_screen_fit.py``
    sys.path.insert(0, str(ROOT))

from desktop_app.ui.common.screen import FRAME_GUESS, brought_inside, fitted, usable_area  # noqa: E402
from desktop_app.ui.desk.loans import AUTHOR, BARCODE, DUE, RENEWALS, TITLE, LoansModel, fit_loan_columns  # noqa: E402
from desktop_app.ui.desk.session_list import RESULT, ScanRow, SessionListModel, fit_session_columns  # noqa: E402
from desktop_app.ui.reports.charts import BarChart, ChartLayout, chart_layout  # noqa: E402
from desktop_app.ui.shell.main_window import WANTED_SIZE  # noqa: E402

if TYPE_CHECKING:
    from conftest import Stock

    from desktop_app.services import Services
    from desktop_app.ui.common.context import UiContext

#: name: (width, height) of the screens the desk must fit, side by side in one configuration
SCREENS = {"laptop": (1366, 768), "small-laptop": (1280, 720), "monitor": (1920, 1080)}
LONG_TITLE = "The Hitchhiker's Guide to the Galaxy: The Complete Trilogy in Five Parts"


def rect_of(values: list[int]) -> QRect:
    return QRect(*values)


def tuple_of(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


# -- the geometry, pure ----------------------------------------------------------------------
@pytest.mark.parametrize(("width", "height"), list(SCREENS.values()))
@pytest.mark.parametrize("taskbar", [0, 40])
def test_the_wanted_size_is_fitted_inside_each_screen_and_centred(width: int, height: int, taskbar: int) -> None:
    full = QRect(0, 0, width, height)
    available = full.adjusted(0, 0, 0, -taskbar)  # 0: the platform reports no panel (Wayland)
    area = usable_area(available, full)
    client = fitted(WANTED_SIZE, area, minimum=QSize(704, 320))
    outer = client.marginsAdded(FRAME_GUESS)
    assert available.contains(outer), (outer, available)
    if not taskbar:
        assert outer.bottom() <= height - 40  # room left for a panel nobody told us of
    assert abs((outer.left() - area.left()) - (area.right() - outer.right())) <= 1  # centred
    assert abs((outer.top() - area.top()) - (area.bottom() - outer.bottom())) <= 1
    assert client.size() == WANTED_SIZE.boundedTo(client.size())  # never larger than wanted
    if width >= 1920:
        assert client.size() == WANTED_SIZE  # a large screen gives the whole wish


def test_a_geometry_saved_on_a_large_monitor_comes_back_inside_a_laptop() -> None:
    laptop = QRect(0, 0, 1366, 728)
    saved = QRect(1376, 40, 1900, 1000)  # the window filled a monitor right of the laptop
    inside = brought_inside(saved, laptop, frame=QMargins(4, 30, 4, 4), minimum=QSize(704, 320))
    assert laptop.contains(inside.marginsAdded(QMargins(4, 30, 4, 4)))
    assert inside.width() >= 1300 and inside.height() >= 650  # as large as the laptop allows
    at_home = QRect(100, 80, 900, 500)
    assert brought_inside(at_home, laptop) == at_home  # a window that fits stays where it was
    half_off = QRect(900, 300, 800, 600)  # dragged half off the right and bottom edges
    moved = brought_inside(half_off, laptop)
    assert laptop.contains(moved.marginsAdded(FRAME_GUESS)) and moved.size().width() == 800


# -- windows on real screens (child processes) ------------------------------------------------
def run_child(tmp_path: Path, task: str, screens: list[dict[str, Any]], args: dict[str, Any],
              *, scale: float | None = None) -> dict[str, Any]:
    config = tmp_path / f"{task}-screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    out = tmp_path / f"{task}-result.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env.pop("QT_SCALE_FACTOR", None)
    if scale is not None:
        env["QT_SCALE_FACTOR"] = str(scale)
    done = subprocess.run([sys.executable, __file__, task, str(out), json.dumps(args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def side_by_side() -> list[dict[str, Any]]:
    screens, x = [], 0
    for name, (width, height) in SCREENS.items():
        screens.append({"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96})
        x += width
    return screens


def shots_dir(tmp_path: Path) -> str:
    return os.environ.get("LIBRARY_DESK_SHOTS") or str(tmp_path)


def test_first_windows_open_inside_the_screen_they_open_on(tmp_path: Path, library_paths, services: Services,
                                                            stock: Stock) -> None:
    result = run_child(tmp_path, "first-windows", side_by_side(),
                       {"data": str(library_paths.data_dir), "card": stock.ana, "shots": shots_dir(tmp_path)})
    seen = {(r["screen"], r["window"]) for r in result["windows"]}
    assert seen == {(s, w) for s in SCREENS for w in ("login", "main", "self-service", "wizard")}
    for r in result["windows"]:
        frame, available = rect_of(r["frame"]), rect_of(r["available"])
        assert available.contains(frame), r
        assert abs(frame.center().x() - available.center().x()) <= 2, r  # centred where it opens
    mains = {r["screen"]: rect_of(r["frame"]) for r in result["windows"] if r["window"] == "main"}
    assert mains["laptop"].height() < 768 - 40 and mains["small-laptop"].height() < 720 - 40  # the status bar shows
    assert mains["monitor"].width() >= WANTED_SIZE.width()

    # The window was made nearly as large as the monitor and saved; the monitor is gone next time.
    assert result["saved"]["screen"] == "monitor" and rect_of(result["saved"]["frame"]).width() > 1366
    back = run_child(tmp_path, "restore", [side_by_side()[0]], {"data": str(library_paths.data_dir)})
    frame, available = rect_of(back["frame"]), rect_of(back["available"])
    assert available.contains(frame), back
    assert frame.width() >= 1300 and frame.height() >= 650  # as much of its size as the laptop has
    assert abs(frame.center().x() - available.center().x()) <= 2
    # The same, with the laptop where the monitor was (a lower resolution on the same screen).
    moved = {"name": "laptop", "x": 2646, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
    again = run_child(tmp_path, "restore", [moved], {"data": str(library_paths.data_dir)})
    assert rect_of(again["available"]).contains(rect_of(again["frame"])), again


def test_the_desk_at_150_percent_keeps_title_and_due_without_scrolling_sideways(
        tmp_path: Path, library_paths, services: Services, admin, stock: Stock) -> None:
    from desktop_app.services.catalog.input import BookInput, CopyInput

    book = services.catalog.add_book(admin, BookInput(title=LONG_TITLE, authors=[("Adams, Douglas", "author")]),
                                     copies=[CopyInput()])
    long_code = services.catalog.book(book).copies[0].barcode
    books = [long_code, stock.copies["Emma"][0], stock.copies["Middlemarch"][0]]
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
    result = run_child(tmp_path, "desk-150", [laptop],
                       {"data": str(library_paths.data_dir), "card": stock.ana, "books": books,
                        "shots": shots_dir(tmp_path)}, scale=1.5)
    assert result["device_pixel_ratio"] == 1.5
    assert rect_of(result["available"]).contains(rect_of(result["frame"])), result
    loans = result["loans"]
    assert loans["shown"] == ["Title", "Due"] and loans["side_scroll"] == 0, loans
    assert loans["title_elided"] and loans["due_whole"], loans
    sessions = result["sessions"]
    assert {"Title", "Result"} <= set(sessions["shown"]) and sessions["side_scroll"] == 0, sessions
    assert result["chart_labels_inside"], result["chart_labels"]
    # The scans were real loans.
    lent = {loan.barcode for loan in services.queries.member_card(admin, services.queries.member_id(stock.ana)).loans}
    assert set(books) <= lent


# -- the desk's tables at any width (in this process) -------------------------------------------
def shown_columns(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
            if not view.isColumnHidden(c)]


def test_loan_columns_collapse_to_title_and_due_and_come_back_when_wide(qtbot, services: Services, admin,
                                                                       stock: Stock) -> None:
    from desktop_app.services.catalog.input import BookInput, CopyInput

    book = services.catalog.add_book(admin, BookInput(title=LONG_TITLE, authors=[("Adams, Douglas", "author")]),
                                     copies=[CopyInput()])
    services.circulation.checkout(admin, stock.ana, services.catalog.book(book).copies[0].barcode)
    services.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])
    model = LoansModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = fit_loan_columns(view)
    assert fit_loan_columns(view) is fitter  # once per view
    model.set_loans(services.queries.member_card(admin, services.queries.member_id(stock.ana)).loans)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert shown_columns(view) == ["Title", "Due"] and fitter.collapsed
    assert view.horizontalScrollBar().maximum() == 0
    row = next(r for r in range(model.rowCount()) if model.loan_at(r).title == LONG_TITLE)
    assert view.columnWidth(TITLE) < view.fontMetrics().horizontalAdvance(LONG_TITLE)  # elided...
    assert LONG_TITLE in model.data(model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)  # ...and whole here
    due = model.data(model.index(row, DUE))
    assert view.columnWidth(DUE) >= view.fontMetrics().horizontalAdvance(due)
    view.resize(1100, 200)
    qtbot.waitUntil(lambda: not fitter.collapsed)
    assert shown_columns(view) == ["Title", "Author", "Barcode", "Due", "Renewals"]
    assert all(view.columnWidth(c) >= view.horizontalHeader().sectionSizeHint(c) for c in (BARCODE, RENEWALS, AUTHOR))
    assert view.horizontalScrollBar().maximum() == 0
    # Room for the barcode beside Title and Due, not for the renewals too: the barcode comes first.
    frame = view.width() - view.viewport().width()
    room = sum(fitter.width_needed(c) for c in (TITLE, DUE, BARCODE)) + fitter.width_needed(RENEWALS) // 2
    view.resize(room + frame, 200)
    qtbot.waitUntil(lambda: view.isColumnHidden(RENEWALS) and not view.isColumnHidden(BARCODE))
    assert shown_columns(view) == ["Title", "Barcode", "Due"]
    assert view.horizontalScrollBar().maximum() == 0
    assert view.columnWidth(TITLE) >= fitter.width_needed(TITLE)


def test_session_columns_keep_title_and_result(qtbot) -> None:
    model = SessionListModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = fit_session_columns(view)
    view.resize(360, 200)
    view.show()
    qtbot.waitExposed(view)
    model.add(ScanRow("30000000015", "lend", "done", "Lent, due 23 Dec 2026", LONG_TITLE))
    assert shown_columns(view) == ["Title", "Result"] and fitter.collapsed
    assert view.horizontalScrollBar().maximum() == 0
    assert view.columnWidth(RESULT) > view.columnWidth(3)  # the result, which the clerk reads, has the room
    view.resize(1000, 200)
    qtbot.waitUntil(lambda: not fitter.collapsed)
    assert shown_columns(view) == ["Time", "Mode", "Barcode", "Title", "Result"]
    assert view.horizontalScrollBar().maximum() == 0


# -- access keys --------------------------------------------------------------------------------
def access_key(text: str) -> str | None:
    """The letter Alt+ presses for ``text`` ("&&" is a plain ampersand)."""
    at = 0
    while (at := text.find("&", at)) >= 0:
        if at + 1 < len(text) and text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def keyed_widgets(page: QWidget, main_tabs: QTabBar) -> list[tuple[str, str]]:
    """(kind, text) of the widgets on ``page`` with an access key that are on screen now."""
    found: list[tuple[str, str]] = []
    for widget in [page, *page.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append(("label", widget.text()))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append(("group", widget.title()))
        elif isinstance(widget, QTabBar) and widget is not main_tabs:
            found.extend(("tab", widget.tabText(i)) for i in range(widget.count()))
    return [(kind, text) for kind, text in found if access_key(text)]


def clashes(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for kind, text in texts:
        key = access_key(text)
        if key:
            by_key.setdefault(key, []).append(f"{kind} {text!r}")
    return {key: names for key, names in by_key.items() if len(names) > 1}


def screenfuls(page: QWidget) -> Iterator[str]:
    """Scroll each scrolling part of ``page`` a page at a time (what is visible at once)."""
    yield "top"
    for area in page.findChildren(QScrollArea):
        bar = area.verticalScrollBar()
        if not area.isVisible() or bar.maximum() <= 0:
            continue
        value = 0
        while value < bar.maximum():
            value = min(bar.maximum(), value + bar.pageStep())
            bar.setValue(value)
            QApplication.processEvents()
            yield f"{area.objectName() or 'scroll'} at {value}"
        bar.setValue(0)
        QApplication.processEvents()


def access_key_clashes(window: Any) -> list[str]:
    """Every clash: among the menu titles and tab titles (always on screen), within each menu,
    and, for each tab, among those and what the tab shows at once (a screenful at a time)."""
    bar_titles = [("menu", a.text()) for a in window.menuBar().actions() if a.isVisible()]
    tabs = window.tabs
    top = bar_titles + [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    problems = [f"menus and tabs: {clashes(top)}"] if clashes(top) else []
    for action in window.menuBar().actions():
        menu = action.menu()
        items = [("item", a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        if clashes(items):
            problems.append(f"menu {action.text()!r}: {clashes(items)}")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = tabs.widget(index)
        for where in screenfuls(page):
            found = clashes(top + keyed_widgets(page, tabs.tabBar()))
            if found:
                problems.append(f"tab {tabs.tabText(index)!r} ({where}): {found}")
    return problems


@pytest.mark.parametrize("size", [QSize(1280, 664), QSize(1280, 800)], ids=["laptop", "monitor"])
def test_access_keys_of_menus_tabs_and_buttons_never_clash(qtbot, ctx: UiContext, stock: Stock, size: QSize) -> None:
    from desktop_app.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, desk_name="Front desk")
    qtbot.addWidget(window)
    window.resize(size)  # as fitted on a 1366x768 laptop and on a 1920x1080 monitor
    window.show()
    qtbot.waitExposed(window)
    problems = access_key_clashes(window)
    assert not problems, "\n".join(problems)
    window.close()


# -- the chart ----------------------------------------------------------------------------------
def labels_inside(chart: ChartLayout, bounds: QRectF, fm: QFontMetricsF, title_fm: QFontMetricsF) -> list[str]:
    """What is wrong with the layout's texts: outside ``bounds`` or narrower than the text."""
    wrong = []
    for label in chart.texts():
        metrics = title_fm if label is chart.title else fm
        if not bounds.contains(label.rect):
            wrong.append(f"{label.text!r} at {label.rect} outside {bounds}")
        if label.rect.width() < metrics.horizontalAdvance(label.text):
            wrong.append(f"{label.text!r} needs {metrics.horizontalAdvance(label.text)} px, has {label.rect.width()}")
        if label.rect.height() < metrics.height() and label.text:
            wrong.append(f"{label.text!r} has {label.rect.height()} px of height")
    return wrong


SERIES = [(f"{d} Dec", v) for d, v in zip(range(1, 31), [0, 3, 53, 7, 12, 0, 1] * 5, strict=False)]
RANKING = [("Dune", 1_234_567), (LONG_TITLE, 26), ("Emma", 5), ("Solaris", 3), ("Ulysses", 1)]


@pytest.mark.parametrize("width", [320, 400, 640, 1400])
@pytest.mark.parametrize("height", [200, 260, 600])
def test_chart_texts_are_whole_and_inside_at_any_size(qapp, width: int, height: int) -> None:
    font = QApplication.font()
    bold = QFont(font)
    bold.setBold(True)
    fm, title_fm = QFontMetricsF(font), QFontMetricsF(bold)
    bounds = QRectF(0, 0, width, height)
    series = chart_layout(bounds, "Loans per day, last 30 days", SERIES, horizontal=False, label_every=5, fm=fm,
                          title_fm=title_fm)
    assert "26.5" in [label.text for label in series.labels]  # the middle tick of 53
    assert not labels_inside(series, bounds, fm, title_fm)
    ranking = chart_layout(bounds, "Most borrowed", RANKING, horizontal=True, label_every=1, fm=fm,
                           title_fm=title_fm)
    assert "1,234,567" in [label.text for label in ranking.labels]
    assert not labels_inside(ranking, bounds, fm, title_fm)
    for a, b in zip(series.labels, series.labels[1:], strict=False):  # labels under the bars never overlap
        if a.rect.top() == b.rect.top() and a.rect.top() > series.grid[0][0]:
            assert a.rect.right() <= b.rect.left()


def test_the_painted_chart_draws_26_5_whole(qtbot) -> None:
    chart = BarChart("Loans per day, last 30 days", label_every=5)
    qtbot.addWidget(chart)
    chart.set_points(SERIES)
    for size in (QSize(320, 200), QSize(560, 280)):
        chart.resize(size)
        image = chart.grab()
        assert image.width() == size.width()
        assert chart.last_layout is not None
        assert not labels_inside(chart.last_layout, QRectF(chart.rect()), QFontMetricsF(chart.font()),
                                 QFontMetricsF(chart.title_font()))
        tick = next(label for label in chart.last_layout.labels if label.text == "26.5")
        assert tick.rect.left() >= 0 and tick.rect.width() >= QFontMetricsF(chart.font()).horizontalAdvance("26.5")
    if shots := os.environ.get("LIBRARY_DESK_SHOTS"):
        chart.grab().save(f"{shots}/chart-series.png")


# -- the child process ----------------------------------------------------------------------------
def _settle(app: QApplication, until: Callable[[], bool] | None = None, seconds: float = 10.0) -> None:
    """Run the event loop until ``until()`` holds (at most ``seconds``), or for a moment."""
    end = time.monotonic() + (seconds if until is not None else 0.05)
    app.processEvents()
    while time.monotonic() < end and not (until is not None and until()):
        app.processEvents()
        time.sleep(0.005)
    for _ in range(5):
        app.processEvents()


def _child(task: str, out: Path, args: dict[str, Any]) -> None:
    from PySide6.QtGui import QCursor
    from PySide6.QtTest import QTest

    from desktop_app.config import LocalSettings, Paths
    from desktop_app.services import Services, open_library
    from desktop_app.ui.common.context import UiContext
    from desktop_app.ui.common.theme import apply_theme
    from desktop_app.ui.common.worker import Worker
    from desktop_app.ui.shell.app import DeskApp
    from desktop_app.ui.shell.login import LoginWindow
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.wizard import FirstStartWizard

    app = QApplication([])
    apply_theme(app)
    paths = Paths(Path(args["data"]))
    services = Services(open_library(paths))
    worker = Worker()
    admin = services.accounts.login("admin", "correct horse")
    shots = Path(args.get("shots") or out.parent)
    result: dict[str, Any] = {}

    def measured(window: QWidget) -> dict[str, Any]:
        return {"screen": window.screen().name(), "frame": tuple_of(window.frameGeometry()),
                "available": tuple_of(window.screen().availableGeometry())}

    def context(settings_file: Path) -> UiContext:
        return UiContext(services=services, actor=admin, worker=worker, settings=LocalSettings(settings_file),
                         paths=paths)

    try:
        if task == "first-windows":
            result["windows"] = []
            for screen in app.screens():
                QCursor.setPos(screen.geometry().center())  # the person starts the program on this screen
                login = LoginWindow(services, worker, LocalSettings(out.parent / "login.json"))
                desk_app = DeskApp(services, paths, settings=LocalSettings(out.parent / f"{screen.name()}.json"))
                desk_app.worker.stop()
                desk_app.worker, desk_app.login = worker, login
                for name in ("login", "main", "self-service", "wizard"):
                    window: QWidget
                    if name == "login":
                        window = login
                    elif name == "main":
                        window = MainWindow(context(out.parent / f"main-{screen.name()}.json"))
                    elif name == "self-service":  # a member logs in at this screen's login window
                        login.show()
                        _settle(app)
                        desk_app.show_self_service(services.accounts.member_login(args["card"], "1234"))
                        assert desk_app.window is not None
                        window = desk_app.window
                    else:
                        window = FirstStartWizard(services, worker)
                    window.show()
                    _settle(app, lambda: worker.wait_idle(0.01), 3)
                    result["windows"].append({"window": name, **measured(window)})
                    if name == "main" and screen.name() == "laptop":
                        window.grab().save(str(shots / "main-window-1366x768.png"))
                    window.hide()
                    if window is not login:
                        window.deleteLater()
                    _settle(app)
            # Someone makes the main window nearly as large as the monitor; it is saved at close.
            monitor = next(s for s in app.screens() if s.name() == "monitor")
            window = MainWindow(context(paths.settings_file))
            window.show()
            window.setGeometry(monitor.availableGeometry().adjusted(10, 40, -10, -10))
            _settle(app)
            result["saved"] = measured(window)
            window.close()
        elif task == "restore":
            window = MainWindow(context(paths.settings_file))
            window.show()
            _settle(app, lambda: worker.wait_idle(0.01), 3)
            result.update(measured(window))
            window.close()
        elif task == "desk-150":
            window = MainWindow(context(out.parent / "desk-150.json"), desk_name="Front desk")
            window.show()
            _settle(app, lambda: worker.wait_idle(0.01), 3)
            desk = window.desk
            for code in [args["card"], *args["books"]]:  # a scanner: the digits at once, then Enter
                handled: list[object] = []
                desk.scan_handled.connect(handled.append)
                QTest.keyClicks(desk.scan, code)
                QTest.keyClick(desk.scan, Qt.Key.Key_Return)
                _settle(app, lambda h=handled: bool(h))  # type: ignore[misc]
                desk.scan_handled.disconnect(handled.append)
            _settle(app, lambda: desk.member.loans.rowCount() == len(args["books"]))
            _settle(app, seconds=0.3)
            result.update(measured(window))
            result["device_pixel_ratio"] = window.devicePixelRatioF()
            view = desk.member.loans_view
            model = desk.member.loans
            fm = view.fontMetrics()
            titles = [model.loan_at(r).title for r in range(model.rowCount())]
            dues = [str(model.data(model.index(r, DUE))) for r in range(model.rowCount())]
            result["loans"] = {"shown": shown_columns(view), "side_scroll": view.horizontalScrollBar().maximum(),
                               "title_elided": view.columnWidth(TITLE) < max(fm.horizontalAdvance(t) for t in titles),
                               "due_whole": view.columnWidth(DUE) >= max(fm.horizontalAdvance(d) for d in dues),
                               "widths": [view.columnWidth(c) for c in range(model.columnCount())]}
            sessions = desk.session_view
            result["sessions"] = {"shown": shown_columns(sessions),
                                  "side_scroll": sessions.horizontalScrollBar().maximum()}
            window.grab().save(str(shots / "desk-150-percent-1366x768.png"))
            reports = window.pages.get("Reports")
            window.tabs.setCurrentWidget(reports)
            _settle(app, lambda: worker.wait_idle(0.01), 5)
            wrong: list[str] = []
            for chart in reports.findChildren(BarChart) if reports is not None else []:
                chart.grab()
                if chart.last_layout is None:
                    wrong.append(f"{chart.title} was not painted")
                    continue
                wrong += labels_inside(chart.last_layout, QRectF(chart.rect()), QFontMetricsF(chart.font()),
                                       QFontMetricsF(chart.title_font()))
            result["chart_labels_inside"] = not wrong and reports is not None
            result["chart_labels"] = wrong
            window.grab().save(str(shots / "reports-150-percent-1366x768.png"))
            window.close()
        else:
            raise SystemExit(f"unknown task {task}")
    finally:
        worker.wait_idle(10)
        worker.stop()
        services.close()
    out.write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    _child(sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3]))
