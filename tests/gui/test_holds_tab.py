"""The Holds tab: place a hold, check in the held copy (it goes to the hold shelf), the
shelf with deadlines highlighted, cancel, and expire uncollected holds."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop_app.ui.common import forms
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.holds.model import shelf_status
from desktop_app.ui.holds.tab import HoldsTab

if TYPE_CHECKING:
    from conftest import Stock


def settle(tab: HoldsTab) -> None:
    for _ in range(4):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def test_place_hold_check_in_and_collect_from_the_shelf(qtbot, ctx: UiContext, stock: Stock,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    svc, admin = ctx.services, ctx.actor
    for code in stock.copies["Beloved"]:
        svc.circulation.checkout(admin, stock.ana, code)
    tab = HoldsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    assert tab.shelf.rowCount() == 0
    tab.book_search.setText("Beloved")
    qtbot.keyClick(tab.book_search, Qt.Key.Key_Return)
    settle(tab)
    assert tab.chosen_book() == stock.books["Beloved"]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (stock.ben, True)))
    tab.place()
    settle(tab)
    settle(tab)
    assert [(h.member_name, h.position) for h in tab.queue.rows()] == [("Ben Okafor", 1)]
    tab.scan.setText(stock.copies["Beloved"][0])
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    settle(tab)
    settle(tab)
    assert "Put on the hold shelf for Ben Okafor" in tab.result.text()
    assert [(h.member_name, h.barcode) for h in tab.shelf.rows()] == [("Ben Okafor", stock.copies["Beloved"][0])]
    hold = tab.shelf.row_at(0)
    assert shelf_status(hold, hold.pickup_by) == "attention"  # last day: expiring
    assert shelf_status(hold, hold.pickup_by + timedelta(days=1)) == "refused"
    assert shelf_status(hold, hold.pickup_by - timedelta(days=5)) is None
    # cancel from the shelf: the copy goes back to the shelf (nobody else waits)
    tab.shelf_table.selectRow(0)
    monkeypatch.setattr(forms, "ask_reason", lambda *a, **k: "changed their mind")  # the confirmation, answered
    tab.cancel(tab.shelf_table)
    settle(tab)
    settle(tab)
    assert tab.shelf.rowCount() == 0
    statuses = {c.barcode: c.status for c in svc.catalog.book(stock.books["Beloved"]).copies}
    assert statuses[stock.copies["Beloved"][0]] == "available"


def test_expire_uncollected_holds(qtbot, ctx: UiContext, stock: Stock) -> None:  # type: ignore[no-untyped-def]
    svc, admin, lib = ctx.services, ctx.actor, ctx.services.library
    code = stock.copies["Ulysses"][0]
    svc.circulation.checkout(admin, stock.ana, code)
    svc.circulation.checkout(admin, stock.ana, stock.copies["Ulysses"][1])
    svc.holds.place(admin, stock.ben, stock.books["Ulysses"])
    svc.circulation.checkin(admin, code)
    later = lib.now() + timedelta(days=30)
    lib.set_clock(lambda: later)
    tab = HoldsTab(ctx)
    qtbot.addWidget(tab)
    settle(tab)
    assert tab.shelf.rowCount() == 1 and shelf_status(tab.shelf.row_at(0), tab.shelf.today) == "refused"
    assert "1 past the deadline" in tab.shelf_note.text()
    tab.expire()
    settle(tab)
    settle(tab)
    assert "Expired 1 holds: Ben Okafor ('Ulysses')" in tab.result.text()
    assert tab.shelf.rowCount() == 0


def test_pull_list_shows_holds_a_shelf_copy_can_fill(qtbot, ctx: UiContext, stock: Stock,
                                                      qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    svc, admin = ctx.services, ctx.actor
    svc.holds.place(admin, stock.ben, stock.books["Emma"])
    tab = HoldsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    qtmodeltester.check(tab.pulls)
    assert tab.pulls.rowCount() == 1
    item = tab.pulls.row_at(0)
    assert item.hold.card_number == stock.ben and item.hold.title == "Emma"
    assert sorted(b for b, _l, _c in item.copies) == sorted(stock.copies["Emma"])
    tab.scan.setText(stock.copies["Emma"][0])
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    settle(tab)
    assert "Put on the hold shelf for Ben Okafor" in tab.result.text()
    assert tab.pulls.rowCount() == 0
    assert tab.shelf.rowCount() == 1
