"""The member's self-service window: loans with due dates, renew (with the refusal reason),
holds, search and place a hold, and the automatic logout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTableView

from desktop_app.domain.text import day
from desktop_app.ui.shell.self_service import SelfServiceWindow

if TYPE_CHECKING:
    from conftest import Stock


def open_window(qtbot, services, worker, stock: Stock, idle_ms: int = 60_000) -> SelfServiceWindow:  # type: ignore[no-untyped-def]
    actor = services.accounts.member_login(stock.ana, "1234")
    window = SelfServiceWindow(services, worker, actor, idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def test_renew_shows_new_due_date_or_the_refusal(qtbot, services, admin, worker, stock: Stock,  # type: ignore[no-untyped-def]
                                                 lend_days_ago) -> None:  # type: ignore[no-untyped-def]
    lend_days_ago(admin, stock.ana, stock.copies["Dune"][0])
    lend_days_ago(admin, stock.ana, stock.copies["Emma"][0])
    services.holds.place(admin, stock.ben, stock.books["Emma"])  # Emma cannot be renewed: Ben waits
    window = open_window(qtbot, services, worker, stock)
    loans = window.findChild(QTableView, "selfServiceLoans")
    qtbot.waitUntil(lambda: loans.model().rowCount() == 2, timeout=5000)
    model = window.loans
    barcodes = [model.loan_at(r).barcode for r in range(2)]
    assert model.data(model.index(0, 3)) == day(model.loan_at(0).due_date)

    loans.selectRow(barcodes.index(stock.copies["Emma"][0]))
    window.renew_button.click()
    msg = window.findChild(QLabel, "selfServiceMessage")
    qtbot.waitUntil(msg.isVisible, timeout=5000)
    assert msg.text() == "Cannot be renewed: other members wait for it (1)"

    loans.selectRow(barcodes.index(stock.copies["Dune"][0]))
    window.renew_button.click()
    qtbot.waitUntil(lambda: msg.text().startswith("Renewed 'Dune'"), timeout=5000)
    qtbot.waitUntil(lambda: any(model.loan_at(r).renewals == 1 for r in range(model.rowCount())), timeout=5000)
    row = next(r for r in range(model.rowCount()) if model.loan_at(r).barcode == stock.copies["Dune"][0])
    loans.selectRow(row)
    window.renew_button.click()  # a second touch the same day gains nothing: refused, no renewal used
    qtbot.waitUntil(lambda: "would not give more time" in msg.text(), timeout=5000)
    assert model.loan_at(row).renewals == 1


def test_search_and_place_a_hold_then_cancel_it(qtbot, services, worker, stock: Stock) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, services, worker, stock)
    qtbot.keyClicks(window.search, "Solaris")
    qtbot.waitUntil(lambda: window.results.count() >= 1, timeout=5000)
    assert window.results.item(0).text().startswith("Solaris")
    window.hold_button.click()
    qtbot.waitUntil(lambda: window.holds_list.count() == 1, timeout=5000)
    assert window.holds_list.item(0).text() == "Solaris — waiting"
    window.holds_list.setCurrentRow(0)
    window.cancel_hold_button.click()
    qtbot.waitUntil(lambda: window.holds_list.count() == 0, timeout=5000)


def test_logs_out_by_itself_after_idle_time_and_input_postpones_it(qtbot, services, worker, stock: Stock) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, services, worker, stock, idle_ms=200)
    why: list[str] = []
    window.logged_out.connect(why.append)
    qtbot.wait(120)
    qtbot.keyClick(window.search, "a")  # input restarts the idle timer
    qtbot.wait(120)
    assert why == []
    qtbot.waitUntil(lambda: why == ["idle"], timeout=2000)
    assert not window.isVisible()


def test_log_out_button(qtbot, services, worker, stock: Stock) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, services, worker, stock)
    with qtbot.waitSignal(window.logged_out, timeout=2000) as got:
        window.logout_button.click()
    assert got.args == ["button"]
