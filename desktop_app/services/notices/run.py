"""A run of notices: plan what is due, write each message from the library's templates, send the
emails through one connection to the mail server and print one PDF of letters for members
without an email address; record each notice and what it told once it is really out.

What is recorded is what went: a message the mail server did not accept is not recorded (the
next run tries it again), and a mail server that cannot be reached stops the emails of the run
with its reason, leaving every unsent notice for next time. Records are written in batches of
``BATCH`` messages, so a crash in the middle of a run can send at most one batch again."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from ...db.models import Notice, NoticeItem
from ...domain.errors import LibraryError
from ...domain.settings import LIBRARY_SETTINGS
from ...domain.values import Role
from ...formats.letters import Letter, draw_letters
from ..library import Actor, Library, require
from .mail import AddressRefused, Mailer, MailFailed, SmtpConfig, message
from .plan import Planned, already_told, plan
from .templates import SETTING_KEY, day_in, money_in, render, template

BATCH = 50
PREVIEWS = 20
Progress = Callable[[int, int], None]
_RUNNING = threading.Lock()


class NoticesBusy(LibraryError):
    """Another run of notices is under way in this program."""


@dataclass(frozen=True)
class Written:
    """One message as the member gets it."""

    planned: Planned
    language: str
    subject: str
    body: str


@dataclass
class NoticeRun:
    """What a run did (or, for a dry run, would do)."""

    day: date
    dry_run: bool
    run_id: str
    planned: int = 0
    emailed: int = 0
    printed: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)  # addresses the mail server would not take
    error: str | None = None  # why the emails stopped, if they did
    letters_pdf: Path | None = None
    previews: list[Written] = field(default_factory=list)

    @property
    def unsent(self) -> int:
        return self.planned - self.emailed - self.printed


def library_settings(lib: Library) -> dict[str, Any]:
    with lib.read() as s:
        values = {key: lib.setting(s, key) for key in LIBRARY_SETTINGS}
        values[SETTING_KEY] = lib.setting(s, SETTING_KEY) or {}
        return values


def write(planned: Planned, settings: dict[str, Any], today: date) -> Written:
    """The message of ``planned`` in the library's language, from its template."""
    language = str(settings.get("notice_language") or "en")
    chosen = template(settings.get(SETTING_KEY), planned.kind, language)
    values = {
        "library_name": str(settings.get("library_name") or ""),
        "library_address": str(settings.get("library_address") or ""),
        "member_name": planned.member_name, "card_number": planned.card_number,
        "items": "\n".join(item.line(language) for item in planned.items),
        "due_date": day_in(planned.due_date, language) if planned.due_date else "",
        "pickup_by": day_in(planned.pickup_by, language) if planned.pickup_by else "",
        "title": planned.items[0].title if planned.items else "",
        "owed": money_in(planned.owed_cents, language, str(settings.get("currency") or "")),
        "today": day_in(today, language),
    }
    subject = " ".join(render(chosen.subject, values).split())
    return Written(planned, language, subject, render(chosen.body, values).strip() + "\n")


def send_notices(lib: Library, actor: Actor, *, today: date | None = None, dry_run: bool = False,
                 smtp: SmtpConfig | None = None, letters_dir: Path | None = None,
                 progress: Progress | None = None) -> NoticeRun:
    """Send the notices due ``today`` (the library's date by default). ``smtp`` replaces the
    mail server of the settings for this run; ``letters_dir`` is where the PDF of letters goes
    (the data folder's ``letters`` by default). A dry run sends, prints and records nothing."""
    require(actor, Role.LIBRARIAN, "send notices")
    if not _RUNNING.acquire(blocking=False):
        raise NoticesBusy("Notices are being sent already; wait for that run to finish")
    try:
        return _run(lib, actor, today, dry_run, smtp, letters_dir, progress)
    finally:
        _RUNNING.release()


