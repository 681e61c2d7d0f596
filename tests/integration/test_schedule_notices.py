"""The scheduled notices at a desk that is the library's sender: through a real mail server on
127.0.0.1 (tests/mailserver.py), once a day, never twice; a mail server that is down is a
failed job, retried at the next tick, with nothing marked sent."""

from __future__ import annotations

from datetime import timedelta

from mailserver import mail_server
from sqlalchemy import func, select

from desktop_app.db.models import Loan, Notice
from desktop_app.services import Services, schedule


def _notices(services: Services) -> int:
    with services.library.read() as s:
        return int(s.scalar(select(func.count()).select_from(Notice)) or 0)


def test_scheduled_notices_go_once_and_a_failure_is_retried(services, admin, clock, make_book,
                                                            make_member) -> None:
    ana = make_member("Ana", "Ruiz", email="ana@example.org")
    _, (dune,) = make_book("Dune")
    services.circulation.checkout(admin, ana, dune)
    with services.library.read() as s:
        due = s.scalar(select(Loan.due_date))
    with mail_server() as box:
        services.setup.update_settings(admin, notices_enabled=True, notice_sender="desk", smtp_host=box.host,
                                       smtp_port=box.port + 1 if box.port < 65535 else 1, smtp_security="none",
                                       notice_from="desk@library.example")
        clock.set(due - timedelta(days=2))  # the reminder's day (pre_due_days 2)
        assert "notices" in schedule.due_jobs(services.library)
        down = schedule.run_job(services.library, "notices")  # nothing listens on that port
        assert down.ran and not down.ok and down.message.startswith("Notices stopped: ")
        assert _notices(services) == 0 and box.received == []
        clock.advance(seconds=180)
        assert "notices" in schedule.due_jobs(services.library)  # retried at the next tick
        services.setup.update_settings(admin, smtp_port=box.port)
        sent = schedule.run_job(services.library, "notices")
        assert (sent.ok, sent.message) == (True, "notices: 1 emailed, 0 letters to print, 0 not sent")
        assert [r.recipients for r in box.received] == [["ana@example.org"]]
        assert "notices" not in schedule.due_jobs(services.library)
        again = schedule.run_job(services.library, "notices", force=True)
        assert again.message == "notices: 0 emailed, 0 letters to print, 0 not sent"
        assert len(box.received) == 1 and _notices(services) == 1
