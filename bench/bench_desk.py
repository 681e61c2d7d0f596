"""Desk GUI benchmark (issue 4): what a clerk feels, measured on real Qt widgets (offscreen)
over the cached benchmark library (1,000,000 titles by default).

    python bench/bench_desk.py                 # 1,000,000 titles (waits for bench_core's build)
    BENCH_BOOKS=20000 python bench/bench_desk.py

Measures, in one process on a private copy of the cached library (the cache stays pristine):
  (a) a scanned barcode's Enter to its row painted in the session list (cards, lends, returns);
  (b) a keystroke in catalog search to the table updated and painted;
  (c) a jump to a random scroll position to the catalog table painted (window fetch included);
  (d) resident memory with the main window open on the catalog tab (every title listed);
  (e) process start to the login window shown (``python -m desktop_app`` with
      ``LIBRARY_DESK_STARTUP_PROBE=1``), in a fresh process each time.
Prints a table and writes ``bench/results/desk.json``. The load average is recorded too: the
machines here are shared, so read medians and compare figures measured in one run.
"""

from __future__ import annotations

import gc
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    ADMIN_PASSWORD,
    build_library,
    env_books,
    library_dir,
    print_table,
    rss_mb,
    summary,
    write_results,
)

CYCLES = 15  # members; each: card, LENDS lends, Esc, LENDS returns
LENDS = 8
KEYSTROKES = 100
JUMPS = 200
PACE_S = 0.3  # from one scan's row on screen to the next scan's Enter
STARTS = 5
TARGETS = {"scan_p99_ms": 50.0, "search_p95_ms": 50.0, "scroll_paint_ms": 16.0, "rss_mb": 200.0, "start_s": 1.5}


