"""Money at the desk, as a clerk takes it: the member's card scanned, F8 for the fees, the
amount handed over typed and Enter. Change is shown before paying, a part payment leaves the
balance (in the database and on screen), a receipt comes out (its PDF read back), a librarian
adds a charge, the library's currency is on every amount, and what is no amount is refused
with a message while nothing is paid."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from test_i18n_wrapped import escaped, pseudo, untranslated  # noqa: F401  (the pseudo translation and its check)

from desktop_app.config import LocalSettings
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.i18n import money_text, set_currency
from desktop_app.ui.desk.dialogs import ChargeDialog, FeesDialog
from desktop_app.ui.desk.slip import SlipDialog, hold_slip, save_pdf, slip_html
from desktop_app.ui.desk.tab import DeskTab

if TYPE_CHECKING:
    from conftest import Stock

SCANNER_MS = 2


@pytest.fixture(autouse=True)
def locale_currency() -> Iterator[None]:
    """Each test starts and ends with the locale's own currency."""
    set_currency("")
    yield
    set_currency("")


def type_and_enter(qtbot, field: QWidget, text: str, *, delay: int = -1) -> None:  # type: ignore[no-untyped-def]
    """Replace what the field holds with ``text`` as typed, then press Enter."""
    field.setFocus()
    if isinstance(field, QLineEdit):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(field, text, delay=delay)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def when_shown(kind: type[QWidget], act: Callable[[Any], None], done: list[BaseException | None]) -> None:
    """Run ``act`` on the modal ``kind`` once it is on screen, from the event loop the modal
    runs; the modal is closed afterwards whatever happens (``done`` gets None or the error)."""
    def attempt(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                try:
                    act(widget)
                    done.append(None)
                except BaseException as exc:  # noqa: BLE001 - re-raised by the test after the modal closed
                    done.append(exc)
                finally:
                    widget.reject()
                return
        if left:
            QTimer.singleShot(10, lambda: attempt(left - 1))
        else:
            done.append(AssertionError(f"no {kind.__name__} was shown"))

    QTimer.singleShot(0, lambda: attempt(500))


def settled(done: list[BaseException | None]) -> None:
    assert done, "the modal's steps did not run"
    if done[0] is not None:
        raise done[0]


def open_fees(qtbot, ctx: UiContext, card: str, name: str = "Ana Ruiz") -> FeesDialog:  # type: ignore[no-untyped-def]
    dialog = FeesDialog(ctx, card, name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.total.text()), timeout=5000)
    return dialog


def fee_state(ctx: UiContext, card: str) -> list[tuple[int, int, bool]]:
    """(amount, paid, paid in full) of each of the member's fees, oldest first."""
    return [(f.amount_cents, f.paid_cents, f.paid) for f in ctx.services.fees.for_member(ctx.actor, card)]


def pdf_text(path: Path) -> str:
    doc = QPdfDocument()
    doc.load(str(path))
    return " ".join(doc.getAllText(page).text() for page in range(doc.pageCount()))


def test_more_than_owed_shows_the_change_then_pays_and_prints_a_receipt(qtbot, ctx: UiContext, stock: Stock,
                                                                         tmp_path: Path) -> None:
    ctx.services.fees.charge(ctx.actor, stock.ana, 250, "torn page")
    desk = DeskTab(ctx)
    qtbot.addWidget(desk)
    desk.resize(1100, 700)
    desk.show()
    qtbot.waitExposed(desk)
    field = desk.findChild(QLineEdit, "deskScan")
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        type_and_enter(qtbot, field, stock.ana, delay=SCANNER_MS)
    qtbot.waitUntil(lambda: desk.fees_button.isEnabled(), timeout=5000)
    seen: dict[str, Any] = {}

    def pay(dialog: FeesDialog) -> None:
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
        seen["prefilled"] = dialog.received.text()
        seen["total"] = dialog.total.text()
        dialog.received.selectAll()
        qtbot.keyClicks(dialog.received, "10")
        seen["change"] = dialog.change.text()
        qtbot.keyClick(dialog.received, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.receipt is not None and dialog.table.rowCount() == 0, timeout=5000)
        seen["message"] = dialog.message.text()
        seen["receipt"] = dialog.receipt
        seen["after"] = dialog.total.text()

    done: list[BaseException | None] = []
    when_shown(FeesDialog, pay, done)
    qtbot.keyClick(desk, Qt.Key.Key_F8)  # the desk's key for the member's fees
    settled(done)
    assert seen["prefilled"] == "2.50"
    assert seen["total"].startswith(f"Open fees: {money_text(250)}")
    assert seen["change"] == f"Change to give back: {money_text(750)}"
    assert fee_state(ctx, stock.ana) == [(250, 250, True)]
    assert seen["message"] == f"Paid {money_text(250)}. Give back {money_text(750)} change."
    assert seen["after"] == "No open fees."
    receipt = seen["receipt"]
    assert (receipt.kind, receipt.member_name, receipt.card_number) == ("receipt", "Ana Ruiz", stock.ana)
    assert receipt.totals == [("Paid", money_text(250)), ("Received", money_text(1000)),
                              ("Change", money_text(750)), ("Still owed", money_text(0))]
    assert receipt.payments[0][0].startswith("Charge: torn page (") and receipt.payments[0][1] == money_text(250)
    text = pdf_text(save_pdf(receipt, tmp_path / "receipt.pdf", "receipt80"))
    for words in ("Test Library", "Ana Ruiz", stock.ana, "Receipt", "torn page", "Received", money_text(1000),
                  "Change", money_text(750), "Still owed"):
        assert words in text, words


