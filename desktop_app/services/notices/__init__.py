"""Notices to members: reminders before the due date, three levels of overdue notices, hold
ready for pickup and hold expired; by email through the library's mail server, or as a printed
letter for a member without an email address. ``send_notices`` runs them (daily, from the
schedule, or on demand); ``Notices`` edits the templates and reads the notice log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ...db.models import Member, Notice
from ...domain.errors import InvalidInput, NotFound
from ...domain.text import normalize_scan
from ...domain.values import Role
from ..library import Actor, Library, require
from .mail import MailFailed, SmtpConfig, store_password
from .plan import Planned
from .run import NoticeRun, NoticesBusy, Written, library_settings, send_notices, write
from .templates import (
    FIELDS,
    KINDS,
    LANGUAGES,
    SETTING_KEY,
    Item,
    Template,
    check_kind,
    check_text,
    template,
)

__all__ = ["FIELDS", "KINDS", "LANGUAGES", "MailFailed", "NoticeRun", "NoticeView", "Notices",
           "NoticesBusy", "SmtpConfig", "Template", "Written", "send_notices"]


@dataclass(frozen=True)
class NoticeView:
    id: int
    sent_at: datetime
    kind: str
    channel: str
    recipient: str | None
    subject: str
    body: str
    card_number: str | None
    member_name: str | None
    loans: tuple[str, ...]


class Notices:
    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- templates ------------------------------------------------------------------------
    def template(self, kind: str, language: str) -> Template:
        with self.lib.read() as s:
            return template(self.lib.setting(s, SETTING_KEY), kind, language)

    def save_template(self, actor: Actor, kind: str, language: str, *, subject: str, body: str) -> Template:
        """Keep the library's own text of ``kind`` in ``language`` (librarians and admins)."""
        require(actor, Role.LIBRARIAN, "edit notice templates")
        check_kind(kind, language)
        subject, body = " ".join((subject or "").split()), (body or "").strip()
        if not subject:
            raise InvalidInput("A notice needs a subject", field="subject")
        if not body:
            raise InvalidInput("A notice needs a text", field="body")
        if len(subject) > 250 or len(body) > 20_000:
            raise InvalidInput("The subject is at most 250 characters and the text 20,000", field="body")
        check_text(subject, where="subject")
        check_text(body, where="body")
        with self.lib.write() as s:
            stored = dict(self.lib.setting(s, SETTING_KEY) or {})
            stored[kind] = {**(stored.get(kind) or {}), language: {"subject": subject, "body": body}}
            self.lib.put_setting(s, SETTING_KEY, stored)
            self.lib.audit(s, actor, "notice_template", "notice", None, kind=kind, language=language)
        return Template(kind, language, subject, body, edited=True)

    def reset_template(self, actor: Actor, kind: str, language: str) -> Template:
        """Go back to the shipped text of ``kind`` in ``language``."""
        require(actor, Role.LIBRARIAN, "edit notice templates")
        check_kind(kind, language)
        with self.lib.write() as s:
            stored = {k: dict(v) for k, v in (self.lib.setting(s, SETTING_KEY) or {}).items()}
            if stored.get(kind, {}).pop(language, None) is not None:
                self.lib.put_setting(s, SETTING_KEY, stored)
                self.lib.audit(s, actor, "notice_template_reset", "notice", None, kind=kind, language=language)
        return template(None, kind, language)

    def preview(self, kind: str, language: str, *, subject: str, body: str) -> tuple[str, str]:
        """``subject`` and ``body`` written for an example member (the text is checked first)."""
        check_kind(kind, language)
        check_text(subject, where="subject")
        check_text(body, where="body")
        settings = library_settings(self.lib)
        settings.update(notice_language=language,
                        **{SETTING_KEY: {kind: {language: {"subject": subject, "body": body}}}})
        today = self.lib.now().astimezone().date()
        late = kind.startswith("overdue")
        due = today - timedelta(days=9) if late else today + timedelta(days=2)
        sample = Planned(kind, 0, "Ana Ruiz", "20000000017", "ana@example.org", None,
                         [Item("Dune", "31000042", None if kind.startswith("hold") else due, 9 if late else 0)],
                         owed_cents=250 if late else 0, pickup_by=today + timedelta(days=7))
        written = write(sample, settings, today)
        return written.subject, written.body

    # -- sending and the log ----------------------------------------------------------------
    def set_mail_password(self, actor: Actor, password: str) -> None:
        require(actor, Role.ADMIN, "set the mail server's password")
        settings = library_settings(self.lib)
        host, user = str(settings.get("smtp_host") or ""), str(settings.get("smtp_user") or "")
        if not host or not user:
            raise InvalidInput("Set the mail server and its user first", field="smtp_user")
        store_password(user, host, password)
        with self.lib.write() as s:
            self.lib.audit(s, actor, "smtp_password", "library", None, host=host, user=user)

    def log(self, actor: Actor, *, card_number: str | None = None, since: date | None = None,
            limit: int = 200) -> list[NoticeView]:
        """The notices sent, newest first (a member: only their own)."""
        require(actor, Role.MEMBER, "read notices")
        with self.lib.read() as s:
            stmt = (select(Notice, Member.card_number, Member.first_name, Member.last_name)
                    .outerjoin(Member, Member.id == Notice.member_id)
                    .order_by(Notice.sent_at.desc(), Notice.id.desc()).limit(max(1, min(limit, 1000))))
            if card_number is not None:
                member_id = s.scalar(select(Member.id).where(Member.card_number == normalize_scan(card_number)))
                if member_id is None:
                    raise NotFound(f"No member has the card number {card_number!r}")
                stmt = stmt.where(Notice.member_id == member_id)
            if actor.role == Role.MEMBER:
                stmt = stmt.where(Notice.member_id == actor.member_id)
            elif not actor.at_least(Role.DESK):
                return []
            if since is not None:
                stmt = stmt.where(Notice.sent_at >= datetime.combine(since, datetime.min.time()).astimezone())
            return [NoticeView(n.id, n.sent_at, n.kind, n.channel, n.recipient, n.subject, n.body, card,
                               f"{first} {last}".strip() if card else None, tuple(n.loans or ()))
                    for n, card, first, last in s.execute(stmt)]
