"""Bulk edit from the Catalog tab, driven like a scanner: barcodes scanned into the list (each
one and Enter), a preview that writes nothing and lists the refusals, Apply on the worker with
its progress, and the database checked; the copies of a search; a clerk cannot open it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from desktop_app.services import Actor
from desktop_app.services.people.accounts import staff_actor
from desktop_app.ui.catalog.bulk_dialog import BulkEditDialog
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext

if TYPE_CHECKING:
    from conftest import Stock


def settle(ctx: UiContext) -> None:
    for _ in range(5):
        ctx.worker.wait_idle(20)
        QApplication.processEvents()


def scan(qtbot, widget: QWidget, code: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, code, delay=2)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def copies(ctx: UiContext) -> dict[str, tuple[str | None, str]]:
    with ctx.services.library.read() as s:
        return {b: (loc, st) for b, loc, st in s.execute(text("SELECT barcode, location, status FROM copies"))}


@pytest.fixture
def tab(qtbot, ctx: UiContext, admin: Actor, stock: Stock) -> CatalogTab:  # type: ignore[no-untyped-def]
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    settle(ctx)
    return tab


def open_bulk(qtbot, tab: CatalogTab) -> BulkEditDialog:  # type: ignore[no-untyped-def]
    action = next(a for a in tab.menu_actions if "Bulk edit" in a.text())
    assert action.isEnabled()
    action.trigger()
    dialog = tab.findChild(BulkEditDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_scanned_copies_previewed_then_changed(qtbot, ctx: UiContext, tab: CatalogTab, stock: Stock) -> None:
    dune, emma = stock.copies["Dune"], stock.copies["Emma"]
    ctx.services.circulation.checkout(ctx.actor, stock.ana, emma[0])
    dialog = open_bulk(qtbot, tab)
    dialog.from_scans.setChecked(True)
    for code in (*dune, emma[0], "NOPE-1"):
        scan(qtbot, dialog.scans, code)
    dialog.use_location.setChecked(True)
    dialog.location.setCurrentText("Children")
    dialog.use_status.setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData("in_repair"))
    before = copies(ctx)
    dialog.preview()
    settle(ctx)
    assert copies(ctx) == before  # a preview writes nothing
    assert dialog.plan is not None and dialog.plan.changing == 3 and len(dialog.plan.refusals) == 2
    cells = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
    assert "In repair" in cells and "Children" in cells
    assert "3 would change" in dialog.summary.text() and "2 refused" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    dialog.grab().save("/tmp/bulk-preview.png")
    dialog.apply(confirm=False)
    settle(ctx)
    after = copies(ctx)
    assert after[dune[0]] == ("Children", "in_repair") and after[dune[1]] == ("Children", "in_repair")
    assert after[emma[0]][1] == "on_loan" and after[emma[0]][0] == "Children"  # lent: location only
    assert dialog.outcome is not None and dialog.outcome.copies == 3
    assert "Changed 5 fields of 3 copies" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()  # a second Apply needs a new preview


def test_changing_the_form_drops_the_preview(qtbot, ctx: UiContext, tab: CatalogTab, stock: Stock) -> None:
    dialog = open_bulk(qtbot, tab)
    dialog.from_scans.setChecked(True)
    scan(qtbot, dialog.scans, stock.copies["Dune"][0])
    dialog.use_status.setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData("damaged"))
    dialog.preview()
    settle(ctx)
    assert dialog.apply_button.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
    assert not dialog.apply_button.isEnabled() and dialog.plan is None


def test_the_copies_of_the_search(qtbot, ctx: UiContext, tab: CatalogTab, stock: Stock) -> None:
    tab.search.setText("Solaris")
    settle(ctx)
    settle(ctx)
    dialog = open_bulk(qtbot, tab)
    assert dialog.from_search.isChecked() and "1 titles" in dialog.from_search.text()
    dialog.use_item_type.setChecked(True)
    dialog.item_type.setCurrentIndex(dialog.item_type.findData("dvd"))
    dialog.preview()
    settle(ctx)
    assert dialog.plan is not None and [line.field for line in dialog.plan.lines] == ["item_type"]
    dialog.apply(confirm=False)
    settle(ctx)
    assert ctx.services.catalog.book(stock.books["Solaris"]).values["item_type"] == "dvd"
    assert ctx.services.catalog.book(stock.books["Dune"]).values["item_type"] == "book"


def test_a_clerk_has_no_bulk_edit(qtbot, ctx: UiContext, services, stock: Stock) -> None:  # type: ignore[no-untyped-def]
    dirk = services.accounts.create_staff(ctx.actor, username="dirk", display_name="Dirk", password="clerk pass 1",
                                          role="desk")
    clerk = UiContext(services=services, actor=staff_actor(dirk), worker=ctx.worker, settings=ctx.settings,
                      paths=ctx.paths)
    tab = CatalogTab(clerk)
    qtbot.addWidget(tab)
    settle(clerk)
    action = next(a for a in tab.menu_actions if "Bulk edit" in a.text())
    assert not action.isEnabled() and "Librarians" in action.toolTip()
    clerk.close()
