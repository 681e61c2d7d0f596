"""The desk as a clerk lives it (issue 10, items 1 and 2): a scan means what the clerk expects
wherever focus is, conflicts are solved with one Enter, the member's limits are in sight.
Every test types like a scanner (keys at once, then Enter) and checks the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import text
from test_desk import Clock, kinds, make_desk, scan
from test_login import make_login

from desktop_app.config import DESK_SOUND
from desktop_app.services.desk_queries import MemberCard, member_alerts
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.desk.actions import LEND_DESPITE_HOLDS, LEND_NOT_LENT, RETURN_AND_LEND
from desktop_app.ui.desk.dialogs import ReasonDialog
from desktop_app.ui.desk.tab import DeskTab
from desktop_app.ui.shell.login import LoginWindow

if TYPE_CHECKING:
    from conftest import Stock


def borrower(ctx: UiContext, barcode: str) -> str | None:
    """The card number of whoever has ``barcode`` on loan, read from the database."""
    with ctx.services.library.read() as s:
        return s.execute(text(
            "SELECT m.card_number FROM loans l JOIN copies c ON c.id = l.copy_id JOIN members m ON m.id = l.member_id "
            "WHERE c.barcode = :b AND l.returned_at IS NULL"), {"b": barcode}).scalar()


def enter(qtbot, desk: DeskTab) -> None:  # type: ignore[no-untyped-def]
    """Enter on the empty scan field: yes to the desk's question."""
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClick(desk.scan, Qt.Key.Key_Return)


def asked_to_return_and_lend(qtbot, ctx: UiContext, stock: Stock) -> tuple[DeskTab, Clock, str]:  # type: ignore[no-untyped-def]
    """Dune lent to Ben, Ana at the desk, Dune scanned: the desk's question (return it and lend it
    to Ana?) is on screen. The desk, its clock and Dune's barcode."""
    code = stock.copies["Dune"][0]
    ctx.services.circulation.checkout(ctx.actor, stock.ben, code)
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, code, clock)
    return desk, clock, code


def test_return_mode_with_a_member_asks_to_lend_a_copy_that_was_not_on_loan(qtbot, ctx: UiContext,
                                                                           stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F3)
    assert desk.mode_bar.mode() == "return"
    assert desk.banner.text().startswith("Return mode")  # the mode is said in the banner
    code = stock.copies["Emma"][0]
    scan(qtbot, desk, code, clock)
    assert kinds(desk) == ["refused"]
    assert desk.offer is not None and desk.offer.kind == LEND_NOT_LENT
    assert "Not lent: lend it to Ana Ruiz? [Enter]" in desk.banner.text()
    assert borrower(ctx, code) is None  # nothing happened yet
    enter(qtbot, desk)
    assert borrower(ctx, code) == stock.ana
    assert kinds(desk)[0] == "done" and desk.offer is None


def test_a_copy_on_loan_to_another_member_is_returned_and_lent_with_one_enter(qtbot, ctx: UiContext,
                                                                              stock: Stock) -> None:
    desk, clock, code = asked_to_return_and_lend(qtbot, ctx, stock)
    assert desk.offer is not None and desk.offer.kind == RETURN_AND_LEND
    banner = desk.banner.text()
    assert "return it and lend it to Ana Ruiz? [Enter]" in banner
    assert "Ben" not in banner and "Okafor" not in banner  # the patron never sees who had it
    assert borrower(ctx, code) == stock.ben
    enter(qtbot, desk)
    assert borrower(ctx, code) == stock.ana
    assert desk.sessions.row_at(0).message.startswith("Returned from the other member and lent, due")
    with ctx.services.library.read() as s:  # Ben's loan was closed, not deleted
        closed = s.execute(text("SELECT count(*) FROM loans l JOIN members m ON m.id = l.member_id "
                                "WHERE m.card_number = :c AND l.returned_at IS NOT NULL"), {"c": stock.ben}).scalar()
    assert closed == 1


def test_another_scan_lets_the_question_go(qtbot, ctx: UiContext, stock: Stock) -> None:
    desk, clock, code = asked_to_return_and_lend(qtbot, ctx, stock)
    assert desk.offer is not None
    other = stock.copies["Emma"][0]
    scan(qtbot, desk, other, clock)  # the clerk put Dune aside and went on
    assert borrower(ctx, other) == stock.ana and desk.offer is None
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)  # a stray Enter now does nothing
    ctx.worker.wait_idle()
    desk.worker.wait_idle()
    assert borrower(ctx, code) == stock.ben