def _run(lib: Library, actor: Actor, today: date | None, dry_run: bool, smtp: SmtpConfig | None,
         letters_dir: Path | None, progress: Progress | None) -> NoticeRun:
    today = today or lib.now().astimezone().date()
    settings = library_settings(lib)
    with lib.read() as s:
        planned = plan(s, today, settings)
    run = NoticeRun(today, dry_run, str(uuid.uuid4()), planned=len(planned),
                    by_kind=dict(Counter(p.kind for p in planned)))
    written = [write(p, settings, today) for p in planned]
    run.previews = written[:PREVIEWS]
    if dry_run or not written:
        return run
    emails = [w for w in written if w.planned.channel == "email"]
    letters = [w for w in written if w.planned.channel == "letter"]
    total, done = len(written), 0
    if emails:
        done = _send_emails(lib, actor, run, emails, smtp or SmtpConfig.from_settings(settings),
                            str(settings.get("notice_from") or ""), total, progress)
    if letters:
        _print_letters(lib, actor, run, letters, settings, today, letters_dir)
        if progress:
            progress(done + len(letters), total)
    with lib.write() as s:
        lib.audit(s, actor, "notices_run", "notice", None, run_id=run.run_id, day=today.isoformat(),
                  emailed=run.emailed, printed=run.printed, planned=run.planned, refused=len(run.refused),
                  error=run.error, letters=str(run.letters_pdf) if run.letters_pdf else None)
    return run


def _send_emails(lib: Library, actor: Actor, run: NoticeRun, emails: list[Written], config: SmtpConfig | None,
                 sender: str, total: int, progress: Progress | None) -> int:
    if config is None:
        run.error = "No mail server is set (Settings, Notices to members: Mail server), so no email was sent"
        return 0
    sent: list[Written] = []
    done = 0
    try:
        with Mailer(config.with_sender(config.sender or sender)) as mailer:
            for w in emails:
                assert w.planned.email is not None
                try:
                    mailer.send(message(mailer.config, to=w.planned.email, subject=w.subject, body=w.body))
                except AddressRefused as exc:
                    run.refused.append(str(exc))
                    continue
                finally:
                    done += 1
                sent.append(w)
                if len(sent) >= BATCH:
                    run.emailed += _record(lib, run, sent, "email")
                    sent = []
                if progress:
                    progress(done, total)
    except (MailFailed, LibraryError) as exc:
        run.error = str(exc)
    finally:
        if sent:
            run.emailed += _record(lib, run, sent, "email")
    return done


def _print_letters(lib: Library, actor: Actor, run: NoticeRun, letters: list[Written], settings: dict[str, Any],
                   today: date, folder: Path | None) -> None:
    if folder is None:
        if lib.paths is None:
            run.error = (run.error + "; " if run.error else "") + "This library has no data folder for letters"
            return
        folder = lib.paths.data_dir / "letters"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = lib.now().astimezone().strftime("%Y-%m-%d-%H%M%S")
    path = folder / f"notices-{stamp}.pdf"
    library_lines = tuple(line for line in [str(settings.get("library_name") or "")]
                          + str(settings.get("library_address") or "").splitlines() if line.strip())
    pages = [Letter(library_lines, (w.planned.member_name, *(w.planned.address or "").splitlines()),
                    day_in(today, w.language), w.subject, w.body) for w in letters]
    draw_letters(path, pages, paper=str(settings.get("letter_paper") or "A4"))
    run.letters_pdf = path
    run.printed += _record(lib, run, letters, "letter")


def _record(lib: Library, run: NoticeRun, written: list[Written], channel: str) -> int:
    """Record the notices that went out, each with what it told, in one write transaction of
    two multi-row INSERTs; returns how many were recorded. A notice whose items another run
    recorded meanwhile is left out (the write lock is held from the look-up to the insert)."""
    with lib.write() as s:
        now = lib.now()
        told = already_told(s, [key for w in written for key in w.planned.keys])
        fresh = [w for w in written if not told.intersection(w.planned.keys)]
        if not fresh:
            return 0
        rows = [{"key": f"{run.run_id}:{w.planned.kind}:{w.planned.member_id}", "member_id": w.planned.member_id,
                 "kind": w.planned.kind, "channel": channel,
                 "recipient": w.planned.email if channel == "email" else _one_line(w.planned.address),
                 "subject": w.subject[:300], "body": w.body, "language": w.language, "sent_at": now,
                 "loans": list(w.planned.loans), "hold_uuid": w.planned.hold_uuid, "run_id": run.run_id}
                for w in fresh]
        ids = s.execute(insert(Notice).returning(Notice.id, sort_by_parameter_order=True), rows).scalars().all()
        s.execute(insert(NoticeItem), [{"key": key, "notice_id": notice_id}
                                       for w, notice_id in zip(fresh, ids, strict=True) for key in w.planned.keys])
    return len(fresh)


def _one_line(address: str | None) -> str | None:
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())[:200] if address else None

