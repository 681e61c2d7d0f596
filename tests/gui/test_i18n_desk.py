"""The Desk tab, its member panel and the login window speak through ``tr()``: under the
pseudo translation of ``test_i18n_wrapped`` no text of theirs stays outside the marks, with
a session on screen (a member open, a loan, a refusal, a question), and the alerts and
refusals the core writes in English are said from their codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from test_desk import Clock, make_desk, scan
from test_i18n_wrapped import escaped, pseudo, untranslated  # noqa: F401  (the pseudo translation and its check)
from test_login import make_login

from desktop_app.domain.errors import Reason, Refused
from desktop_app.services.desk_queries import Alert
from desktop_app.ui.common.alerts import ALERT_TEXTS, alert_text
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.reasons import REASON_TEXTS, refusal_texts

if TYPE_CHECKING:
    from conftest import Stock


def test_the_desk_with_a_session_on_screen_speaks_through_tr(qtbot, ctx: UiContext, stock: Stock,  # type: ignore[no-untyped-def]
                                                             pseudo) -> None:
    ctx.services.circulation.checkout(ctx.actor, stock.ben, stock.copies["Dune"][0])
    clock = Clock()
    desk = make_desk(qtbot, ctx, clock)
    assert untranslated(desk) == []
    scan(qtbot, desk, stock.ana, clock)
    scan(qtbot, desk, stock.copies["Emma"][0], clock)
    assert untranslated(desk) == [] and not escaped(desk.banner.text())
    scan(qtbot, desk, stock.copies["Dune"][0], clock)  # on loan to Ben: the desk's question
    assert desk.offer is not None and not escaped(desk.banner.text())
    scan(qtbot, desk, "NO-SUCH-CODE", clock)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F3)
    assert untranslated(desk) == [] and not escaped(desk.banner.text())
    model = desk.sessions
    for row in range(model.rowCount()):
        assert not escaped(model.row_at(row).message), model.row_at(row).message


QT_OWN = {"ScrollLeftButton", "ScrollRightButton"}  # a tab bar's arrows: Qt names and translates them


def test_the_login_window_speaks_through_tr(qtbot, services, worker, library_paths, pseudo) -> None:  # type: ignore[no-untyped-def]
    window = make_login(qtbot, services, worker, library_paths)

    def plain() -> list[tuple[str, str]]:
        return [(where, text) for where, text in untranslated(window) if where.split()[-1] not in QT_OWN]

    assert plain() == []
    window.tabs.setCurrentIndex(1)
    qtbot.keyClick(window.pin, Qt.Key.Key_Return)  # nothing typed
    assert window.message.isVisible() and plain() == []


def test_every_alert_and_reason_of_the_core_has_its_text(qapp, pseudo) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    values = {"reason": "lost card", "date": date(2026, 12, 2), "count": 3, "limit": 10, "days": 4, "cents": 250,
              "titles": "'Emma'", "more": 0}
    for code in ALERT_TEXTS:
        text = alert_text(Alert(code, "English", "attention", values))
        assert text != "English" and not escaped(text), code
    reason_values = {"member": "Ana Ruiz", "reason": "lost card", "date": date(2026, 12, 2), "days": 40,
                     "limit": 30, "cents": 1200, "limit_cents": 1000, "barcode": "X9", "card": "C1",
                     "name": "", "count": 2, "title": "Emma"}
    for code in REASON_TEXTS:
        [text] = refusal_texts(Refused("lend", [Reason(code, "English", values=reason_values)]))
        assert text != "English" and not escaped(text), code
    assert "⟦another member⟧" in refusal_texts(Refused("lend", [Reason("copy_on_loan", "x", values={
        "name": "", "date": None})]))[0]
