"""The Reports tab: counts, charts, the overdue list sorted, exported as CSV and printed as
letters to PDF."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.common.context import UiContext
from desktop_app.ui.reports.output import letters_html
from desktop_app.ui.reports.tab import ReportsTab

if TYPE_CHECKING:
    from conftest import Stock


def settle(tab: ReportsTab) -> None:
    for _ in range(4):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def test_overdue_list_counts_charts_csv_and_letters(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path) -> None:
    svc, admin, lib = ctx.services, ctx.actor, ctx.services.library
    svc.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])
    svc.circulation.checkout(admin, stock.ana, stock.copies["Emma"][0])
    start = lib.now()
    lib.set_clock(lambda: start + timedelta(days=10))
    svc.circulation.checkout(admin, stock.ben, stock.copies["Solaris"][0])
    lib.set_clock(lambda: start + timedelta(days=40))
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    settle(tab)
    assert tab.count_labels["titles"].text() == "6" and tab.count_labels["on_loan"].text() == "3"
    assert tab.count_labels["overdue"].text() == "3"
    assert sum(n for _, n in tab.per_day.points) == 0  # the loans are more than 30 days old now
    assert sorted(n for _, n in tab.top.points) == [1, 1, 1]
    model = tab.overdue
    assert model.rowCount() == 3
    # sortable: by member name, then most late first
    tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [r.member_name for r in model.rows()] == ["Ana Ruiz", "Ana Ruiz", "Ben Okafor"]
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    late = [r.days_overdue for r in model.rows()]
    assert late == sorted(late, reverse=True) and late[-1] < late[0]
    assert tab.summary.text() == "3 overdue loans, 2 members"
    out = tmp_path / "overdue.csv"
    assert tab.export_csv(out) == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["title"] for r in rows} == {"Dune", "Emma", "Solaris"} and rows[0]["days_overdue"] == str(late[0])
    pdf = tmp_path / "letters.pdf"
    assert tab.save_pdf(pdf) == 2  # one letter per member
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000
    html = letters_html(model.rows(), library_name="Test Library", library_address="1 Main St", today=lib.today())
    assert html.count("Dear ") == 2 and "page-break-before" in html and "Solaris" in html
    tab.per_day.grab()  # the charts paint without errors
    tab.top.grab()
