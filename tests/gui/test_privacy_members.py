"""The Members tab's privacy actions with real widgets: deleting a member is refused with the
reason while a loan is out, then done after the return once the confirmation naming the
member is answered (the member leaves the list, the loan stays anonymised); the export writes
JSON and PDF; a desk clerk cannot use either button."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import text

from desktop_app.services.people.accounts import staff_actor
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.members.tab import MembersTab

if TYPE_CHECKING:
    from conftest import Stock

SHOTS = Path("/tmp/privacy-shots")


def settle(tab: MembersTab) -> None:
    for _ in range(6):
        tab.ctx.worker.wait_idle(20)
        QApplication.processEvents()


def make_tab(qtbot, ctx: UiContext, card: str) -> MembersTab:  # type: ignore[no-untyped-def]
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    settle(tab)
    tab.search.setText(card)
    settle(tab)
    assert tab.current_card() == card
    return tab


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_delete_refused_while_a_loan_is_out_then_done_after_the_return(qtbot, ctx: UiContext,
                                                                        stock: Stock) -> None:
    barcode = stock.copies["Dune"][0]
    ctx.services.circulation.checkout(ctx.actor, stock.ana, barcode)
    ctx.services.holds.place(ctx.actor, stock.ana, stock.books["Emma"])
    tab = make_tab(qtbot, ctx, stock.ana)
    shot(tab, "members-tab")
    assert tab.buttons["delete"].isEnabled()
    tab.buttons["delete"].click()
    settle(tab)
    box = tab.privacy.box
    assert box is not None and box.objectName() == "deleteRefused" and box.isVisible()
    assert "Ana Ruiz (card" in box.text() and "Ana Ruiz still has 1 item on loan" in box.informativeText()
    shot(box, "delete-refused")
    box.close()
    ctx.services.circulation.checkin(ctx.actor, barcode)
    settle(tab)
    tab.delete_member()
    settle(tab)
    box = tab.privacy.box
    assert box is not None and box.objectName() == "confirmDeleteMember"
    assert "Delete Ana Ruiz" in box.text() and "Their hold will be cancelled" in box.informativeText()
    shot(box, "delete-confirm")
    keep = next(b for b in box.findChildren(QPushButton) if b.text() == "Keep")
    keep.click()  # "Keep" deletes nothing
    settle(tab)
    assert ctx.services.members.get(stock.ana).card_number == stock.ana
    tab.delete_member()
    settle(tab)
    box = tab.privacy.box
    assert box is not None
    box.findChild(QPushButton, "confirmDelete").click()
    settle(tab)
    settle(tab)
    assert stock.ana not in [r.card_number for r in tab.model.rows()]
    tab.search.setText("")
    settle(tab)
    assert [r.name for r in tab.model.rows()] == ["Ben Okafor"]
    with ctx.services.library.read() as s:
        loans = s.execute(text("SELECT member_id, returned_at IS NOT NULL FROM loans")).all()
        holds = s.execute(text("SELECT member_id, status FROM holds")).all()
    assert [tuple(r) for r in loans] == [(None, 1)] and [tuple(r) for r in holds] == [(None, "cancelled")]


def test_export_writes_json_and_pdf(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path) -> None:
    ctx.services.circulation.checkout(ctx.actor, stock.ben, stock.copies["Solaris"][0])
    tab = make_tab(qtbot, ctx, stock.ben)
    for name in ("ben.json", "ben.pdf"):
        tab.privacy.chooser = lambda _parent, _suggested, name=name: str(tmp_path / name)
        tab.buttons["export"].click()
        settle(tab)
        box = tab.privacy.box
        assert box is not None and box.objectName() == "privacyMessage" and "Ben Okafor" in box.text()
        box.close()
    assert json.loads((tmp_path / "ben.json").read_text(encoding="utf-8"))["loans"][0]["barcode"] == \
        stock.copies["Solaris"][0]
    assert (tmp_path / "ben.pdf").read_bytes().startswith(b"%PDF")
    tab.privacy.chooser = lambda _parent, _suggested: None  # cancelled: nothing happens
    tab.export_data()
    settle(tab)
    assert tab.privacy.box is not None and not tab.privacy.box.isVisible()


def test_a_desk_clerk_has_no_export_or_delete(qtbot, ctx: UiContext, stock: Stock) -> None:
    admin = ctx.actor
    ctx.services.accounts.create_staff(admin, username="clerk", display_name="Cleo Clerk", password="clerk pass 1",
                                       role="desk")
    ctx.actor = staff_actor(ctx.services.accounts.get_staff("clerk"))
    tab = make_tab(qtbot, ctx, stock.ben)
    assert not tab.buttons["export"].isEnabled() and not tab.buttons["delete"].isEnabled()
    assert tab.buttons["edit"].isEnabled()  # the rest of the tab is theirs
