"""The mail server's address as a librarian or an environment variable gives it: what is
understood, and what is refused with its reason instead of a traceback or a password in clear."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.services.notices.mail import SmtpConfig, message


def test_the_usual_forms() -> None:
    plain = SmtpConfig.from_url("smtp://desk:s%40cret@mail.example.org?from=notices@library.example")
    assert (plain.host, plain.port, plain.security, plain.user, plain.password, plain.sender) == (
        "mail.example.org", 587, "starttls", "desk", "s@cret", "notices@library.example")
    assert SmtpConfig.from_url("smtps://mail.example.org").port == 465
    assert SmtpConfig.from_url("smtp://127.0.0.1:2525?security=none").security == "none"


@pytest.mark.parametrize(("url", "said"), [
    ("smtp://[::1", "looks like smtp://host:587"),
    ("http://mail.example.org", "looks like smtp://host:587"),
    ("smtp://", "looks like smtp://host:587"),
    ("smtp://mail.example.org:0", "is 0"),
    ("smtps://mail.example.org?security=none", "contradicts"),
    ("smtp://mail.example.org?security=plain", "starttls, tls or none"),
    ("smtp://u:p@mail.example.org?security=none", "only for a mail server on this computer"),
    ("smtp://127.0.0.1?from=a@b.c%0d%0aBcc:%20e@x.org", "is not an email address"),
    ("smtp://127.0.0.1?from=nobody", "is not an email address"),
])
def test_what_is_refused_and_why(url: str, said: str) -> None:
    with pytest.raises(InvalidInput, match=said):
        SmtpConfig.from_url(url)


def test_settings_with_security_none_for_another_computer_are_refused() -> None:
    with pytest.raises(InvalidInput, match="needs starttls or tls"):
        SmtpConfig.from_settings({"smtp_host": "mail.example.org", "smtp_security": "none", "smtp_port": 25},
                                 account_password="x")


def test_a_subject_beyond_ascii_and_an_address_beyond_ascii() -> None:
    config = SmtpConfig.from_url("smtp://127.0.0.1?security=none&from=desk@library.example")
    plain = message(config, to="ana@example.org", subject="Bald fällig", body="Grüße")
    assert plain.get_content_charset() == "utf-8" and "=?utf-8?" in plain.as_string()
    wide = message(config, to="bjørn@example.org", subject="Due", body="Hei")
    assert wide["To"] == "bjørn@example.org"
