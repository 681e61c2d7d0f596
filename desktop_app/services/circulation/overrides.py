"""Overriding a refusal: a librarian (or admin) who gives a reason may lend, renew or place a
hold that the rules refuse, when every reason allows it. The same check runs at the desk and
when the server replays a desk's operation, with the rights of the person who overrode."""

from __future__ import annotations

from ...domain.errors import PermissionDenied, Refused
from ...domain.values import Role
from ..library import Actor


def allow_override(actor: Actor, refusal: Refused, reason: str | None) -> list[str]:
    """The codes overridden, or raise: ``refusal`` itself without a reason or when a reason
    cannot be overridden, ``PermissionDenied`` for anyone below a librarian."""
    if not reason or not reason.strip():
        raise refusal
    if not actor.at_least(Role.LIBRARIAN):
        raise PermissionDenied(f"Only a librarian or admin may override: {refusal.message}")
    if not refusal.overridable:
        raise refusal
    return refusal.codes