def test_a_part_payment_leaves_the_balance_in_the_database_and_on_screen(qtbot, ctx: UiContext,
                                                                         stock: Stock) -> None:
    ctx.services.fees.charge(ctx.actor, stock.ana, 500, "Lost card")
    dialog = open_fees(qtbot, ctx, stock.ana)
    assert dialog.received.text() == "5.00" and dialog.received.hasFocus()
    dialog.received.selectAll()
    qtbot.keyClicks(dialog.received, "2")
    assert dialog.change.text() == f"Part payment: {money_text(300)} will be left to pay"
    qtbot.keyClick(dialog.received, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.table.item(0, 5) is not None
                    and dialog.table.item(0, 5).text() == money_text(300), timeout=5000)
    assert fee_state(ctx, stock.ana) == [(500, 200, False)]
    assert dialog.table.item(0, 4).text() == money_text(200)
    assert dialog.total.text() == f"Open fees: {money_text(300)} (1 open fee)"
    assert dialog.message.text() == f"Paid {money_text(200)}; {money_text(300)} still owed."
    assert dialog.received.text() == ""  # a second Enter pays nothing by accident
    assert dialog.receipt is not None
    assert dialog.receipt.payments[0][0].endswith(f"; {money_text(300)} left to pay")
    assert ("Still owed", money_text(300)) in dialog.receipt.totals
    type_and_enter(qtbot, dialog.received, "")
    assert "Type the amount received" in dialog.message.text()
    assert fee_state(ctx, stock.ana) == [(500, 200, False)]
    type_and_enter(qtbot, dialog.received, "3")  # the rest closes it
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert fee_state(ctx, stock.ana) == [(500, 500, True)]


