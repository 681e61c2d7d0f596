"""Notices through a real mail server on 127.0.0.1: who gets what, in which words and character
set, never twice, a letter for a member without email, and nothing marked sent that did not go."""

from __future__ import annotations

import re
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mailserver import MailBox, mail_server
from sqlalchemy import func, select

from desktop_app.db.models import Notice, NoticeItem
from desktop_app.domain.errors import InvalidInput, PermissionDenied
from desktop_app.services import Actor, Services
from desktop_app.services.notices import Notices, SmtpConfig, send_notices

if TYPE_CHECKING:
    from conftest import Clock

LOAN_DAYS = 21


@pytest.fixture
def box() -> MailBox:  # type: ignore[misc]
    with mail_server() as running:
        yield running


def _smtp(box: MailBox) -> SmtpConfig:
    return SmtpConfig.from_url(box.url)


def _send(services: Services, actor: Actor, box: MailBox, tmp_path: Path):  # type: ignore[no-untyped-def]
    return send_notices(services.library, actor, smtp=_smtp(box), letters_dir=tmp_path / "letters")


def _notices_in_db(services: Services) -> int:
    with services.library.read() as s:
        return int(s.scalar(select(func.count()).select_from(Notice)) or 0)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def lending(services: Services, admin: Actor, make_book, make_member, clock: Clock):  # type: ignore[no-untyped-def]
    """Ana (email) and Zoë (email, accents) borrow today; Carla has no email but an address."""
    services.setup.update_settings(admin, library_name="Old Village Library", library_address="1 Church Lane",
                                   notices_enabled=True)
    ana = make_member("Ana", "Ruiz", email="ana@example.org")
    zoe = make_member("Zoë", "Ñúñez", email="zoe@example.org")
    carla = make_member("Carla", "Post", address="5 Mill Road\nOld Village")
    _, (dune,) = make_book("Dune")
    _, (anos,) = make_book("Cien años de soledad")
    _, (emma,) = make_book("Emma")
    services.circulation.checkout(admin, ana, dune)
    services.circulation.checkout(admin, zoe, anos)
    services.circulation.checkout(admin, carla, emma)
    return {"ana": ana, "zoe": zoe, "carla": carla}


def test_a_reminder_goes_once_to_each_member_in_utf_8_and_a_letter_to_the_one_without_email(
        services: Services, librarian: Actor, lending, box: MailBox, clock: Clock, tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS - 2)  # two days before the due date: the reminder
    run = _send(services, librarian, box, tmp_path)
    assert (run.emailed, run.printed, run.error, run.refused) == (2, 1, None, [])
    assert sorted(r.recipients[0] for r in box.received) == ["ana@example.org", "zoe@example.org"]
    zoe = box.to("zoe@example.org")[0]
    assert zoe.envelope_from == "desk@library.example"
    assert zoe.message["Subject"].startswith("Due soon: ")
    assert zoe.message.get_content_charset() == "utf-8"
    assert "Dear Zoë Ñúñez," in zoe.body and "- Cien años de soledad (" in zoe.body
    assert "Old Village Library" in zoe.body
    assert run.letters_pdf is not None and run.letters_pdf.parent == tmp_path / "letters"
    text = _pdf_text(run.letters_pdf)
    assert "Carla Post" in text and "5 Mill Road" in text and "Emma" in text and "Old Village Library" in text

    again = _send(services, librarian, box, tmp_path)
    assert (again.planned, again.emailed, again.printed) == (0, 0, 0)
    assert len(box.received) == 2, "a second run the same day sends nothing again"
    clock.advance(1)
    assert _send(services, librarian, box, tmp_path).planned == 0, \
        "the next day the same due date is not reminded again"

    log = Notices(services.library).log(librarian, card_number=lending["zoe"])
    assert [(n.kind, n.channel, n.recipient) for n in log] == [("pre_due", "email", "zoe@example.org")]
    assert len(log[0].loans) == 1


