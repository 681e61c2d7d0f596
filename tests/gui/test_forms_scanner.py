"""Forms a scanner cannot break (issue 10, item 4): a scanner's Enter moves to the next field
and never saves; Ctrl+Enter or Save saves; a new book's ISBN that the catalog already has
offers a copy of that book; destructive questions default to the safe answer; and no field
throws or half-writes on the inputs a person types on the way to a valid value."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.domain.errors import NotFound
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.ui.catalog.copy_dialog import AddCopiesDialog
from desktop_app.ui.catalog.dialog import BookDialog
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.forms import ReasonDialog
from desktop_app.ui.holds.tab import HoldsTab
from desktop_app.ui.members.dialog import MemberDialog
from desktop_app.ui.members.tab import MembersTab
from desktop_app.ui.settings import backups
from desktop_app.ui.settings.categories import CategoriesEditor
from desktop_app.ui.settings.staff import StaffEditor

if TYPE_CHECKING:
    from conftest import Stock

SCANNER_MS = 2  # a keyboard-wedge scanner types a character every few milliseconds
DUNE_ISBN = "9780441172719"
CTRL = Qt.KeyboardModifier.ControlModifier


def settle(ctx: UiContext) -> None:
    """Let the worker finish and deliver every result."""
    for _ in range(4):
        ctx.worker.wait_idle(20)
        QApplication.processEvents()


def scan(qtbot, widget: QWidget, code: str) -> None:  # type: ignore[no-untyped-def]
    """What a keyboard-wedge scanner does: the code's keys in a burst, then Enter."""
    widget.setFocus()
    qtbot.keyClicks(widget, code, delay=SCANNER_MS)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None], *, tries: int = 1000) -> None:
    """Run ``act`` on the modal ``kind`` once it is shown, from the event loop that modal runs
    (the active modal widget, never a window another test left behind). If none comes within
    ``tries`` rounds of 10 ms, every modal of that kind is closed so the test fails instead of
    waiting for ever."""
    def attempt(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            act(modal)
            return
        if left:
            QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                widget.close()

    QTimer.singleShot(0, lambda: attempt(tries))


def error_box(dialog: QWidget) -> QMessageBox | None:
    box = dialog.findChild(QMessageBox, "errorDialog")
    return box if box is not None and box.isVisible() else None


def member_count(ctx: UiContext) -> int:
    return len(ctx.services.search.members(""))


def book_count(ctx: UiContext) -> int:
    return len(ctx.services.search.books("").ids)


@pytest.fixture
def members_tab(qtbot, ctx: UiContext, stock: Stock) -> MembersTab:  # type: ignore[no-untyped-def]
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    settle(ctx)
    return tab


@pytest.fixture
def catalog_tab(qtbot, ctx: UiContext, stock: Stock) -> CatalogTab:  # type: ignore[no-untyped-def]
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    settle(ctx)
    return tab


def open_member(qtbot, tab: MembersTab) -> MemberDialog:  # type: ignore[no-untyped-def]
    dialog = tab.new_member()
    qtbot.waitExposed(dialog)
    return dialog


def open_book(qtbot, tab: CatalogTab) -> BookDialog:  # type: ignore[no-untyped-def]
    dialog = tab.new_book()
    qtbot.waitExposed(dialog)
    return dialog


# -- the scanner's Enter never saves -------------------------------------------------------------
def test_a_card_scanned_into_new_member_saves_nothing_and_moves_on(qtbot, ctx: UiContext,
                                                                    members_tab: MembersTab) -> None:
    before = member_count(ctx)
    dialog = open_member(qtbot, members_tab)
    scan(qtbot, dialog.card_number, "20000777001")
    settle(ctx)
    assert dialog.isVisible() and dialog.result() == 0 and error_box(dialog) is None
    assert dialog.focusWidget() is dialog.email  # on to the next field
    assert dialog.card_number.text() == "20000777001"
    # Enter walks the whole form without saving: name fields, email, phone, into the address,
    # where Enter is a new line
    dialog.first_name.setFocus()
    seen = []
    for _ in range(5):
        seen.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert seen == [dialog.first_name, dialog.last_name, dialog.card_number, dialog.email, dialog.phone]
    assert dialog.focusWidget() is dialog.address
    qtbot.keyClicks(dialog.address, "1 River Road")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "Riverside")
    assert dialog.address.toPlainText() == "1 River Road\nRiverside" and dialog.focusWidget() is dialog.address
    settle(ctx)
    assert dialog.isVisible() and member_count(ctx) == before
    with pytest.raises(NotFound):
        ctx.services.members.get("20000777001")


