"""The Members tab: search, add a member (with validation), the member's file, block,
unblock and renew."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop_app.ui.common.context import UiContext
from desktop_app.ui.members.tab import MembersTab

if TYPE_CHECKING:
    from conftest import Stock


def settle(tab: MembersTab) -> None:
    for _ in range(4):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def make_tab(qtbot, ctx: UiContext) -> MembersTab:  # type: ignore[no-untyped-def]
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    settle(tab)
    return tab


def test_search_finds_members_and_shows_their_file(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Dune"][0])
    tab = make_tab(qtbot, ctx)
    assert tab.model.rowCount() == 2
    tab.search.setText("ruiz")
    settle(tab)
    assert [r.name for r in tab.model.rows()] == ["Ana Ruiz"]
    settle(tab)
    file = tab.detail.file
    assert file is not None and file.detail.card_number == stock.ana
    assert [loan.title for loan in file.card.loans] == ["Dune"]
    assert tab.detail.tabs.tabText(0) == "Loans (1)"
    assert "PIN set" in tab.detail.facts.text()


def test_add_a_member_with_validation(qtbot, ctx: UiContext, stock: Stock) -> None:
    tab = make_tab(qtbot, ctx)
    dialog = tab.new_member()
    dialog.first_name.setText("Chen")
    dialog.last_name.setText("Li")
    dialog.email.setText("not-an-email")
    dialog.save()
    settle(tab)
    box = dialog.findChild(QMessageBox, "errorDialog")
    assert box is not None and "not an email address" in box.text()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.email
    box.close()
    dialog.email.setText("chen.li@example.org")
    dialog.phone.setText("+44 20 7946 0000")
    dialog.category.setCurrentIndex(dialog.category.findData("child"))
    dialog.pin.setText("4321")
    dialog.save()
    settle(tab)
    assert dialog.saved_card is not None
    settle(tab)
    assert [r.name for r in tab.model.rows()] == ["Chen Li"]  # the new member is shown
    detail = tab.browse.member_detail(ctx.actor, dialog.saved_card)
    assert (detail.email, detail.category_code, detail.has_pin) == ("chen.li@example.org", "child", True)


def test_block_unblock_and_renew(qtbot, ctx: UiContext, stock: Stock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, ctx)
    tab.search.setText(stock.ben)
    settle(tab)
    assert tab.current_card() == stock.ben
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("lost card reported", True)))
    tab.block()
    settle(tab)
    settle(tab)
    assert ctx.services.members.get(stock.ben).block_reason == "lost card reported"
    assert not tab.buttons["block"].isEnabled() and tab.buttons["unblock"].isEnabled()
    assert tab.detail.findChild(QMessageBox) is None
    assert any("Blocked: lost card reported" in a.text for a in tab.detail.file.card.alerts)  # type: ignore[union-attr]
    tab.unblock()
    settle(tab)
    assert not ctx.services.members.get(stock.ben).blocked
    before = ctx.services.members.get(stock.ben).expires
    tab.renew()
    settle(tab)
    assert ctx.services.members.get(stock.ben).expires > before