def test_overdue_notices_climb_three_levels_and_a_missed_week_sends_only_the_level_reached(
        services: Services, librarian: Actor, lending, box: MailBox, clock: Clock, tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS + 1)  # one day late: the first notice (no reminder now: it is past)
    first = _send(services, librarian, box, tmp_path)
    assert first.by_kind == {"overdue_1": 3}
    ana = box.to("ana@example.org")
    assert ana[-1].message["Subject"] == "Overdue: please return your books" and "1 day late" in ana[-1].body
    clock.advance(7)  # 8 days late: the second
    assert _send(services, librarian, box, tmp_path).by_kind == {"overdue_2": 3}
    clock.advance(3)  # 11 days: nothing new
    assert _send(services, librarian, box, tmp_path).planned == 0
    clock.advance(4)  # 15 days: the last
    third = _send(services, librarian, box, tmp_path)
    assert third.by_kind == {"overdue_3": 3}
    assert [r.message["Subject"] for r in box.to("ana@example.org")] == [
        "Overdue: please return your books", "Second notice: books overdue", "Final notice: books overdue"]


def test_a_run_after_a_missed_fortnight_sends_the_level_reached_only(
        services: Services, librarian: Actor, lending, box: MailBox, clock: Clock, tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS + 16)
    run = _send(services, librarian, box, tmp_path)
    assert run.by_kind == {"overdue_3": 3}
    clock.advance(1)
    assert _send(services, librarian, box, tmp_path).planned == 0


def test_a_hold_ready_notice_names_the_pickup_deadline(
        services: Services, admin: Actor, librarian: Actor, make_book, make_member, box: MailBox,
        clock: Clock, tmp_path: Path) -> None:
    services.setup.update_settings(admin, pre_due_days=0)
    ben = make_member("Ben", "Okafor", email="ben@example.org")
    other = make_member("Olga", "Other")
    book_id, (copy,) = make_book("Middlemarch")
    services.circulation.checkout(admin, other, copy)
    services.holds.place(admin, ben, book_id)
    back = services.circulation.checkin(admin, copy)
    assert back.hold_card == ben and back.pickup_by is not None
    run = _send(services, librarian, box, tmp_path)
    assert run.by_kind == {"hold_ready": 1}
    got = box.to("ben@example.org")[0]
    assert got.message["Subject"] == "Your hold is ready: Middlemarch"
    deadline = back.pickup_by
    assert f"Please pick it up by {deadline.day} {deadline.strftime('%b')} {deadline.year}." in got.body
    assert _send(services, librarian, box, tmp_path).planned == 0


def test_a_refused_address_is_reported_and_tried_again_while_the_others_go(
        services: Services, librarian: Actor, lending, box: MailBox, clock: Clock, tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS - 1)
    box.refuse.add("ana@example.org")
    run = _send(services, librarian, box, tmp_path)
    assert run.emailed == 1 and len(run.refused) == 1 and "ana@example.org" in run.refused[0]
    assert [r.recipients for r in box.received] == [["zoe@example.org"]]
    box.refuse.clear()
    retry = _send(services, librarian, box, tmp_path)
    assert (retry.emailed, retry.printed) == (1, 0)
    assert len(box.to("ana@example.org")) == 1


def test_a_mail_server_that_cannot_be_reached_stops_the_emails_and_marks_nothing_sent(
        services: Services, librarian: Actor, lending, clock: Clock, tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS - 1)
    with mail_server() as gone:
        url = gone.url
    run = send_notices(services.library, librarian, smtp=SmtpConfig.from_url(url), letters_dir=tmp_path / "letters")
    assert run.emailed == 0 and run.error is not None and "cannot be reached" in run.error
    assert run.printed == 1, "the letter does not need the mail server"
    with services.library.read() as s:
        kinds = list(s.scalars(select(Notice.channel)))
    assert kinds == ["letter"]
    with mail_server() as box:
        later = _send(services, librarian, box, tmp_path)
        assert (later.emailed, later.printed) == (2, 0) and len(box.received) == 2


