"""Copies at the catalog, driven like a scanner: pre-printed labels scanned into Add copies (a
label in the list twice or used by another copy refused on the spot), a copy edited (barcode,
call number, location from the library's list, price, notes; a stale edit refused), the
statuses under More and the delete of a withdrawn copy. The database is checked each time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from desktop_app.domain.errors import LibraryError, Refused
from desktop_app.services import Actor
from desktop_app.services.catalog.input import CopyInput
from desktop_app.ui.catalog.copy_dialog import AddCopiesDialog, CopyEditDialog
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common import errors as error_module
from desktop_app.ui.common import forms
from desktop_app.ui.common.context import UiContext

if TYPE_CHECKING:
    from conftest import Stock


def closed(dialog: QWidget) -> bool:
    """Saved and gone (the dialogs delete themselves on close)."""
    return not isValid(dialog) or not dialog.isVisible()


def settle(ctx: UiContext) -> None:
    for _ in range(5):
        ctx.worker.wait_idle(20)
        QApplication.processEvents()


def scan(qtbot, widget: QWidget, code: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, code, delay=2)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def tab(qtbot, ctx: UiContext, admin: Actor, stock: Stock) -> CatalogTab:  # type: ignore[no-untyped-def]
    ctx.services.setup.update_settings(admin, locations="Children\nStacks\nReference room")
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    settle(ctx)
    tab.search.setText("Solaris")
    settle(ctx)
    settle(ctx)
    assert tab.detail.view is not None and tab.detail.view.values["title"] == "Solaris"
    return tab


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show(_parent: object, error: BaseException) -> None:
        shown.append(error.message if isinstance(error, LibraryError) else str(error))

    for module in ("desktop_app.ui.catalog.copy_dialog", "desktop_app.ui.catalog.detail"):
        monkeypatch.setattr(f"{module}.show_error", show)
    monkeypatch.setattr(error_module, "show_error", show)
    return shown


def select(tab: CatalogTab, code: str) -> None:
    rows = [r for r in range(tab.detail.copies.rowCount()) if tab.detail.copies.row_at(r).barcode == code]
    assert rows, f"{code} is not in the copies list"
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    tab.detail.table.selectionModel().select(tab.detail.copies.index(rows[0], 0), flags)
    assert tab.detail.chosen_barcodes() == [code]


def copies_of(ctx: UiContext, stock: Stock, title: str) -> dict[str, object]:
    return {c.barcode: c for c in ctx.services.catalog.book(stock.books[title]).copies}


def test_scanned_labels_become_copies_and_used_ones_are_refused(qtbot, ctx: UiContext, tab: CatalogTab,
                                                                stock: Stock) -> None:
    dialog = tab.detail.add_copies()
    assert isinstance(dialog, AddCopiesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.scan
    scan(qtbot, dialog.scan, "LBL-0001")
    scan(qtbot, dialog.scan, "LBL-0002")
    scan(qtbot, dialog.scan, "LBL-0001")  # the same label read twice
    assert dialog.list_codes() == ["LBL-0001", "LBL-0002"] and "in the list already" in dialog.note.text()
    used = stock.copies["Dune"][0]
    scan(qtbot, dialog.scan, used)  # a label another copy has
    assert dialog.list_codes() == ["LBL-0001", "LBL-0002"] and "'Dune'" in dialog.note.text()
    assert dialog.isVisible()  # no Enter saved anything
    assert "LBL-0001" not in copies_of(ctx, stock, "Solaris")
    dialog.call_number.setText("891.7 LEM")
    dialog.location.setCurrentText("Stacks")
    dialog.price.setText("12.50")
    dialog.grab().save("/tmp/add-copies.png")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(ctx)
    assert closed(dialog)
    found = copies_of(ctx, stock, "Solaris")
    for code in ("LBL-0001", "LBL-0002"):
        copy = found[code]
        assert (copy.call_number, copy.location) == ("891.7 LEM", "Stacks")  # type: ignore[attr-defined]
    detail = ctx.services.catalog.copy_detail(ctx.actor, "LBL-0002")
    assert detail.values["price_cents"] == 1250


def test_generated_copies_and_a_bad_price_is_refused(qtbot, ctx: UiContext, tab: CatalogTab, stock: Stock,
                                                    errors: list[str]) -> None:
    dialog = tab.detail.add_copies()
    assert dialog is not None
    dialog.save()  # nothing scanned yet
    assert errors and "Scan the labels" in errors[-1]
    dialog.generated.setChecked(True)
    dialog.count.setValue(3)
    dialog.price.setText("twelve")
    dialog.save()
    assert "not an amount" in errors[-1] and len(copies_of(ctx, stock, "Solaris")) == 2
    dialog.price.setText("")
    dialog.location.setCurrentText("Children")
    dialog.save()
    settle(ctx)
    found = copies_of(ctx, stock, "Solaris")
    assert len(found) == 5 and sum(1 for c in found.values() if c.location == "Children") == 3  # type: ignore[attr-defined]


def test_a_copy_is_edited_with_a_new_label_and_a_stale_edit_is_refused(qtbot, ctx: UiContext, tab: CatalogTab,
                                                                       stock: Stock, errors: list[str]) -> None:
    old = stock.copies["Solaris"][0]
    tab.detail.table.selectRow(0)
    assert tab.detail.chosen_barcodes() == [old]
    dialog = tab.detail.edit_copy()
    assert isinstance(dialog, CopyEditDialog)
    qtbot.waitExposed(dialog)
    locations = [dialog.location.itemText(i) for i in range(dialog.location.count())]
    assert locations == ["", "Children", "Stacks", "Reference room"]
    dialog.barcode.selectAll()
    scan(qtbot, dialog.barcode, "NEW-LABEL-9")  # a scanner's Enter moves on, it does not save
    assert dialog.isVisible()
    dialog.call_number.setText("891.7 LEM")
    dialog.location.setCurrentIndex(3)
    dialog.price.setText("9,95")
    dialog.notes.setPlainText("Gift of the friends of the library")
    dialog.grab().save("/tmp/edit-copy.png")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(ctx)
    assert closed(dialog)
    detail = ctx.services.catalog.copy_detail(ctx.actor, "NEW-LABEL-9")
    assert detail.values["call_number"] == "891.7 LEM" and detail.values["location"] == "Reference room"
    assert detail.values["price_cents"] == 995 and detail.values["notes"] == "Gift of the friends of the library"
    assert old not in copies_of(ctx, stock, "Solaris")

    # another librarian changes the copy while this dialog is open: this save is refused
    settle(ctx)
    row = next(r for r in range(tab.detail.copies.rowCount()) if tab.detail.copies.row_at(r).barcode == "NEW-LABEL-9")
    tab.detail.table.selectRow(row)
    dialog = tab.detail.edit_copy()
    assert dialog is not None
    ctx.services.catalog.edit_copy(ctx.actor, "NEW-LABEL-9", CopyInput(call_number="891.7 X", location="Stacks"))
    dialog.call_number.setText("891.7 MINE")
    dialog.save()
    settle(ctx)
    assert errors and "changed by someone else" in errors[-1]
    assert ctx.services.catalog.copy_detail(ctx.actor, "NEW-LABEL-9").values["call_number"] == "891.7 X"


def test_statuses_under_more_and_delete_of_a_withdrawn_copy(qtbot, ctx: UiContext, tab: CatalogTab, stock: Stock,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            errors: list[str]) -> None:
    monkeypatch.setattr(forms, "ask_reason", lambda *a, **k: "")  # the confirmation, answered
    first, second = stock.copies["Solaris"]
    tab.detail.table.selectRow(0)
    code = tab.detail.chosen_barcodes()[0]
    for status in ("damaged", "in_repair", "not_for_loan"):
        select(tab, code)
        tab.detail.more_actions[status].trigger()
        settle(ctx)
        assert ctx.services.catalog.copy_detail(ctx.actor, code).status == status
    # a reference copy is never lent
    with pytest.raises(Refused) as info:
        ctx.services.circulation.checkout(ctx.actor, stock.ana, code)
    assert info.value.codes == ["copy_not_for_loan"]

    # delete: refused for a copy that is not withdrawn, the confirmation defaults to Cancel
    monkeypatch.setattr(forms, "confirm_destructive", lambda *a, **k: True)
    tab.detail.more_actions["delete"].trigger()
    settle(ctx)
    assert errors and code in copies_of(ctx, stock, "Solaris")
    select(tab, code)
    tab.detail.set_status("withdrawn")
    settle(ctx)
    select(tab, code)
    tab.detail.more_actions["delete"].trigger()
    settle(ctx)
    assert code not in copies_of(ctx, stock, "Solaris") and len(copies_of(ctx, stock, "Solaris")) == 1
    assert {first, second} - {code} <= set(copies_of(ctx, stock, "Solaris"))


def test_the_delete_question_defaults_to_cancel(qtbot, ctx: UiContext, tab: CatalogTab) -> None:
    from tests.gui.test_forms_scanner import when_shown  # type: ignore[import-not-found]

    tab.detail.table.selectRow(0)
    seen: list[QMessageBox] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box)
        assert box.defaultButton().text() == "Cancel"
        qtbot.keyClick(box, Qt.Key.Key_Return)  # a stray Enter deletes nothing

    when_shown(QMessageBox, answer)
    tab.detail.delete_copies()
    settle(ctx)
    assert seen and len(ctx.services.catalog.book(tab.detail.view.id).copies) == 2  # type: ignore[union-attr]
