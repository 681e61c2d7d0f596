"""Fines run up while a book is out, as the desk's member panel and the member's self-service
window show them: the loan row says its fine so far, the panel what is owed so far, and a renewal
at the desk charges exactly what was shown."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from test_desk import Clock, make_desk, scan
from test_self_service import open_window

from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.i18n import money_text
from desktop_app.ui.desk.loans import DUE, fit_loan_columns

if TYPE_CHECKING:
    from conftest import Stock

SHOTS = os.environ.get("FINES_SHOTS")  # a folder: save what the tests show, to look at


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_scanning_a_member_with_an_overdue_loan_shows_the_fine_so_far(qtbot, ctx: UiContext, stock: Stock,  # type: ignore[no-untyped-def]
                                                                     lend_days_ago) -> None:
    services = ctx.services
    lend_days_ago(ctx.actor, stock.ana, stock.copies["Dune"][0], days=40)  # due 19 days ago
    lend_days_ago(ctx.actor, stock.ana, stock.copies["Emma"][0], days=2)  # not due yet
    card = services.queries.member_card(ctx.actor, services.queries.member_id(stock.ana))
    late = next(loan for loan in card.loans if loan.barcode == stock.copies["Dune"][0])
    assert late.accrued_fine_cents > 0 and card.accrued_cents == late.accrued_fine_cents
    assert all(loan.accrued_fine_cents == 0 for loan in card.loans if loan is not late)

    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    fit_loan_columns(desk.member.loans_view, author=False)  # as the main window does
    scan(qtbot, desk, stock.ana, clock)
    panel = desk.member
    amount = money_text(late.accrued_fine_cents)
    qtbot.waitUntil(lambda: panel.loans.rowCount() == 2, timeout=5000)
    assert f"owes {amount} so far in fines of overdue loans" in panel.details.text()
    model = panel.loans
    row = next(r for r in range(model.rowCount()) if model.loan_at(r).barcode == stock.copies["Dune"][0])
    assert f"fine {amount})" in model.data(model.index(row, DUE))
    assert amount in model.data(model.index(row, DUE), Qt.ItemDataRole.AccessibleTextRole)
    assert amount in model.data(model.index(row, DUE), Qt.ItemDataRole.ToolTipRole)
    other = 1 - row
    assert "fine" not in model.data(model.index(other, DUE))
    _shot(desk, "desk_fine_so_far")

    # A fee on top: the panel adds them up.
    services.fees.charge(ctx.actor, stock.ana, 250, "Damaged cover")
    scan(qtbot, desk, stock.ana, clock)
    total = money_text(250 + late.accrued_fine_cents)
    qtbot.waitUntil(lambda: f"owes {total} so far" in panel.details.text(), timeout=5000)
    assert f"({money_text(250)} in fees, {amount} in fines of overdue loans)" in panel.details.text()

    renewed = services.circulation.renew(ctx.actor, stock.copies["Dune"][0])
    assert renewed.fee_cents == late.accrued_fine_cents  # what the desk showed is what is charged


def test_self_service_shows_what_the_member_owes_so_far(qtbot, services, admin, worker, stock: Stock,  # type: ignore[no-untyped-def]
                                                       lend_days_ago) -> None:
    lend_days_ago(admin, stock.ana, stock.copies["Dune"][0], days=40)
    services.fees.charge(admin, stock.ana, 100, "Lost card")
    card = services.queries.member_card(admin, services.queries.member_id(stock.ana))
    window = open_window(qtbot, services, worker, stock)
    owed = window.findChild(QLabel, "selfServiceOwed")
    qtbot.waitUntil(owed.isVisible, timeout=5000)
    assert owed.text().startswith(f"You owe {money_text(card.owed_so_far_cents)} so far: {money_text(100)} in fees "
                                  f"and {money_text(card.accrued_cents)} in fines of overdue books")
    loans = window.findChild(QTableView, "selfServiceLoans")
    assert f"fine {money_text(card.accrued_cents)}" in loans.model().data(loans.model().index(0, DUE))
    window.resize(1000, 600)
    _shot(window, "self_service_owed")
    loans.selectRow(0)
    window.renew_button.click()
    msg = window.findChild(QLabel, "selfServiceMessage")
    qtbot.waitUntil(lambda: msg.text().startswith("Renewed 'Dune'"), timeout=5000)
    assert f"A fine of {money_text(card.accrued_cents)} for the days it was late is now owed." in msg.text()
    qtbot.waitUntil(lambda: owed.text() == f"You owe {money_text(100 + card.accrued_cents)} in fees.", timeout=5000)


def test_self_service_says_why_an_overdue_loan_is_not_renewed(qtbot, services, admin, worker, stock: Stock,  # type: ignore[no-untyped-def]
                                                             lend_days_ago) -> None:
    services.setup.update_settings(admin, renew_overdue="refuse")
    lend_days_ago(admin, stock.ana, stock.copies["Dune"][0], days=40)
    window = open_window(qtbot, services, worker, stock)
    loans = window.findChild(QTableView, "selfServiceLoans")
    qtbot.waitUntil(lambda: loans.model().rowCount() == 1, timeout=5000)
    loans.selectRow(0)
    window.renew_button.click()
    msg = window.findChild(QLabel, "selfServiceMessage")
    qtbot.waitUntil(msg.isVisible, timeout=5000)
    assert msg.text().startswith("Was due on ") and "an overdue loan is not renewed; it must be returned" in msg.text()
    assert services.fees.for_member(admin, stock.ana) == []  # refused: nothing charged
