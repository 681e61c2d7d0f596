"""Ending a person's server sessions when their credentials or standing change (a new
password or PIN, a blocked member, a staff account switched off or on again): their refresh
tokens and access tokens stop working at once. The sessions table exists in every library
database; at a desk it is simply empty."""

from __future__ import annotations

from sqlalchemy import update

from ...db.base import rowcount
from ...db.models import AuthSession
from ..transaction import Tx


def end_sessions(tx: Tx, *, staff_id: int | None = None, member_id: int | None = None, reason: str) -> int:
    """Revoke every open session of the staff account or member; returns how many."""
    if staff_id is None and member_id is None:
        return 0
    who = AuthSession.staff_id == staff_id if staff_id is not None else AuthSession.member_id == member_id
    return rowcount(tx.s.execute(update(AuthSession).where(who, AuthSession.revoked_at.is_(None))
                                 .values(revoked_at=tx.lib.now(), revoked_reason=reason[:200])))
