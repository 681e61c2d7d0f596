"""The library's mail server: where its settings come from, and one connection a run sends every
message through.

The password is never a setting: at a desk it is kept in the system keyring (service
``library-desk-smtp``, account ``user@host``); a server (or a desk without a keyring) reads it
from the environment variable ``LIBRARY_DESK_SMTP_PASSWORD``; an ``smtp://user:password@host``
URL given for one run carries its own."""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, replace
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.utils import formatdate, make_msgid
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ...domain.errors import InvalidInput, LibraryError

KEYRING_SERVICE = "library-desk-smtp"
PASSWORD_ENV = "LIBRARY_DESK_SMTP_PASSWORD"
TIMEOUT_S = 15.0
SECURITIES = ("starttls", "tls", "none")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class MailFailed(LibraryError):
    """The mail server could not be reached or stopped taking messages; says which and why."""


class AddressRefused(MailFailed):
    """The mail server refused one recipient (the others can still be sent)."""


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # starttls | tls | none
    user: str = ""
    password: str | None = None
    sender: str = ""

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def with_sender(self, sender: str | None) -> SmtpConfig:
        return replace(self, sender=sender) if sender else self

    @classmethod
    def from_url(cls, url: str, *, sender: str = "") -> SmtpConfig:
        """``smtp://[user[:password]@]host[:port][?from=address][&security=none]`` (STARTTLS,
        port 587) or ``smtps://`` (TLS from the start, port 465). ``security=none`` only for a
        mail server on this computer: elsewhere it would send the password in clear."""
        form = "A mail server address looks like smtp://host:587 or smtps://host:465"
        try:
            parts = urlsplit(url.strip())
            host, port = parts.hostname, parts.port
        except ValueError:
            raise InvalidInput(f"{form} (not {url!r})", field="smtp") from None
        if parts.scheme not in ("smtp", "smtps") or not host:
            raise InvalidInput(f"{form} (not {url!r})", field="smtp")
        if port == 0:
            raise InvalidInput(f"The port of {url!r} is 0: it is a number from 1 to 65535", field="smtp")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        asked = query.get("security")
        if parts.scheme == "smtps" and asked not in (None, "tls"):
            raise InvalidInput(f"smtps:// is TLS from the start; security={asked!r} contradicts it", field="smtp")
        security = "tls" if parts.scheme == "smtps" else asked or "starttls"
        if security not in SECURITIES:
            raise InvalidInput(f"security={security!r}: it is starttls, tls or none", field="smtp")
        user = unquote(parts.username or "")
        password = unquote(parts.password) if parts.password is not None else None
        if user and password is None:
            password = os.environ.get(PASSWORD_ENV) or None
        config = cls(host, port or (465 if security == "tls" else 587), security, user, password,
                     query.get("from", sender))
        config.check()
        return config

    def check(self) -> None:
        """Refuse what would go wrong on the wire: a sender with spaces or control characters, and
        no encryption to a mail server on another computer."""
        if self.sender and (any(ch.isspace() or ord(ch) < 32 for ch in self.sender) or "@" not in self.sender):
            raise InvalidInput(f"The sender address {self.sender!r} is not an email address", field="notice_from")
        if self.security == "none" and self.host not in LOCAL_HOSTS:
            raise InvalidInput(f"Mail server security 'none' is only for a mail server on this computer; "
                               f"{self.host} needs starttls or tls (the password would go in clear)",
                               field="smtp_security")

    @classmethod
    def from_settings(cls, settings: dict[str, Any], *, account_password: str | None = None) -> SmtpConfig | None:
        """The desk's mail server from its settings (None when none is set)."""
        host = str(settings.get("smtp_host") or "").strip()
        if not host:
            return None
        user = str(settings.get("smtp_user") or "").strip()
        password = account_password if account_password is not None else stored_password(user, host)
        config = cls(host, int(settings.get("smtp_port") or 587), str(settings.get("smtp_security") or "starttls"),
                     user, password, str(settings.get("notice_from") or "").strip())
        config.check()
        return config