# -- the library ------------------------------------------------------------------------------
def cached_library(books: int, wait_s: float = 6 * 3600) -> Path:
    """The cached library folder; waits while another process (bench_core) is still building it."""
    folder = library_dir(books)
    deadline = time.monotonic() + wait_s
    announced = False
    while folder.exists() and not (folder / "complete").exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"{folder} is still being built after {wait_s:.0f} s; try later")
        if not announced:
            print(f"waiting for {folder} to be complete (built by another process)…", flush=True)
            announced = True
        time.sleep(15)
    return build_library(books, members=max(1000, books // 20), loans=max(1000, books // 10))


def private_copy(source: Path, target: Path) -> Path:
    """Copy the library folder to ``target`` with SQLite's backup API (a consistent snapshot)."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.name.startswith("library.sqlite3") or item.name in ("complete", "library.lock"):
            continue
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, target / item.name)
    src = sqlite3.connect(f"file:{source / 'library.sqlite3'}?mode=ro", uri=True)
    dst = sqlite3.connect(target / "library.sqlite3")
    src.backup(dst, pages=65536)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.close()
    src.close()
    return target


def migrate_once(folder: Path) -> float:
    """Open the copy once so a schema migration newer than the cache (with its safety backup)
    happens here, not inside the first start-up measured. Returns the seconds it took."""
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library

    started = time.perf_counter()
    Services(open_library(Paths(folder))).close()
    return time.perf_counter() - started


def scan_material(db: Path, rng: random.Random) -> tuple[list[str], list[str]]:
    """Cards of members who may borrow (no loans, no fees, not blocked or expired) and
    barcodes of available copies of distinct books, picked at random."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    today = time.strftime("%Y-%m-%d")
    cards = [r[0] for r in con.execute(
        "SELECT m.card_number FROM members m JOIN member_categories c ON c.id = m.category_id "
        "WHERE NOT m.blocked AND (m.expires IS NULL OR m.expires > ?) AND c.max_loans >= ? "
        "AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.member_id = m.id AND l.returned_at IS NULL) "
        "AND NOT EXISTS (SELECT 1 FROM fees f WHERE f.member_id = m.id) LIMIT 2000", (today, LENDS))]
    top = con.execute("SELECT max(id) FROM copies").fetchone()[0]
    codes: dict[int, str] = {}
    while len(codes) < CYCLES * LENDS:
        row = con.execute("SELECT book_id, barcode FROM copies WHERE id >= ? AND status = 'available' LIMIT 1",
                          (rng.randint(1, top),)).fetchone()
        if row:
            codes.setdefault(row[0], row[1])
    con.close()
    if len(cards) < CYCLES:
        raise SystemExit(f"only {len(cards)} members may borrow; {CYCLES} needed")
    return rng.sample(cards, CYCLES), list(codes.values())


# -- (e) start-up, in fresh processes -----------------------------------------------------------
def startup_times(folder: Path, runs: int) -> list[float]:
    """Milliseconds from process start to the login window, as the probe reports them."""
    env = {**os.environ, "LIBRARY_DESK_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    out = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(folder)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        found = re.search(r"startup-probe: (\S+) shown after ([\d.]+) s", done.stdout)
        if done.returncode != 0 or not found:
            raise SystemExit(f"the start-up probe failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        if found.group(1) != "loginWindow":
            print(f"  note: the first window was {found.group(1)!r}, not the login window")
        out.append(float(found.group(2)) * 1000)
    return out


# -- the GUI ----------------------------------------------------------------------------------
class Gui:
    """The main window on the copied library, logged in as the admin, and ways to wait on it."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop_app.config import LocalSettings, Paths
        from desktop_app.services import Services, open_library
        from desktop_app.ui.common.context import UiContext
        from desktop_app.ui.common.theme import apply_theme
        from desktop_app.ui.common.worker import Worker
        from desktop_app.ui.shell.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(["bench-desk"])
        apply_theme(self.app)  # type: ignore[arg-type]
        paths = Paths(folder)
        self.services = Services(open_library(paths))
        actor = self.services.accounts.login("admin", ADMIN_PASSWORD, desk="Bench desk")
        self.worker = Worker()
        self.ctx = UiContext(services=self.services, actor=actor, worker=self.worker,
                             settings=LocalSettings(paths.settings_file), paths=paths)
        self.window = MainWindow(self.ctx, desk_name="Bench desk", library_name="Bench Library")
        self.window.resize(1280, 800)
        self.window.show()
        self.desk = self.window.desk
        self.catalog = self.window.pages["Catalog"]
        clock = iter(range(0, 10**9, 10))  # the double-scan guard: every scan 10 s after the last
        self.desk._clock = lambda: float(next(clock))
        self.idle()

    def wait_for(self, signal: object, timeout_s: float = 30.0) -> None:
        """Run the event loop (sleeping, as the real program does) until ``signal`` fires."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    def pause(self, seconds: float) -> None:
        """Let the program run (and sleep) for ``seconds``, as between two scans."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def idle(self) -> None:
        """Wait until the worker has nothing left and the GUI has painted what it delivered."""
        for _ in range(3):
            self.worker.wait_idle(60)
            self.app.processEvents()

    def close(self) -> None:
        self.idle()
        self.window.close()
        self.worker.stop()
        self.services.close()


def bench_scans(gui: Gui, cards: list[str], codes: list[str]) -> dict[str, list[float]]:
    """Enter to the row painted, per kind of scan. A fast clerk with a stack of books: each scan
    comes ``PACE_S`` after the last one's row, whatever the other tabs are still doing (the
    catalog, holds and reports tabs refresh after every loan)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    desk = gui.desk
    gui.window.tabs.setCurrentWidget(desk)
    gui.idle()
    kinds: dict[str, list[float]] = {"card": [], "lend": [], "return": [], "in app (to the model)": []}

    def scan(code: str, kind: str) -> None:
        QTest.keyClicks(desk.scan, code)
        before = len(desk.latencies)
        t0 = time.perf_counter()
        QTest.keyClick(desk.scan, Qt.Key.Key_Return)
        if len(desk.latencies) == before:
            gui.wait_for(desk.scan_handled)
        gui.app.processEvents()  # the posted repaint: the row is painted in the session list
        kinds[kind].append((time.perf_counter() - t0) * 1000)
        if len(desk.latencies) == before:
            raise SystemExit(f"scan of {code} was not handled")
        kinds["in app (to the model)"].append(desk.latencies[-1] * 1000)
        if kind != "card" and desk.sessions.row_at(0).barcode != code:
            raise SystemExit(f"scan of {code}: the top row is {desk.sessions.row_at(0)}")
        gui.pause(PACE_S)

    for i, card in enumerate(cards):
        batch = codes[i * LENDS:(i + 1) * LENDS]
        scan(card, "card")
        for code in batch:
            scan(code, "lend")
        refused = [r for r in desk.sessions.rows()[:LENDS] if r.kind == "refused"]
        if refused:
            print(f"  note: {len(refused)} lends refused, e.g. {refused[0].message}")
        QTest.keyClick(desk.scan, Qt.Key.Key_Escape)
        gui.pause(PACE_S)
        for code in batch:
            scan(code, "return")
    return kinds


def typed_queries(rng: random.Random, n: int) -> list[str]:
    from bench.bench_core import typed_queries as core_typed

    return core_typed(rng, n)


def type_key(widget: object, char: str) -> None:
    """Press and release a key that types ``char`` (any Unicode letter, unlike QTest's keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def bench_search(gui: Gui, rng: random.Random) -> list[float]:
    """A keystroke (typed into the search field) to the table updated and painted."""
    tab = gui.catalog
    gui.window.tabs.setCurrentWidget(tab)
    gui.idle()
    out: list[float] = []
    previous = ""
    for query in typed_queries(rng, KEYSTROKES):
        if query.startswith(previous) and len(query) == len(previous) + 1:
            key = query[-1]
        else:  # a new word: select what was typed and type over it
            tab.search.selectAll()
            key = query[0]
            query = key
        t0 = time.perf_counter()
        type_key(tab.search, key)
        gui.wait_for(tab.results_shown)
        gui.app.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
        if tab.search.text() != query:
            raise SystemExit(f"typed {query!r} but the field holds {tab.search.text()!r}")
        previous = query
        gui.idle()
    return out


def bench_clear(gui: Gui) -> list[float]:
    """Clearing the search: every title listed again (the whole catalog's ids in title order)."""
    tab = gui.catalog
    out = []
    for _ in range(3):
        tab.search.setText("dune")
        gui.wait_for(tab.results_shown)
        gui.idle()
        t0 = time.perf_counter()
        tab.search.clear()
        gui.wait_for(tab.results_shown)
        gui.app.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def bench_scroll(gui: Gui, rng: random.Random) -> tuple[list[float], list[float], int]:
    """Jump the catalog table to a random position and repaint it (window fetches included);
    also a repaint where nothing moved (warm). Returns (jump ms, warm ms, rows listed)."""
    table, model = gui.catalog.table, gui.catalog.model
    gui.idle()
    rows = model.rowCount()
    bar = table.verticalScrollBar()
    jumps: list[float] = []
    warm: list[float] = []
    fetches = model.fetches
    for _ in range(JUMPS):
        bar.setValue(rng.randint(0, bar.maximum()))
        t0 = time.perf_counter()
        table.viewport().repaint()
        jumps.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        table.viewport().repaint()
        warm.append((time.perf_counter() - t0) * 1000)
    if model.fetches - fetches < JUMPS // 2:
        raise SystemExit("the scroll jumps did not fetch rows: the benchmark measured nothing")
    return jumps, warm, rows


def main() -> int:
    books = env_books()
    rng = random.Random(4)
    source = cached_library(books)
    load = os.getloadavg()
    print(f"desk benchmark on {books:,} titles; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"on {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-desk-") as tmp:
        t0 = time.perf_counter()
        folder = private_copy(source, Path(tmp) / "library")
        print(f"copied the library in {time.perf_counter() - t0:.1f} s", flush=True)
        print(f"opened (and migrated if needed) in {migrate_once(folder):.1f} s", flush=True)
        cards, codes = scan_material(folder / "library.sqlite3", rng)
        starts = startup_times(folder, STARTS)
        print(f"start-up: {', '.join(f'{s:.0f}' for s in starts)} ms", flush=True)
        rss_before = rss_mb()
        t0 = time.perf_counter()
        gui = Gui(folder)
        open_s = time.perf_counter() - t0
        gc.collect()
        gui.window.tabs.setCurrentWidget(gui.catalog)
        gui.idle()
        gc.collect()
        rss_open = rss_mb()
        listed = gui.catalog.model.rowCount()
        print(f"main window open on {listed:,} titles in {open_s:.1f} s; RSS {rss_open:.0f} MB", flush=True)
        jumps, warm, rows = bench_scroll(gui, rng)
        rss_scrolled = rss_mb()
        keys = bench_search(gui, rng)
        clears = bench_clear(gui)
        scans = bench_scans(gui, cards, codes)
        rss_end = rss_mb()
        gui.close()
    all_scans = scans["card"] + scans["lend"] + scans["return"]
    results: list[tuple[str, dict[str, float] | None, str]] = [
        (f"scan Enter -> row painted, all ({len(all_scans)})", summary(all_scans),
         f"target p99 <= {TARGETS['scan_p99_ms']:.0f} ms"),
        *[(f"  {kind}", summary(v), "") for kind, v in scans.items()],
        ("catalog keystroke -> table painted", summary(keys), f"target p95 <= {TARGETS['search_p95_ms']:.0f} ms"),
        ("catalog search cleared -> all titles listed", summary(clears), "no target"),
        (f"scroll jump -> table painted ({rows:,} rows)", summary(jumps),
         f"target <= {TARGETS['scroll_paint_ms']:.0f} ms"),
        ("  repaint in place (warm)", summary(warm), ""),
        ("start -> login window (python -m desktop_app)", summary(starts),
         f"target <= {TARGETS['start_s'] * 1000:.0f} ms (packaged onedir)"),
        (f"RSS, catalog tab open on {listed:,} titles: {rss_open:.0f} MB", None,
         f"target <= {TARGETS['rss_mb']:.0f} MB; after scrolling {rss_scrolled:.0f}, at the end {rss_end:.0f}"),
    ]
    print()
    print_table(results)
    print(f"load average at the start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; at the end "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    path = write_results("desk", {
        "books": books, "titles_listed": listed, "load_average_start": load, "load_average_end": os.getloadavg(),
        "cpus": os.cpu_count(), "targets": TARGETS, "window_open_s": open_s, "rss_before_gui_mb": rss_before,
        "rss_catalog_open_mb": rss_open, "rss_after_scroll_mb": rss_scrolled, "rss_end_mb": rss_end,
        "scan_all": summary(all_scans), "scan": {k: summary(v) for k, v in scans.items()},
        "search_keystroke": summary(keys), "search_clear": summary(clears), "scroll_jump": summary(jumps),
        "scroll_warm": summary(warm), "startup": summary(starts), "startup_ms": starts,
    })
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
