"""The Notices tab driven like a librarian: edit a text with its live preview, save it, send
today's notices through a real mail server on 127.0.0.1 and find them in the log."""

from __future__ import annotations

from pathlib import Path

from mailserver import mail_server
from PySide6.QtCore import Qt

from desktop_app.domain.values import Role
from desktop_app.services import Actor, Services
from desktop_app.services.notices import Notices
from desktop_app.services.people.members import MemberInput
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.notices.tab import NoticesTab
from desktop_app.ui.shell.main_window import TABS


def test_the_tab_is_for_librarians_and_admins() -> None:
    assert [role for name, *_, role in TABS if name == "Notices"] == [Role.LIBRARIAN]


def test_a_text_is_edited_with_its_preview_and_saved(qtbot, ctx: UiContext, stock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = NoticesTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    box = tab.texts
    qtbot.waitUntil(lambda: box.subject.text() == "Due soon: {due_date}", timeout=10_000)
    qtbot.waitUntil(lambda: "Dear Ana Ruiz," in box.preview.toPlainText(), timeout=10_000)
    assert box.preview_subject.text().startswith("Due soon: ")
    box.body.setPlainText("")
    qtbot.keyClicks(box.body, "Hello {member_name}, {colour}")
    qtbot.waitUntil(lambda: "{colour}, which is not a field" in box.preview.toPlainText(), timeout=10_000)
    box.body.setPlainText("Hello {member_name}:\n{items}")
    qtbot.waitUntil(lambda: box.preview.toPlainText().startswith("Hello Ana Ruiz:\n- Dune (31000042)"), timeout=10_000)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Notices(ctx.services.library).template("pre_due", "en").edited, timeout=10_000)
    assert Notices(ctx.services.library).template("pre_due", "en").body == "Hello {member_name}:\n{items}"
    box.language.setCurrentIndex(box.language.findData("de"))
    qtbot.waitUntil(lambda: box.subject.text() == "Bald fällig: {due_date}", timeout=10_000)
    box.grab().save(str(tmp_path / "notices-texts.png"))
    tab.resize(1200, 760)
    tab.grab().save("/tmp/notices-tab.png")


def test_send_now_mails_the_overdue_member_and_the_log_shows_it(qtbot, ctx: UiContext, services: Services,  # type: ignore[no-untyped-def]
                                                                 admin: Actor, stock, lend_days_ago) -> None:
    card = services.members.register(admin, MemberInput(first_name="Zoë", last_name="Weiß",
                                                        email="zoe@example.org")).card_number
    lend_days_ago(admin, card, stock.copies["Emma"][0], days=30)
    with mail_server() as mail:
        services.setup.update_settings(admin, smtp_host=mail.host, smtp_port=mail.port, smtp_security="none",
                                       notice_from="desk@library.example")
        tab = NoticesTab(ctx)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.mouseClick(tab.texts.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.texts.last_run is not None, timeout=10_000)
        assert [r.recipients for r in mail.received] == [["zoe@example.org"]]
        assert mail.received[0].message["Subject"] == "Second notice: books overdue"  # 9 days late
    run = tab.texts.last_run
    assert run is not None and (run.emailed, run.error) == (1, None)
    assert "Emailed: 1" in tab.texts.state.text()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert "Zoë Weiß" in tab.table.item(0, 3).text() and tab.table.item(0, 2).text() == "email"
    tab.card.setText(stock.ana)
    qtbot.mouseClick(tab.findChild(type(tab.texts.send_button), "noticeLogShow"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=10_000)