def stored_password(user: str, host: str) -> str | None:
    """The mail password from the keyring, else the environment (None when neither has one)."""
    if user:
        try:
            import keyring

            found = keyring.get_password(KEYRING_SERVICE, f"{user}@{host}")
            if found:
                return found
        except Exception:  # noqa: BLE001 - no usable keyring: the environment is the other home
            pass
    return os.environ.get(PASSWORD_ENV) or None


def store_password(user: str, host: str, password: str) -> None:
    """Keep the mail password in the system keyring; refused where there is none."""
    import keyring
    from keyring.errors import KeyringError

    nowhere = InvalidInput(f"This computer has no keyring to keep the mail password in; set {PASSWORD_ENV} in the "
                           "environment instead", field="smtp_password")
    module = type(keyring.get_keyring()).__module__
    if module.endswith((".fail", ".null")):
        raise nowhere
    try:
        keyring.set_password(KEYRING_SERVICE, f"{user}@{host}", password)
    except KeyringError:
        raise nowhere from None


def message(config: SmtpConfig, *, to: str, subject: str, body: str, reply_to: str | None = None) -> Message:
    """A plain-text UTF-8 message. Built with the classic (compat32) classes: the modern
    ``EmailMessage`` parses every header it is given again, a third of a run's time at 15,000
    notices, for the same bytes on the wire."""
    if not (to.isascii() and config.sender.isascii()):
        return _international(config, to=to, subject=subject, body=body, reply_to=reply_to)
    msg = MIMEText(body, "plain", "utf-8")
    msg["From"] = config.sender
    msg["To"] = to
    msg["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")  # type: ignore[assignment]
    msg["Date"] = formatdate(localtime=True)
    domain = config.sender.rpartition("@")[2] or "library-desk.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    if reply_to:
        msg["Reply-To"] = reply_to
    return msg


def _international(config: SmtpConfig, *, to: str, subject: str, body: str, reply_to: str | None) -> Message:
    """A message to or from an address with letters beyond ASCII ("zoë@example.org"), which
    SMTP carries only with SMTPUTF8: the modern classes know how."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = config.sender, to, subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2].encode("idna").decode() or None)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg.set_content(body, charset="utf-8")
    return msg


class Mailer:
    """One connection to the mail server, opened on first use and closed at the end."""

    def __init__(self, config: SmtpConfig) -> None:
        if not config.sender or "@" not in config.sender:
            raise InvalidInput("Notices need a sender address (Settings: Send notices from)", field="notice_from")
        self.config = config
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        try:
            smtp: smtplib.SMTP
            if c.security == "tls":
                smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=TIMEOUT_S, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=TIMEOUT_S)
                if c.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
            if c.user:
                smtp.login(c.user, c.password or "")
            return smtp
        except smtplib.SMTPAuthenticationError as exc:
            raise MailFailed(f"The mail server {c.where} refused the user {c.user!r}: {_said(exc)}") from None
        except smtplib.SMTPNotSupportedError:
            raise MailFailed(f"The mail server {c.where} does not offer STARTTLS; choose tls or, for a server on this "
                             "computer only, none") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise MailFailed(f"The mail server {c.where} cannot be reached: {exc}") from None

    def send(self, msg: Message) -> None:
        """Hand one message to the server; ``MailFailed`` when it is not accepted."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            raise AddressRefused(f"The mail server refused the address {msg['To']}: {_said(exc)}") from None
        except smtplib.SMTPNotSupportedError:
            raise AddressRefused(f"The mail server cannot take the address {msg['To']}: it has letters beyond ASCII "
                                 "and the server does not offer SMTPUTF8") from None
        except (OSError, smtplib.SMTPException) as exc:
            self._smtp = None
            raise MailFailed(f"The mail server {self.config.where} stopped taking messages: {exc}") from None
        if refused:
            raise AddressRefused(f"The mail server refused the address {msg['To']}")

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._smtp = None


def _said(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
                 for code, text in exc.recipients.values()]
        return "; ".join(codes)
    text = getattr(exc, "smtp_error", b"")
    return text.decode(errors="replace") if isinstance(text, bytes) else str(exc)