def test_no_mail_server_set_is_said_and_a_dry_run_sends_and_records_nothing(
        services: Services, librarian: Actor, lending, box: MailBox, clock: Clock, tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS - 1)
    dry = send_notices(services.library, librarian, dry_run=True, smtp=_smtp(box), letters_dir=tmp_path / "letters")
    assert (dry.planned, dry.emailed, dry.printed) == (3, 0, 0) and box.received == []
    assert [p.planned.member_name for p in dry.previews] == ["Ana Ruiz", "Carla Post", "Zoë Ñúñez"]
    assert _notices_in_db(services) == 0 and not (tmp_path / "letters").exists()
    unset = send_notices(services.library, librarian, letters_dir=tmp_path / "letters")
    assert unset.emailed == 0 and unset.error is not None and "No mail server is set" in unset.error
    assert _notices_in_db(services) == 1  # the letter only


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_the_mail_server_of_the_settings_with_a_login(
        services: Services, admin: Actor, librarian: Actor, lending, clock: Clock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock.advance(LOAN_DAYS - 1)
    with mail_server(user="desk", password="s3cret") as box:
        services.setup.update_settings(admin, smtp_host=box.host, smtp_port=box.port, smtp_security="none",
                                       smtp_user="desk", notice_from="notices@library.example")
        monkeypatch.setenv("LIBRARY_DESK_SMTP_PASSWORD", "wrong")
        wrong = send_notices(services.library, librarian, letters_dir=tmp_path / "letters")
        assert wrong.emailed == 0 and wrong.error is not None and "refused the user 'desk'" in wrong.error
        monkeypatch.setenv("LIBRARY_DESK_SMTP_PASSWORD", "s3cret")
        right = send_notices(services.library, librarian, letters_dir=tmp_path / "letters")
        assert right.emailed == 2 and {r.envelope_from for r in box.received} == {"notices@library.example"}


def test_templates_per_language_are_checked_saved_used_and_reset(
        services: Services, admin: Actor, librarian: Actor, desk: Actor, lending, box: MailBox, clock: Clock,
        tmp_path: Path) -> None:
    notices = Notices(services.library)
    with pytest.raises(PermissionDenied):
        notices.save_template(desk, "pre_due", "de", subject="x", body="y")
    with pytest.raises(InvalidInput, match=r"\{name\}, which is not a field"):
        notices.save_template(librarian, "pre_due", "de", subject="Hallo {name}", body="y")
    with pytest.raises(InvalidInput, match="cannot be read"):
        notices.save_template(librarian, "pre_due", "de", subject="Hallo", body="{items")
    notices.save_template(librarian, "pre_due", "de", subject="Erinnerung für {member_name}",
                          body="Grüße aus {library_name}:\n{items}")
    subject, body = notices.preview("pre_due", "de", subject="Bis {due_date}", body="{items}")
    assert subject.startswith("Bis ") and "Dune (31000042), fällig am" in body
    services.setup.update_settings(admin, notice_language="de")
    clock.advance(LOAN_DAYS - 2)
    _send(services, librarian, box, tmp_path)
    zoe = box.to("zoe@example.org")[0]
    assert zoe.message["Subject"] == "Erinnerung für Zoë Ñúñez"
    assert zoe.body.startswith("Grüße aus Old Village Library:\n- Cien años de soledad (")
    assert "fällig am" in zoe.body
    assert notices.template("pre_due", "de").edited
    assert not notices.reset_template(librarian, "pre_due", "de").edited
    assert notices.template("pre_due", "de").subject == "Bald fällig: {due_date}"


def test_only_staff_of_librarian_rank_send_and_a_member_reads_only_their_own_notices(
        services: Services, librarian: Actor, desk: Actor, lending, box: MailBox, clock: Clock,
        tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        send_notices(services.library, desk, smtp=_smtp(box))
    clock.advance(LOAN_DAYS - 1)
    _send(services, librarian, box, tmp_path)
    zoe = services.members.get(lending["zoe"])
    member = Actor(username=lending["zoe"], role="member", member_id=zoe.id)  # type: ignore[arg-type]
    mine = Notices(services.library).log(member)
    assert [n.recipient for n in mine] == ["zoe@example.org"]
    with services.library.read() as s:
        assert s.scalar(select(func.count()).select_from(NoticeItem)) == 3


def test_a_renewal_moves_the_due_date_and_the_new_one_is_reminded(
        services: Services, librarian: Actor, admin: Actor, lending, box: MailBox, clock: Clock,
        tmp_path: Path) -> None:
    clock.advance(LOAN_DAYS - 2)
    _send(services, librarian, box, tmp_path)
    dune = services.circulation.renew(admin, _barcode_of(services, lending["ana"]))
    assert dune.due_date == clock.day + timedelta(days=LOAN_DAYS)
    clock.advance(LOAN_DAYS - 2)
    run = _send(services, librarian, box, tmp_path)
    assert run.by_kind.get("pre_due", 0) >= 1
    assert len(box.to("ana@example.org")) == 2, "the new due date is reminded once more"


def _barcode_of(services: Services, card: str) -> str:
    from desktop_app.db.models import Copy, Loan, Member

    with services.library.read() as s:
        return str(s.scalar(select(Copy.barcode).join(Loan, Loan.copy_id == Copy.id)
                            .join(Member, Member.id == Loan.member_id).where(Member.card_number == card)))


def test_a_hold_not_picked_up_is_told_expired_once(
        services: Services, admin: Actor, librarian: Actor, make_book, make_member, box: MailBox,
        clock: Clock, tmp_path: Path) -> None:
    services.setup.update_settings(admin, pre_due_days=0)
    ben = make_member("Ben", "Okafor", email="ben@example.org")
    book_id, (copy,) = make_book("Solaris")
    services.holds.place(admin, ben, book_id)
    back = services.circulation.checkin(admin, copy)
    assert back.pickup_by is not None
    _send(services, librarian, box, tmp_path)
    clock.set(back.pickup_by + timedelta(days=1))
    assert len(services.holds.expire(admin)) == 1
    run = _send(services, librarian, box, tmp_path)
    assert run.by_kind == {"hold_expired": 1}
    assert [r.message["Subject"] for r in box.to("ben@example.org")] == [
        "Your hold is ready: Solaris", "Hold expired: Solaris"]
    assert _send(services, librarian, box, tmp_path).planned == 0


def test_letters_on_us_letter_paper_a_page_each(
        services: Services, admin: Actor, librarian: Actor, make_book, make_member, clock: Clock,
        tmp_path: Path) -> None:
    services.setup.update_settings(admin, letter_paper="Letter", pre_due_days=3)
    for first in ("Carla", "Dora", "Emil"):
        card = make_member(first, "Post", address=f"{first} House\n1 Lane")
        _, (copy,) = make_book(f"Book of {first}")
        services.circulation.checkout(admin, card, copy)
    clock.advance(LOAN_DAYS - 1)
    run = send_notices(services.library, librarian, letters_dir=tmp_path)
    assert run.printed == 3 and run.letters_pdf is not None
    info = subprocess.run(["pdfinfo", str(run.letters_pdf)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info, info
    assert re.search(r"^Pages: +3$", info, re.M), info
    pages = _pdf_text(run.letters_pdf).split("\f")
    assert [("Dora House" in p, "Book of Dora" in p) for p in pages[:3]].count((True, True)) == 1


def test_an_address_beyond_ascii_goes_where_the_server_offers_smtputf8_and_is_refused_alone_elsewhere(
        services: Services, librarian: Actor, make_book, make_member, admin: Actor, clock: Clock,
        tmp_path: Path) -> None:
    bjorn = make_member("Bjørn", "Dæhlie", email="bjørn@example.org")
    ana = make_member("Ana", "Ruiz", email="ana@example.org")
    for card, title in ((bjorn, "Sult"), (ana, "Dune")):
        _, (copy,) = make_book(title)
        services.circulation.checkout(admin, card, copy)
    clock.advance(LOAN_DAYS - 1)
    with mail_server() as plain:
        run = _send(services, librarian, plain, tmp_path)
        assert run.emailed == 1 and [r.recipients for r in plain.received] == [["ana@example.org"]]
        assert len(run.refused) == 1 and "bjørn@example.org" in run.refused[0] and "SMTPUTF8" in run.refused[0]
    with mail_server(utf8=True) as wide:
        again = _send(services, librarian, wide, tmp_path)
        assert again.emailed == 1 and [r.recipients for r in wide.received] == [["bjørn@example.org"]]
        assert "Dear Bjørn Dæhlie," in wide.received[0].body


def test_anonymising_a_returned_loan_also_forgets_the_notices_about_it(
        services: Services, admin: Actor, librarian: Actor, lending, box: MailBox, clock: Clock,
        tmp_path: Path) -> None:
    from desktop_app.services.people.privacy import Privacy

    services.setup.update_settings(admin, anonymise_after_days=30)
    clock.advance(LOAN_DAYS - 1)
    _send(services, librarian, box, tmp_path)
    dune = _barcode_of(services, lending["ana"])
    services.circulation.checkin(admin, dune)
    clock.advance(31)
    assert Privacy(services.library).anonymise_old_loans(admin) >= 1
    with services.library.read() as s:
        about_ana = list(s.execute(select(Notice.member_id, Notice.recipient, Notice.subject)
                                   .where(Notice.recipient == "ana@example.org")))
        forgotten = list(s.execute(select(Notice.member_id, Notice.subject).where(Notice.member_id.is_(None))))
    assert about_ana == [] and forgotten == [(None, "")]