def test_a_filled_member_is_saved_by_ctrl_enter(qtbot, ctx: UiContext, members_tab: MembersTab) -> None:
    dialog = open_member(qtbot, members_tab)
    qtbot.keyClicks(dialog.first_name, "Chen")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.focusWidget(), "Li")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    scan(qtbot, dialog.focusWidget(), "20000777002")
    qtbot.keyClicks(dialog.focusWidget(), "chen.li@example.org")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.focusWidget(), "+44 20 7946 0000")
    assert dialog.phone.text() == "+44 20 7946 0000"
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "prefers large print")
    settle(ctx)
    assert dialog.isVisible()  # nothing saved until asked
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter from a multi-line field
    settle(ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_card == "20000777002"
    member = ctx.services.members.get("20000777002")
    assert (member.first_name, member.last_name, member.email, member.phone, member.notes) == (
        "Chen", "Li", "chen.li@example.org", "+44 20 7946 0000", "prefers large print")


def test_keypad_enter_with_ctrl_saves_and_the_save_button_is_not_a_default(qtbot, ctx: UiContext,
                                                                             members_tab: MembersTab) -> None:
    dialog = open_member(qtbot, members_tab)
    assert not dialog.save_button.isDefault() and not dialog.save_button.autoDefault()
    assert "Ctrl+" in dialog.save_button.toolTip()
    qtbot.keyClicks(dialog.last_name, "Okoro")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # keypad Enter
    settle(ctx)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.card_number
    qtbot.keyClick(dialog.card_number, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    settle(ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.services.members.get(dialog.saved_card or "").last_name == "Okoro"


def test_an_isbn_scanned_into_new_book_saves_nothing(qtbot, ctx: UiContext, catalog_tab: CatalogTab) -> None:
    before = book_count(ctx)
    dialog = open_book(qtbot, catalog_tab)
    qtbot.keyClicks(dialog.title, "Neuromancer")
    scan(qtbot, dialog.isbn, "9780441569595")
    settle(ctx)
    assert dialog.isVisible() and error_box(dialog) is None and dialog.isbn_note.text() == "Valid ISBN"
    assert dialog.focusWidget() is dialog.authors  # the next field
    assert book_count(ctx) == before and ctx.services.browse.books_with_isbn("9780441569595") == []
    # Enter in the description is a new line; Ctrl+Return saves
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Cyberpunk.")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.description, "First of a trilogy.")
    settle(ctx)
    assert dialog.isVisible() and book_count(ctx) == before
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)
    settle(ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = ctx.services.browse.books_with_isbn("978-0-441-56959-5")
    view = ctx.services.catalog.book(saved.book_id)
    assert view.values["title"] == "Neuromancer" and view.values["description"] == "Cyberpunk. First of a trilogy."


# -- a duplicate ISBN ------------------------------------------------------------------------------
@pytest.fixture
def dune(ctx: UiContext) -> int:
    """'Dune' (ISBN 978-0-441-17271-9) with one copy."""
    return ctx.services.catalog.add_book(ctx.actor, BookInput(title="Dune", isbn="0-441-17271-7"),
                                         copies=[CopyInput()])


def offer(qtbot, dialog: BookDialog) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.isbn, Qt.Key.Key_Return, CTRL)
    settle(dialog.ctx)
    [box] = [b for b in dialog.findChildren(QMessageBox, "duplicateIsbn") if b.isVisible()]
    return box


def test_a_duplicate_isbn_offers_a_copy_and_enter_goes_back_to_the_form(qtbot, ctx: UiContext,
                                                                         catalog_tab: CatalogTab, dune: int) -> None:
    before = book_count(ctx)
    dialog = open_book(qtbot, catalog_tab)
    qtbot.keyClicks(dialog.title, "Dune (another)")
    scan(qtbot, dialog.isbn, DUNE_ISBN)
    box = offer(qtbot, dialog)
    assert box.text() == "There is already 'Dune' with ISBN 978-0-441-17271-9. Add a copy to it instead?"
    assert box.defaultButton() is box.findChild(QWidget, "duplicateBack")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a stray Enter: back to the form, nothing written
    settle(ctx)
    assert not [b for b in dialog.findChildren(QMessageBox, "duplicateIsbn") if b.isVisible()]
    assert dialog.isVisible() and dialog.focusWidget() is dialog.isbn
    assert book_count(ctx) == before and len(ctx.services.catalog.book(dune).copies) == 1
    box = offer(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    settle(ctx)
    assert dialog.isVisible() and book_count(ctx) == before


def test_accepting_the_offer_adds_a_copy_to_the_existing_book(qtbot, ctx: UiContext, catalog_tab: CatalogTab,
                                                              dune: int) -> None:
    before = book_count(ctx)
    dialog = open_book(qtbot, catalog_tab)
    scan(qtbot, dialog.isbn, "0441172717")  # the ISBN-10 of the same book, title still empty
    box = offer(qtbot, dialog)
    qtbot.mouseClick(box.findChild(QWidget, "duplicateAddCopy"), Qt.MouseButton.LeftButton)
    settle(ctx)
    adding = catalog_tab.findChild(AddCopiesDialog)
    assert adding is not None and "Dune" in adding.windowTitle()
    adding.generated.setChecked(True)  # how many copies, where
    adding.count.setValue(2)
    adding.location.setCurrentText("New arrivals")
    qtbot.keyClick(adding.location, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    settle(ctx)
    settle(ctx)
    assert not dialog.isVisible() and dialog.saved_id is None
    copies = ctx.services.catalog.book(dune).copies
    assert len(copies) == 3 and sum(1 for c in copies if c.location == "New arrivals") == 2
    assert book_count(ctx) == before and len(ctx.services.browse.books_with_isbn(DUNE_ISBN)) == 1
    assert catalog_tab.detail.view is not None and catalog_tab.detail.view.id == dune
    assert catalog_tab.current_book_id() == dune  # the catalog shows the book the copies went to


def test_a_librarian_may_save_a_duplicate_as_a_new_book_anyway(qtbot, ctx: UiContext, catalog_tab: CatalogTab,
                                                               dune: int) -> None:
    dialog = open_book(qtbot, catalog_tab)
    qtbot.keyClicks(dialog.title, "Dune (book club set)")
    scan(qtbot, dialog.isbn, DUNE_ISBN)
    box = offer(qtbot, dialog)
    qtbot.mouseClick(box.findChild(QWidget, "duplicateSaveAnyway"), Qt.MouseButton.LeftButton)
    settle(ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id not in (None, dune)
    assert [m.title for m in ctx.services.browse.books_with_isbn(DUNE_ISBN)] == ["Dune", "Dune (book club set)"]


def test_editing_a_book_does_not_ask_about_its_own_isbn(qtbot, ctx: UiContext, catalog_tab: CatalogTab,
                                                        dune: int) -> None:
    dialog = catalog_tab.open_editor(ctx.services.catalog.book(dune))
    qtbot.keyClicks(dialog.publisher, "Ace")
    qtbot.keyClick(dialog.publisher, Qt.Key.Key_Return, CTRL)
    settle(ctx)
    assert dialog.findChild(QMessageBox, "duplicateIsbn") is None
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.services.catalog.book(dune).values["publisher"] == "Ace"


# -- destructive questions default to the safe answer ----------------------------------------------
def press_enter_on_question(seen: list[str]) -> None:
    """Press Enter on the next question box, noting its name and its default button first."""
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.objectName()}: {box.defaultButton().text()}")
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_shown(QMessageBox, act)


def test_delete_book_defaults_to_keeping_it(qtbot, ctx: UiContext, catalog_tab: CatalogTab, stock: Stock) -> None:
    catalog_tab.search.setText("Solaris")
    settle(ctx)
    assert catalog_tab.current_book_id() == stock.books["Solaris"]
    seen: list[str] = []
    press_enter_on_question(seen)
    catalog_tab.delete_book()
    settle(ctx)
    assert seen == ["deleteBookConfirm: &Keep it"]
    assert ctx.services.catalog.book(stock.books["Solaris"]).values["title"] == "Solaris"  # still there

    def delete(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "&Delete book").click()

    when_shown(QMessageBox, delete)
    catalog_tab.delete_book()
    settle(ctx)
    with pytest.raises(NotFound):
        ctx.services.catalog.book(stock.books["Solaris"])


def test_restoring_a_backup_defaults_to_cancel(qtbot, ctx: UiContext) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    press_enter_on_question(seen)
    assert backups._ask(parent, "Replace the whole library?") is False
    assert seen == [": Cancel"]


def test_cancelling_a_hold_keeps_it_on_enter_and_escape(qtbot, ctx: UiContext, stock: Stock) -> None:
    svc = ctx.services
    for code in stock.copies["Beloved"]:
        svc.circulation.checkout(ctx.actor, stock.ana, code)
    hold = svc.holds.place(ctx.actor, stock.ben, stock.books["Beloved"])
    tab = HoldsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.book_search.setText("Beloved")
    qtbot.keyClick(tab.book_search, Qt.Key.Key_Return)
    settle(ctx)
    tab.queue_table.selectRow(0)

    def waiting() -> list[int]:
        return [h.id for h in svc.holds.queue(stock.books["Beloved"])]

    def stray_keys(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        assert "Ben Okafor" in dialog.findChild(QWidget, "reasonQuestion").text()  # type: ignore[union-attr]
        scan(qtbot, dialog.reason, "20000000018")  # a card scanned into the reason: Enter does not confirm
        assert dialog.isVisible()
        dialog.reason.clear()
        QTest.keyClick(dialog.reason, Qt.Key.Key_Escape)

    when_shown(ReasonDialog, stray_keys)
    tab.cancel(tab.queue_table)
    settle(ctx)
    assert waiting() == [hold.id]

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.reason, "changed their mind")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, CTRL)

    when_shown(ReasonDialog, confirm)
    tab.cancel(tab.queue_table)
    settle(ctx)
    assert waiting() == []


def test_withdrawing_a_copy_needs_the_withdraw_button_not_enter(qtbot, ctx: UiContext, catalog_tab: CatalogTab,
                                                                 stock: Stock) -> None:
    catalog_tab.search.setText("Solaris")
    settle(ctx)
    settle(ctx)
    catalog_tab.detail.table.selectRow(0)
    [code] = catalog_tab.detail.chosen_barcodes()

    def status() -> str:
        return next(c.status for c in ctx.services.catalog.book(stock.books["Solaris"]).copies if c.barcode == code)

    def stray_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog) and code in dialog.findChild(QWidget, "reasonQuestion").text()  # type: ignore[union-attr]
        assert dialog.keep.text() == "Cancel" and not dialog.act.isDefault()
        scan(qtbot, dialog.reason, code)  # the copy scanned into the note
        assert dialog.isVisible()
        dialog.keep.click()

    when_shown(ReasonDialog, stray_enter)
    catalog_tab.detail.buttons["withdraw"].click()
    settle(ctx)
    assert status() == "available"

    def withdraw(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.reason, "water damage")
        qtbot.mouseClick(dialog.act, Qt.MouseButton.LeftButton)

    when_shown(ReasonDialog, withdraw)
    catalog_tab.detail.buttons["withdraw"].click()
    settle(ctx)
    assert status() == "withdrawn"


# -- the staff and category forms -------------------------------------------------------------------
def test_new_staff_account_enter_moves_on_ctrl_enter_saves_and_a_refusal_keeps_the_form(
        qtbot, ctx: UiContext) -> None:
    editor = StaffEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    settle(ctx)
    dialog = editor.add()
    qtbot.waitExposed(dialog)
    scan(qtbot, dialog.username, "dora")
    assert dialog.focusWidget() is dialog.display_name
    qtbot.keyClicks(dialog.display_name, "Dora Desk")
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    settle(ctx)
    assert dialog.isVisible() and [u.username for u in ctx.services.accounts.list_staff(ctx.actor)] == ["admin"]
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return, CTRL)
    settle(ctx)
    box = error_box(dialog)
    assert box is not None and "password" in box.text().lower()
    box.close()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.password
    dialog.password.setText("desk password 1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return, CTRL)
    settle(ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.services.accounts.get_staff("dora").display_name == "Dora Desk"
    settle(ctx)
    assert [u.username for u in editor.model.rows()] == ["admin", "dora"]


def test_category_rules_enter_moves_on_ctrl_enter_saves(qtbot, ctx: UiContext) -> None:
    editor = CategoriesEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    settle(ctx)
    codes = [c.code for c in editor.model.rows()]
    editor.table.selectRow(codes.index("child"))
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Children")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    loan_days = editor.spins["loan_days"]
    assert editor.focusWidget() is loan_days
    loan_days.selectAll()
    qtbot.keyClicks(loan_days, "12")
    settle(ctx)
    child = next(c for c in ctx.services.members.categories() if c.code == "child")
    assert (child.name, child.loan_days) == ("Child", 14)  # Enter saved nothing
    qtbot.keyClick(loan_days, Qt.Key.Key_Return, CTRL)
    settle(ctx)
    child = next(c for c in ctx.services.members.categories() if c.code == "child")
    assert (child.name, child.loan_days) == ("Children", 12)


# -- partial input: what a person types on the way to a valid value ---------------------------------
BOOK_TYPING: dict[str, list[str]] = {
    "title": ["N", "Ne", "Neuromancer"],
    "subtitle": ["A", "A ", "A novel"],
    "isbn": ["9", "97", "978", "978-", "978-0", "978-0-441", "978-0-441-5695", "978-0-441-56959",
             "978-0-441-56959-", "978-0-441-56959-5"],
    "publisher": ["A", "Ac", "Ace"],
    "year": ["1", "19", "198", "1984"],
    "edition": ["1", "1s", "1st"],
    "language": ["e", "en", "eng", "e1"],
    "series": ["S", "Sp", "Sprawl"],
    "subjects": ["S", "Sc", "Sci;", "Sci; ", "Sci; Fi"],
    "call_number": ["8", "82", "823.", "823.9"],
    "description": ["A", "A\n", "A\nb"],
}
MEMBER_TYPING: dict[str, list[str]] = {
    "first_name": ["C", "Ch", "Chen"],
    "last_name": ["L", "Li"],
    "card_number": ["2", "20", "2000", "20000888", "20000888001"],
    "email": ["c", "c@", "c@e", "c@e.", "c@e.o", "c@e.org"],
    "phone": ["+", "+4", "+44", "+44 ", "+44 2", "+44 20 7946 0000"],
    "pin": ["4", "43", "432", "4321"],
    "address": ["1", "1 R", "1 River Rd", "1 River Rd\n", "1 River Rd\nRiverside"],
    "notes": ["l", "la", "large print\n"],
    "expires": ["1", "15", "15 J", "15 Ja", "15 Jan", "15 Jan 2", "15 Jan 20", "15 Jan 203", "15 Jan 2030"],
}
#: The word an error message must name for each field.
NAMED = {"title": "title", "isbn": "isbn", "year": "year", "language": "language", "last_name": "name",
         "email": "email", "phone": "phone", "pin": "pin", "card_number": "card", "expires": "expire"}


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key by key, as a person types, each key reaching the field's handlers."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        widget.selectAll()
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(widget, char)


def refused_naming(dialog: QDialog, key: str, widget: QWidget) -> bool:
    """True when Save was refused with a message that names the field and focuses it."""
    box = error_box(dialog)
    if box is None:
        return False
    assert NAMED[key] in box.text().lower(), box.text()
    box.close()
    QApplication.processEvents()
    assert dialog.isVisible() and dialog.focusWidget() is widget
    return True


def test_every_book_field_takes_partial_input_and_saves_it_or_names_the_field(
        qtbot, ctx: UiContext, catalog_tab: CatalogTab) -> None:
    refused: dict[str, list[str]] = {}
    for key, prefixes in BOOK_TYPING.items():
        for typed in prefixes:
            before = book_count(ctx)
            dialog = open_book(qtbot, catalog_tab)
            widget = dialog.fields[key]
            if key != "title":
                qtbot.keyClicks(dialog.title, "Partial")
            type_into(qtbot, widget, typed)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            settle(ctx)
            if refused_naming(dialog, key, widget):
                refused.setdefault(key, []).append(typed)
                assert book_count(ctx) == before, (key, typed)  # nothing half-written
                dialog.reject()
                continue
            assert dialog.result() == QDialog.DialogCode.Accepted, (key, typed)
            assert book_count(ctx) == before + 1
            values = ctx.services.catalog.book(dialog.saved_id or 0).values
            stored = values["isbn13" if key == "isbn" else key]
            if key == "year":
                assert stored == int(typed)
            elif key == "isbn":
                assert stored == "9780441569595"
            elif key == "language":
                assert stored == typed
            elif key == "subjects":
                assert stored == "; ".join(s.strip() for s in typed.split(";") if s.strip())
            else:
                assert stored == " ".join(typed.split()), (key, typed, stored)
    assert refused == {"isbn": BOOK_TYPING["isbn"][:-1], "language": ["e1"]}


def test_every_member_field_takes_partial_input_and_saves_it_or_names_the_field(
        qtbot, ctx: UiContext, members_tab: MembersTab) -> None:
    refused: dict[str, list[str]] = {}
    for key, prefixes in MEMBER_TYPING.items():
        for typed in prefixes:
            before = member_count(ctx)
            dialog = open_member(qtbot, members_tab)
            widget = dialog.fields[key]
            if key not in ("first_name", "last_name"):
                qtbot.keyClicks(dialog.last_name, "Partial")
            if key == "expires":
                dialog.has_expiry.setChecked(True)
                dialog.expires.setDate(QDate(2031, 6, 30))
            type_into(qtbot, widget, typed)
            if isinstance(widget, QPlainTextEdit):
                assert widget.toPlainText() == typed  # Enter stayed a new line
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            settle(ctx)
            if refused_naming(dialog, key, widget):
                refused.setdefault(key, []).append(typed)
                assert member_count(ctx) == before, (key, typed)  # nothing half-written
                dialog.reject()
                continue
            assert dialog.result() == QDialog.DialogCode.Accepted, (key, typed)
            assert member_count(ctx) == before + 1
            card = dialog.saved_card or ""
            member = ctx.services.members.get(card)
            if key == "card_number":
                assert card == typed
            elif key == "pin":
                assert member.pin_hash and ctx.services.accounts.member_login(card, typed) is not None
            elif key == "expires":
                q = dialog.expires.date()
                assert (member.expires.year, member.expires.month, member.expires.day) == (
                    q.year(), q.month(), q.day())
            elif key in ("address", "notes"):
                assert getattr(member, key) == (" ".join(typed.split()) or None)
            else:
                assert getattr(member, key) == " ".join(typed.split())
    assert refused == {"email": ["c", "c@", "c@e", "c@e."], "phone": ["+", "+4"], "pin": ["4", "43", "432"]}
