"""The Desk, driven as a scanner drives it: characters into ``deskScan`` then Enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from sqlalchemy import text

from desktop_app.domain.text import day
from desktop_app.domain.values import Role
from desktop_app.services import Actor
from desktop_app.services.changes import Changes
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.desk.loans import LoansModel
from desktop_app.ui.desk.session_list import KIND_ROLE, ScanRow, SessionListModel
from desktop_app.ui.desk.slip import save_pdf
from desktop_app.ui.desk.tab import DeskTab

if TYPE_CHECKING:
    from conftest import Stock


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_desk(qtbot, ctx: UiContext, clock: Clock | None = None) -> DeskTab:  # type: ignore[no-untyped-def]
    desk = DeskTab(ctx, clock=clock or Clock())
    qtbot.addWidget(desk)
    desk.resize(1100, 700)
    desk.show()
    desk.activateWindow()
    qtbot.waitExposed(desk)
    return desk


def scan(qtbot, desk: DeskTab, code: str, clock: Clock | None = None) -> None:  # type: ignore[no-untyped-def]
    """Type ``code`` into the scan field and press Enter; wait for its result."""
    field = desk.findChild(QLineEdit, "deskScan")
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    if clock is not None:
        clock.now += 3  # the next scan comes later than the double-scan window


def kinds(desk: DeskTab) -> list[str]:
    model = desk.sessions
    return [model.data(model.index(r, 0), KIND_ROLE) for r in range(model.rowCount())]


def test_card_then_three_copies_lends_them_with_due_dates(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    qtbot.waitUntil(desk.findChild(QLineEdit, "deskScan").hasFocus, timeout=2000)
    scan(qtbot, desk, stock.ana, clock)
    assert desk.member.name.text() == "Ana Ruiz"
    codes = [stock.copies["Dune"][0], stock.copies["Emma"][0], stock.copies["Ulysses"][0]]
    for code in codes:
        scan(qtbot, desk, code, clock)
    assert kinds(desk) == ["done", "done", "done"]
    loans = desk.member.loans
    qtbot.waitUntil(lambda: loans.rowCount() == 3, timeout=5000)
    assert sorted(loan.barcode for loan in loans.loans()) == sorted(codes)
    for r in range(loans.rowCount()):
        shown = loans.data(loans.index(r, 3))
        assert shown == day(loans.loan_at(r).due_date)
    session = desk.findChild(QTableView, "deskSessionList").model()
    assert session.data(session.index(0, 4)) == f"Lent, due {day(loans.loan_at(0).due_date)}"
    assert desk.findChild(QLineEdit, "deskScan").hasFocus()
    assert len(desk.slip_items) == 3


def test_refused_copy_is_red_with_the_reason(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.catalog.set_copy_status(ctx.actor, stock.copies["Dune"][0], "withdrawn")
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Dune"][0], clock)
    assert kinds(desk) == ["refused"]
    message = desk.sessions.row_at(0).message
    assert message.startswith("Withdrawn from the collection")  # the row already shows barcode and title
    code = stock.copies["Dune"][0]
    banner = desk.banner.text()  # the title, the barcode and the reason, each said once
    assert banner.startswith(f"'Dune' ({code}): Withdrawn from the collection")
    assert banner.count("Dune") == 1 and banner.count(code) == 1
    assert desk.override_button.isEnabled()  # an admin may lend it despite the refusal
    scan(qtbot, desk, "NO-SUCH-CODE", clock)
    assert kinds(desk) == ["refused", "refused"]
    assert "NO-SUCH-CODE" in desk.sessions.row_at(0).message
    assert not desk.override_button.isEnabled()  # an unknown barcode cannot be overridden


def test_override_with_a_reason_lends_to_a_blocked_member(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.members.block(ctx.actor, stock.ana, "lost library card")
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    assert any("Blocked: lost library card" in text for text in desk.member.alert_texts())
    code = stock.copies["Emma"][1]
    scan(qtbot, desk, code, clock)
    assert kinds(desk) == ["refused"] and desk.override_button.isEnabled()
    asked: list[str] = []
    desk.ask_reason = lambda title, question: asked.append(question) or "card found in bag"  # type: ignore[method-assign]
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClick(desk.findChild(QLineEdit, "deskScan"), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked and code in asked[0]
    assert kinds(desk) == ["done", "refused"]
    assert "override: card found in bag" in desk.sessions.row_at(0).message
    qtbot.waitUntil(lambda: [loan.barcode for loan in desk.member.loans.loans()] == [code], timeout=5000)


def test_desk_staff_may_not_override(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.accounts.create_staff(ctx.actor, username="dora", display_name="Dora Desk",
                                       password="desk-password", role=Role.DESK)
    desk_ctx = UiContext(services=ctx.services, actor=ctx.services.accounts.login("dora", "desk-password"),
                         worker=ctx.worker, settings=ctx.settings, paths=ctx.paths)
    ctx.services.members.block(ctx.actor, stock.ana, "unpaid")
    clock = Clock()
    desk = make_desk(qtbot, desk_ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Emma"][0], clock)
    assert kinds(desk) == ["refused"] and not desk.override_button.isEnabled()
    assert "Ctrl+O" not in desk.sessions.row_at(0).message


def test_return_that_fills_a_hold_says_put_on_hold_shelf(qtbot, ctx: UiContext, stock: Stock) -> None:
    code = stock.copies["Solaris"][0]
    ctx.services.circulation.checkout(ctx.actor, stock.ana, code)
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Solaris"][1])
    ctx.services.holds.place(ctx.actor, stock.ben, stock.books["Solaris"])
    changed: list[Changes] = []
    ctx.events.changed.connect(changed.append)
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, code, clock)  # no member open: a return
    assert kinds(desk) == ["attention"]
    assert desk.banner.text() == "Put on the hold shelf for Ben Okafor. Ctrl+P prints its hold slip."
    assert "hold shelf for Ben Okafor" in desk.sessions.row_at(0).message
    assert any(c.touches("holds") for c in changed)  # the hold shelf's tab hears of it
    assert desk.slip_returns == [("Solaris", code)]


def test_plain_return_in_return_mode_keeps_the_member(qtbot, ctx: UiContext, stock: Stock) -> None:
    code = stock.copies["Dune"][1]
    ctx.services.circulation.checkout(ctx.actor, stock.ana, code)
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    assert len(desk.member.loans.loans()) == 1
    qtbot.keyClick(desk.scan, Qt.Key.Key_F3)
    assert desk.mode_bar.mode() == "return"
    scan(qtbot, desk, code, clock)
    assert kinds(desk) == ["done"] and "Returned by Ana Ruiz" in desk.sessions.row_at(0).message
    qtbot.waitUntil(lambda: desk.member.loans.loans() == [], timeout=5000)
    assert desk.member.card is not None


def test_renew_by_mode_key_and_by_selected_loan(qtbot, ctx: UiContext, stock: Stock, lend_days_ago) -> None:
    first, second = stock.copies["Beloved"][0], stock.copies["Middlemarch"][0]
    lend_days_ago(ctx.actor, stock.ana, first)
    lend_days_ago(ctx.actor, stock.ana, second)
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F4)
    assert desk.mode_bar.mode() == "renew"
    scan(qtbot, desk, first, clock)
    assert kinds(desk) == ["done"] and "Renewed for Ana Ruiz" in desk.sessions.row_at(0).message
    qtbot.waitUntil(lambda: {ln.barcode: ln.renewals for ln in desk.member.loans.loans()}.get(first) == 1,
                    timeout=5000)
    row = [loan.barcode for loan in desk.member.loans.loans()].index(second)
    desk.member.loans_view.selectRow(row)
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClick(desk.scan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: {ln.barcode: ln.renewals for ln in desk.member.loans.loans()}[second] == 1,
                    timeout=5000)


def test_same_barcode_twice_within_two_seconds_is_ignored(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana)
    code = stock.copies["Dune"][0]
    scan(qtbot, desk, code)
    clock.now += 1.5
    qtbot.keyClicks(desk.scan, code)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    ctx.worker.wait_idle()
    qtbot.wait(50)
    assert kinds(desk) == ["done"] and desk.banner.text().startswith(f"Ignored a second scan of {code}")
    clock.now += 2.5  # later on, the same code is a real scan again (refused: already on loan)
    scan(qtbot, desk, code)
    assert kinds(desk) == ["refused", "done"]


def test_escape_ends_the_member_session(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Emma"][0], clock)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Escape)
    assert desk.member.card is None and desk.sessions.rowCount() == 0
    assert "Session of Ana Ruiz ended" in desk.banner.text()
    # the worker's session is closed too: a copy scanned now is returned, not lent
    scan(qtbot, desk, stock.copies["Emma"][1], clock)
    assert desk.sessions.row_at(0).mode == "return"


def test_slip_saves_as_pdf_on_each_paper(qtbot, ctx: UiContext, stock: Stock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Dune"][0], clock)
    slip = desk.current_slip()
    assert slip.member_name == "Ana Ruiz" and slip.items[0][0] == "Dune"
    widths = {}
    for paper in ("a4", "letter", "receipt80"):
        data = save_pdf(slip, tmp_path / f"{paper}.pdf", paper).read_bytes()
        assert data.startswith(b"%PDF")
        box = data.split(b"/MediaBox [", 1)[1].split(b"]", 1)[0].split()
        widths[paper] = round(float(box[2]))
    assert widths == {"a4": 595, "letter": 612, "receipt80": 227}


def test_fees_can_be_paid_at_the_desk(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.fees.charge(ctx.actor, stock.ana, 250, "torn page")
    from desktop_app.ui.desk.dialogs import FeesDialog

    dialog = FeesDialog(ctx, stock.ana, "Ana Ruiz")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    from desktop_app.ui.common.i18n import money_text

    assert dialog.total.text() == f"Open fees: {money_text(250)} (1 open fee)"
    dialog.pay.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert ctx.services.fees.for_member(ctx.actor, stock.ana, open_only=True) == []


def test_item_models_pass_the_model_tester(qtmodeltester, ctx: UiContext, stock: Stock) -> None:
    sessions = SessionListModel()
    qtmodeltester.check(sessions)
    sessions.add(ScanRow("1", "lend", "done", "Lent"))
    sessions.add(ScanRow("2", "return", "attention", "Hold shelf"))
    sessions.add(ScanRow("3", "lend", "refused", "No"))
    qtmodeltester.check(sessions)
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Dune"][0])
    from desktop_app.services.desk_queries import DeskQueries

    q = DeskQueries(ctx.services.library)
    loans = LoansModel()
    qtmodeltester.check(loans)
    loans.set_loans(q.member_card(ctx.actor, q.member_id(stock.ana)).loans)
    qtmodeltester.check(loans)


def test_members_may_read_only_their_own_card(ctx: UiContext, stock: Stock) -> None:
    from desktop_app.domain.errors import PermissionDenied
    from desktop_app.services.desk_queries import DeskQueries

    q = DeskQueries(ctx.services.library)
    ana, ben = q.member_id(stock.ana), q.member_id(stock.ben)
    me = Actor(username=stock.ana, role=Role.MEMBER, member_id=ana)
    assert q.member_card(me, ana).name == "Ana Ruiz"
    try:
        q.member_card(me, ben)
    except PermissionDenied:
        pass
    else:
        raise AssertionError("a member read another member's card")


def test_a_card_scanned_in_return_mode_starts_lending_even_at_scanner_speed(qtbot, ctx: UiContext,
                                                                            stock: Stock) -> None:
    """F3 was left on from the last patron; the next patron's card and books come in one burst,
    faster than the screen switches modes: the books are lent to them, not "returned"."""
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    field = desk.findChild(QLineEdit, "deskScan")
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F3)
    assert desk.mode_bar.mode() == "return"
    books = [stock.copies["Dune"][0], stock.copies["Emma"][0]]
    handled: list[object] = []
    desk.scan_handled.connect(handled.append)
    for code in [stock.ana, *books]:  # no waiting between scans: a queue on the worker
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        clock.now += 3
    qtbot.waitUntil(lambda: len(handled) == 3, timeout=5000)
    assert desk.mode_bar.mode() == "lend" and desk.member.name.text() == "Ana Ruiz"
    assert kinds(desk) == ["done", "done"]
    with ctx.services.library.read() as s:
        lent = s.execute(text("SELECT c.barcode, m.card_number FROM loans l JOIN copies c ON c.id = l.copy_id "
                              "JOIN members m ON m.id = l.member_id WHERE l.returned_at IS NULL")).all()
    assert sorted(lent) == sorted((b, stock.ana) for b in books)
    # Choosing Return after the card is respected: the next book comes back.
    qtbot.keyClick(desk.scan, Qt.Key.Key_F3)
    scan(qtbot, desk, books[0], clock)
    assert "Returned by Ana Ruiz" in desk.sessions.row_at(0).message