def test_the_money_goes_to_the_chosen_fees_oldest_first(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.fees.charge(ctx.actor, stock.ana, 250, "Photocopies")
    ctx.services.fees.charge(ctx.actor, stock.ana, 400, "Printing")
    dialog = open_fees(qtbot, ctx, stock.ana)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert dialog.received.text() == "6.50"
    dialog.table.selectRow(1)  # only the printing
    assert dialog.received.text() == "4.00" and dialog.selected.text() == f"Chosen: {money_text(400)}"
    type_and_enter(qtbot, dialog.received, "5")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert fee_state(ctx, stock.ana) == [(250, 0, False), (400, 400, True)]
    assert dialog.last_payment is not None and dialog.last_payment.change_cents == 100


@pytest.mark.parametrize(("typed", "says"), [
    ("abc", "“abc” is not an amount of money: type it like 5.00"),
    ("-3", "is not more than zero: type the amount received"),
    ("0", "is not more than zero: type the amount received"),
    ("", "Type the amount received, like 5.00"),
])
def test_what_is_no_amount_gets_a_message_and_nothing_is_paid(qtbot, ctx: UiContext, stock: Stock, typed: str,
                                                              says: str) -> None:
    ctx.services.fees.charge(ctx.actor, stock.ana, 250, "torn page")
    dialog = open_fees(qtbot, ctx, stock.ana)
    type_and_enter(qtbot, dialog.received, typed)
    ctx.worker.wait_idle(10)
    QApplication.processEvents()
    assert dialog.message.isVisible() and says in dialog.message.text()
    assert dialog.received.hasFocus()
    assert dialog.receipt is None
    assert fee_state(ctx, stock.ana) == [(250, 0, False)]
    qtbot.keyClicks(dialog.received, "5")  # mending the amount takes the complaint away
    assert not dialog.message.isVisible()


def test_a_librarian_charges_a_fee_at_the_desk(qtbot, ctx: UiContext, stock: Stock) -> None:
    dialog = open_fees(qtbot, ctx, stock.ben, "Ben Okafor")
    assert dialog.total.text() == "No open fees." and dialog.charge.isEnabled()
    seen: dict[str, str] = {}

    def charge(form: ChargeDialog) -> None:
        type_and_enter(qtbot, form.amount, "1.50")
        seen["no reason"] = form.message.text()
        assert form.isVisible()  # refused: still open
        form.reason.lineEdit().setFocus()
        qtbot.keyClicks(form.reason.lineEdit(), "Printing, 6 pages")
        form.ok.click()
        seen["result"] = str(form.result())
        dialog.charge_now(*form.values())

    done: list[BaseException | None] = []
    when_shown(ChargeDialog, charge, done)
    dialog.charge.click()
    settled(done)
    assert seen["no reason"] == "Say what the charge is for, like “Lost card”"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    fees = ctx.services.fees.for_member(ctx.actor, stock.ben)
    assert [(f.kind, f.amount_cents, f.note, f.open) for f in fees] == [("manual", 150, "Printing, 6 pages", True)]
    assert dialog.message.text() == f"Charged {money_text(150)}: Printing, 6 pages"
    assert dialog.received.text() == "1.50"


def test_a_charge_needs_an_amount_and_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ChargeDialog("Ben Okafor")
    qtbot.addWidget(form)
    form.show()
    for amount, reason, says in (("", "Lost card", "Type the amount to charge"),
                                 ("two", "Lost card", "“two” is not an amount"),
                                 ("-1", "Lost card", "is not more than zero"),
                                 ("2", "  ", "Say what the charge is for")):
        form.amount.setText(amount)
        form.reason.setEditText(reason)
        form.ok.click()
        assert form.isVisible() and says in form.message.text(), (amount, reason)


def test_desk_clerks_take_money_but_do_not_charge(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.accounts.create_staff(ctx.actor, username="dora", display_name="Dora Desk", password="desk-password",
                                       role="desk")
    ctx.services.fees.charge(ctx.actor, stock.ana, 250, "torn page")
    clerk = UiContext(services=ctx.services, actor=ctx.services.accounts.login("dora", "desk-password"),
                      worker=ctx.worker, settings=LocalSettings(ctx.paths.settings_file), paths=ctx.paths)
    dialog = open_fees(qtbot, clerk, stock.ana)
    assert not dialog.charge.isEnabled() and not dialog.waive.isEnabled()
    assert dialog.charge.toolTip() == "Only librarians charge fees"
    type_and_enter(qtbot, dialog.received, "2.50")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert fee_state(ctx, stock.ana) == [(250, 250, True)]
    clerk.close()


def test_the_library_currency_is_on_the_dialog_and_the_receipt(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.fees.charge(ctx.actor, stock.ana, 250, "torn page")
    ctx.services.setup.update_settings(ctx.actor, currency="eur")  # heard by the open context
    dialog = open_fees(qtbot, ctx, stock.ana)
    assert "€" in dialog.total.text() and "€" in dialog.table.item(0, 5).text()
    dialog.received.selectAll()
    qtbot.keyClicks(dialog.received, "5")
    assert "€" in dialog.change.text()
    qtbot.keyClick(dialog.received, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=5000)
    assert all("€" in amount for _, amount in dialog.receipt.totals)
    assert "€" in slip_html(dialog.receipt)
    ctx.services.setup.update_settings(ctx.actor, currency="")
    assert "€" not in money_text(250)


def test_a_hold_slip_names_the_book_the_member_and_the_last_day(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    slip = hold_slip(library_name="Hill Library", title="Dune", barcode="31000042", member_name="Ana Ruiz",
                     card_number="20000001", pickup_by=date(2026, 3, 12), desk="Front desk", staff="Ada Admin")
    assert (slip.kind, slip.items, slip.pickup_by) == ("hold", [("Dune", "31000042", "")], "12 Mar 2026")
    for paper in ("a4", "receipt80"):
        text = pdf_text(save_pdf(slip, tmp_path / f"hold-{paper}.pdf", paper))
        for words in ("Hill Library", "ON HOLD", "Ana Ruiz", "Card 20000001", "Dune", "31000042", "Keep until",
                      "12 Mar 2026"):
            assert words in text, (paper, words)


def test_the_fee_dialogs_and_slips_speak_through_tr(qtbot, ctx: UiContext, stock: Stock, pseudo) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    ctx.services.fees.charge(ctx.actor, stock.ana, 500, "Lost card")
    dialog = open_fees(qtbot, ctx, stock.ana)
    assert untranslated(dialog) == [] and not escaped(dialog.total.text())
    type_and_enter(qtbot, dialog.received, "abc")
    assert untranslated(dialog) == [] and not escaped(dialog.message.text())
    type_and_enter(qtbot, dialog.received, "2")
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=5000)
    assert untranslated(dialog) == [] and not escaped(dialog.message.text())
    assert dialog.receipt is not None
    for label, _amount in dialog.receipt.totals:
        assert not escaped(label), label
    assert not escaped(dialog.receipt.payments[0][0])
    hold = hold_slip(library_name="Hill Library", title="Dune", barcode="31000042", member_name="Ana Ruiz",
                     card_number="20000001", pickup_by=date(2026, 3, 12))
    for slip in (dialog.receipt, hold):
        preview = SlipDialog(slip)
        qtbot.addWidget(preview)
        assert untranslated(preview) == []
    form = ChargeDialog("Ana Ruiz")
    qtbot.addWidget(form)
    form.show()
    form.ok.click()
    assert untranslated(form) == [] and not escaped(form.message.text())
