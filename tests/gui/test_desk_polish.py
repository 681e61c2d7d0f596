"""What the desk benchmark and the screenshots changed: scans on the desk's own worker, the
refusal said once, a hidden catalog refreshing only when shown, hyphenated ISBNs in the
detail pane, the catalog fetcher's small page cache, and the start-up probe."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.config import Paths
from desktop_app.domain.errors import Reason, Refused
from desktop_app.services.catalog.browse import FETCHER_CACHE_KIB, BookRowFetcher, hyphenate_isbn
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.i18n import money_text
from desktop_app.ui.desk.actions import banner_text, refusal_text
from desktop_app.ui.desk.session_list import ScanRow
from desktop_app.ui.desk.tab import DeskTab

if TYPE_CHECKING:
    from conftest import Stock

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += 10  # every scan well after the last: no double-scan guard
        return self.now


def scan(qtbot, desk: DeskTab, code: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClicks(desk.scan, code)
        qtbot.keyClick(desk.scan, Qt.Key.Key_Return)


def test_a_scan_does_not_wait_for_the_shared_worker(qtbot, ctx: UiContext, stock: Stock) -> None:
    desk = DeskTab(ctx, clock=Clock())
    qtbot.addWidget(desk)
    desk.show()
    release = threading.Event()
    ctx.worker.submit(lambda: release.wait(20))  # a long report or facets query on the shared worker
    try:
        scan(qtbot, desk, stock.ana)
        scan(qtbot, desk, stock.copies["Emma"][0])
        assert desk.sessions.row_at(0).kind == "done" and desk.sessions.row_at(0).message.startswith("Lent")
        assert not release.is_set()  # both scans were handled while the shared worker was still busy
    finally:
        release.set()
    desk.worker.wait_idle(10)


def test_refusal_text_drops_the_copy_label_the_row_already_shows() -> None:
    refusal = Refused("lend", [Reason("copy_lost", "Copy 300 'Emma' is marked lost"),
                               Reason("owes_limit", "Ana Ruiz owes 12.00 (lending stops above 10.00)",
                                      values={"member": "Ana Ruiz", "cents": 1200, "limit_cents": 1000})])
    assert refusal_text(refusal) == \
        f"Marked lost; Ana Ruiz owes {money_text(1200)} (lending stops above {money_text(1000)})"
    unknown = Refused("lend", [Reason("unknown_copy", "No copy has the barcode 'X9'", False, {"barcode": "X9"})])
    assert refusal_text(unknown) == "No copy has the barcode X9"
    odd = Refused("lend", [Reason("new_rule", "A rule this desk does not know yet")])
    assert refusal_text(odd) == "A rule this desk does not know yet"  # its English sentence


def test_banner_names_the_scan_once() -> None:
    row = ScanRow("300", "lend", "refused", "On loan to Ben until 2 Dec 2026", "Emma")
    assert banner_text(row) == "'Emma' (300): On loan to Ben until 2 Dec 2026"
    assert banner_text(ScanRow("X9", "lend", "refused", "No copy has the barcode 'X9'")) == \
        "No copy has the barcode 'X9'"
    assert banner_text(ScanRow("X9", "return", "refused", "Unknown")) == "X9: Unknown"


def settle(tab: CatalogTab) -> None:
    for _ in range(4):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def test_hidden_catalog_refreshes_when_shown(qtbot, ctx: UiContext, stock: Stock) -> None:
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    before = tab.model.rowCount()
    tab.hide()
    ctx.services.catalog.add_book(ctx.actor, BookInput(title="Persuasion"), copies=[CopyInput()])
    shown: list[float] = []
    tab.results_shown.connect(shown.append)
    settle(tab)
    assert shown == [] and tab.model.rowCount() == before  # nothing ran while hidden
    tab.show()
    settle(tab)
    assert len(shown) == 1 and tab.model.rowCount() == before + 1


def test_detail_shows_the_isbn_hyphenated(qtbot, ctx: UiContext) -> None:
    ctx.services.catalog.add_book(ctx.actor, BookInput(title="Dune Messiah", isbn="9780441013593"),
                                  copies=[CopyInput()])
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.search.setText("Messiah")
    settle(tab)
    settle(tab)
    assert "ISBN 978-0-441-01359-3" in tab.detail.facts.text()
    assert hyphenate_isbn("0441013597") == "978-0-441-01359-3"
    assert hyphenate_isbn("not an isbn") == "not an isbn" and hyphenate_isbn(None) == ""


def test_fetcher_has_a_small_cache_and_does_not_give_it_to_the_pool(ctx: UiContext, stock: Stock) -> None:
    fetcher = BookRowFetcher(ctx.services.library)
    rows = fetcher.rows(list(stock.books.values()))
    assert sorted(r.title for r in rows) == sorted(stock.books)
    assert fetcher._conn is not None
    assert fetcher._conn.exec_driver_sql("PRAGMA cache_size").scalar() == -FETCHER_CACHE_KIB
    fetcher._conn.rollback()
    fetcher.close()
    with ctx.services.library.engine.connect() as conn:  # pooled connections keep the engine's size
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() != -FETCHER_CACHE_KIB


def test_startup_probe_prints_the_time_to_the_first_window(library_paths: Paths) -> None:
    env = {**os.environ, "LIBRARY_DESK_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(library_paths.data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = re.search(r"startup-probe: (\S+) shown after ([\d.]+) s", done.stdout)
    assert found is not None, done.stdout
    assert found.group(1) == "loginWindow" and 0 < float(found.group(2)) < 60


def test_hidden_reports_tab_refreshes_when_shown(qtbot, ctx: UiContext, stock: Stock) -> None:
    from desktop_app.ui.reports.tab import ReportsTab

    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)  # type: ignore[arg-type]
    assert tab.count_labels["on_loan"].text() == "0"
    tab.hide()
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Dune"][0])  # the core says it changed
    settle(tab)  # type: ignore[arg-type]
    assert tab.count_labels["on_loan"].text() == "0"  # no report query while hidden
    tab.show()
    settle(tab)  # type: ignore[arg-type]
    assert tab.count_labels["on_loan"].text() == "1"


def test_facets_list_types_languages_and_years_in_one_pass(ctx: UiContext, stock: Stock) -> None:
    from desktop_app.services.catalog.browse import BrowseQueries

    ctx.services.catalog.add_book(ctx.actor, BookInput(title="Fahrenheit 451", item_type="dvd", language="eng",
                                                       year=1966))
    ctx.services.catalog.add_book(ctx.actor, BookInput(title="Le Petit Prince", language="fre", year=1943))
    facets = BrowseQueries(ctx.services.library).facets()
    assert facets.item_types == sorted({"dvd", "book"}) and facets.languages == ["eng", "fre"]
    assert (facets.year_min, facets.year_max) == (1943, 1966)


def test_fetcher_rows_match_the_searcher_rows(ctx: UiContext, stock: Stock) -> None:
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Dune"][0])
    ctx.services.catalog.add_book(ctx.actor, BookInput(title="No copies yet"))
    ids = list(ctx.services.search.books("").ids)
    fetcher = BookRowFetcher(ctx.services.library)
    try:
        rows = fetcher.rows(list(reversed(ids)) + [10**9])  # order kept, unknown ids skipped
    finally:
        fetcher.close()
    assert rows == list(reversed(ctx.services.search.book_rows(ids)))
    dune = next(r for r in rows if r.title == "Dune")
    assert (dune.copies, dune.available) == (2, 1)
    assert next(r for r in rows if r.title == "No copies yet").copies == 0