def test_a_title_others_wait_for_is_lent_only_after_a_warning(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.holds.place(ctx.actor, stock.ben, stock.books["Emma"])
    code = stock.copies["Emma"][1]
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, code, clock)
    assert kinds(desk) == ["attention"]  # amber: a warning, not a block
    assert desk.offer is not None and desk.offer.kind == LEND_DESPITE_HOLDS
    assert "Other members wait for this title (1)" in desk.banner.text()
    assert borrower(ctx, code) is None
    enter(qtbot, desk)
    assert borrower(ctx, code) == stock.ana


def test_scans_reach_the_scan_field_after_a_loan_was_clicked(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Dune"][0], clock)
    qtbot.waitUntil(lambda: desk.member.loans.rowCount() == 1, timeout=5000)
    view = desk.member.loans_view
    view.setFocus()  # the clerk clicked a loan to look at it
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    code = stock.copies["Emma"][0]
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClicks(view, code)
        qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert borrower(ctx, code) == stock.ana and desk.scan.hasFocus()


def test_a_scan_into_a_dialog_over_the_desk_is_a_scan_not_its_text(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    dialog = ReasonDialog("Override", "Why?", desk)
    dialog.open()  # window-modal, like the override's question
    field = dialog.findChild(QLineEdit)
    qtbot.waitUntil(field.isVisible, timeout=2000)
    qtbot.keyClicks(field, "no ")  # the clerk had begun typing a reason
    qtbot.wait(120)  # ... and paused, longer than a scanner ever does between two keys
    code = stock.copies["Solaris"][0]
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert borrower(ctx, code) == stock.ana
    assert field.text() == "no " and dialog.isVisible()  # the dialog keeps what the clerk typed
    dialog.reject()


def test_slow_typing_into_a_dialog_stays_text(qtbot, ctx: UiContext, stock: Stock) -> None:
    desk = make_desk(qtbot, ctx)
    times = iter(float(i) for i in range(100))  # one key a second
    desk.keys.bursts._clock = lambda: next(times)
    dialog = ReasonDialog("Override", "Why?", desk)
    dialog.open()
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "123456")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    desk.worker.wait_idle()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.reason() == "123456"


def test_up_down_pick_a_loan_and_ctrl_r_renews_it_or_says_why_not(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    for title in ("Dune", "Emma"):
        scan(qtbot, desk, stock.copies[title][0], clock)
    qtbot.waitUntil(lambda: desk.member.loans.rowCount() == 2, timeout=5000)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    first = desk.member.selected_barcode()
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    second = desk.member.selected_barcode()
    qtbot.keyClick(desk.scan, Qt.Key.Key_Up)
    assert first is not None and second is not None and first != second
    assert desk.member.selected_barcode() == first and desk.scan.hasFocus()
    with qtbot.waitSignal(desk.scan_handled, timeout=5000):
        qtbot.keyClick(desk.scan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    row = desk.sessions.row_at(0)
    assert row.barcode == first and row.mode == "renew" and row.kind == "refused"
    assert "would not give more time" in row.message  # lent today: renewing gains nothing
    with ctx.services.library.read() as s:
        renewals = s.execute(text("SELECT sum(renewals) FROM loans WHERE returned_at IS NULL")).scalar()
    assert renewals == 0


def test_a_new_card_ends_the_session_and_keeps_its_slip(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Dune"][0], clock)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F3)  # the clerk had switched to Return meanwhile
    scan(qtbot, desk, stock.ben, clock)
    assert desk.member.name.text() == "Ben Okafor" and desk.mode_bar.mode() == "lend"
    assert desk.sessions.rowCount() == 0  # Ana's rows are gone from the screen
    assert "Session of Ana Ruiz ended: Ctrl+Shift+P prints their slip" in desk.banner.text()
    assert desk.previous_slip is not None and desk.previous_slip.member_name == "Ana Ruiz"
    assert [item[1] for item in desk.previous_slip.items] == [stock.copies["Dune"][0]]
    code = stock.copies["Emma"][0]
    scan(qtbot, desk, code, clock)
    assert borrower(ctx, code) == stock.ben


def test_the_panel_shows_the_loan_limit_live(qtbot, ctx: UiContext, stock: Stock) -> None:
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Dune"][0], clock)
    qtbot.waitUntil(lambda: desk.member.loans_title.text() == "Loans: 1 of 10", timeout=5000)
    card = desk.member.card
    assert card is not None
    full = MemberCard(**{**card.__dict__, "loans": card.loans * 10, "alerts": []})
    texts = [(a.code, a.level) for a in member_alerts(full, ctx.services.library.today())]
    assert ("loan_limit", "refused") in texts
    near = MemberCard(**{**card.__dict__, "loans": card.loans * 9, "alerts": []})
    assert ("loan_limit_near", "attention") in [(a.code, a.level) for a in member_alerts(near, near.expires)]
    desk.member.show_card(MemberCard(**{**full.__dict__, "alerts": member_alerts(full, ctx.services.library.today())}))
    assert any(t.startswith("At the loan limit: 10 of 10") for t in desk.member.alert_texts())
    assert "No alerts: may borrow" not in desk.member.alert_texts()


def test_a_scan_at_the_login_window_is_never_a_password_try(qtbot, services, worker, library_paths,  # type: ignore[no-untyped-def]
                                                           stock: Stock) -> None:
    window: LoginWindow = make_login(qtbot, services, worker, library_paths)
    window.username.setText("admin")
    window.password.setFocus()
    qtbot.keyClicks(window.password, stock.copies["Dune"][0])
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    worker.wait_idle()
    assert window.message.isVisible() and window.message.text().startswith("Log in first")
    assert window.password.text() == ""
    with services.library.read() as s:
        tries = s.execute(text("SELECT count(*) FROM audit_events WHERE action = 'login_failed'")).scalar()
    assert tries == 0
    window.tabs.setCurrentIndex(1)
    window.pin.setFocus()
    qtbot.keyClicks(window.pin, stock.ana)  # the member scanned their card into the PIN field
    qtbot.keyClick(window.pin, Qt.Key.Key_Return)
    assert window.card.text() == stock.ana and window.pin.text() == "" and window.focusWidget() is window.pin


def test_each_outcome_has_its_own_sound(qtbot, ctx: UiContext, stock: Stock) -> None:
    ctx.services.holds.place(ctx.actor, stock.ben, stock.books["Beloved"])
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Beloved"][0])
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    heard: list[str | None] = []

    def scanned(code: str) -> None:
        scan(qtbot, desk, code, clock)
        heard.append(desk.sounds.last_played)

    scanned(stock.ana)
    scanned(stock.copies["Dune"][0])  # lent
    scanned("NO-SUCH-CODE")  # refused
    qtbot.keyClick(desk.scan, Qt.Key.Key_Escape)
    scanned(stock.copies["Dune"][0])  # returned
    scanned(stock.copies["Beloved"][0])  # back, and Ben waits for it: the hold shelf
    assert heard == [None, "lent", "refused", "returned", "hold"]
    ctx.settings.set(DESK_SOUND, False)
    count = desk.sounds.play_count
    scanned(stock.ana)
    scanned(stock.copies["Emma"][0])
    assert desk.sounds.play_count == count  # sounds off: the desk stays silent


def test_the_language_chosen_at_the_login_window_is_kept_and_spoken(qtbot, services, library_paths,  # type: ignore[no-untyped-def]
                                                                    stock: Stock) -> None:
    from desktop_app.config import LANGUAGE
    from desktop_app.ui.common.i18n import install_language
    from desktop_app.ui.shell.app import DeskApp

    app = DeskApp(services, library_paths)
    app.start()
    try:
        login = app.window
        assert isinstance(login, LoginWindow)
        box = login.language
        box.setCurrentIndex(box.findData("de"))
        box.activated.emit(box.currentIndex())
        assert app.settings.get(LANGUAGE) == "de"
        again = app.window
        assert isinstance(again, LoginWindow) and again is not login
        assert again.findChild(QLineEdit, "loginUsername") is not None
        assert again.language.currentData() == "de"
        assert again.tabs.tabText(0) == "Mitarbeiter"  # built by the setup script (scripts/i18n.py build)
        assert again.message.text() == "" and again.windowTitle() == "Test Library — Anmeldung"
    finally:
        install_language("en")
        app.worker.wait_idle()
        app.worker.stop()


def test_a_return_for_the_hold_shelf_gives_its_hold_slip(qtbot, ctx: UiContext, stock: Stock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from desktop_app.ui.desk.slip import HOLD, save_pdf

    code = stock.copies["Beloved"][0]
    ctx.services.holds.place(ctx.actor, stock.ben, stock.books["Beloved"])
    ctx.services.circulation.checkout(ctx.actor, stock.ana, code)
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    scan(qtbot, desk, code, clock)
    assert "Ctrl+P prints its hold slip" in desk.banner.text()
    slip = desk.hold_slip
    assert slip is not None and slip.kind == HOLD and slip.member_name == "Ben Okafor"
    assert slip.card_number == stock.ben and slip.items[0][:2] == ("Beloved", code) and slip.pickup_by
    pdf = save_pdf(slip, tmp_path / "hold.pdf", "receipt80")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ben Okafor" in text and "Beloved" in text and code in text
    scan(qtbot, desk, stock.ana, clock)  # the next scan: Ctrl+P is the visit slip again
    assert desk.hold_slip is None
