"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps every message it receives, parsed."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    envelope_from: str
    recipients: list[str]
    message: EmailMessage
    raw: bytes

    @property
    def body(self) -> str:
        part = self.message.get_body(("plain",))
        assert part is not None
        return str(part.get_content()).replace("\r\n", "\n")


@dataclass
class MailBox:
    host: str
    port: int
    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)  # recipients the server answers 550 for

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}?security=none&from=desk@library.example"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.recipients]


class _Handler:
    def __init__(self, box: MailBox) -> None:
        self.box = box

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.box.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content or envelope.content)
        parsed = message_from_bytes(raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.box.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed, raw))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def mail_server(*, user: str | None = None, password: str | None = None, utf8: bool = False) -> Iterator[MailBox]:
    """Run a mail server until the block ends. With ``user``, it requires that login (over
    plain SMTP: the test has no certificate). With ``utf8`` it offers SMTPUTF8 (addresses beyond
    ASCII)."""
    box = MailBox("127.0.0.1", _free_port())
    kwargs: dict[str, Any] = {}
    if user is not None:
        def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)
        kwargs = {"authenticator": check, "auth_required": True, "auth_require_tls": False}
    controller = Controller(_Handler(box), hostname=box.host, port=box.port, enable_SMTPUTF8=utf8, **kwargs)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
