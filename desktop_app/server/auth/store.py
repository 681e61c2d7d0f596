"""Login sessions and their rotating refresh tokens, kept in the library database.

A refresh token is 32 random bytes shown once to the client; the database keeps only its
SHA-256. Each use exchanges it for a new one (rotation). Presenting a token that was already
exchanged means it leaked or the client lost a reply:
- within ``refresh_grace_s`` of the exchange, from the same device, while its successor has
  not been used yet: the client lost the reply, so the unused successor is retired and a new
  token issued (the family stays alive);
- otherwise the whole session (token family) is revoked and every token of it, refresh or
  access, stops working.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...db.models import AuthSession, Member, RefreshToken, StaffUser
from ...db.sync_models import SyncDevice
from ...domain.errors import AuthenticationFailed
from ...domain.values import Role
from ...services import Actor, Library
from ...services.people.accounts import staff_actor
from ..settings import ServerSettings


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def subject_of(actor: Actor, uuid_: str) -> str:
    return f"{'member' if actor.role == Role.MEMBER else 'staff'}:{uuid_}"


@dataclass(frozen=True)
class Issued:
    session_id: str
    refresh_token: str
    actor: Actor
    subject: str


class AuthStore:
    def __init__(self, library: Library, settings: ServerSettings) -> None:
        self.lib = library
        self.settings = settings

    def _new_token(self, s: Session, session_id: str, now: datetime) -> tuple[RefreshToken, str]:
        value = secrets.token_urlsafe(32)
        row = RefreshToken(token_hash=token_hash(value), session_id=session_id, issued_at=now,
                           expires_at=now + timedelta(seconds=self.settings.refresh_ttl_s))
        s.add(row)
        s.flush()
        return row, value

    def open(self, actor: Actor, *, device: str | None) -> Issued:
        """Start a session for a person who just logged in."""
        with self.lib.write() as s:
            now = self.lib.now()
            if actor.role == Role.MEMBER:
                row_uuid = s.scalar(select(Member.uuid).where(Member.id == actor.member_id))
            else:
                row_uuid = s.scalar(select(StaffUser.uuid).where(StaffUser.id == actor.staff_id))
            subject = subject_of(actor, str(row_uuid))
            session = AuthSession(id=str(uuid.uuid4()), subject=subject, staff_id=actor.staff_id,
                                  member_id=actor.member_id, device=(device or None), created_at=now,
                                  expires_at=now + timedelta(seconds=self.settings.refresh_ttl_s))
            s.add(session)
            s.flush()
            _, value = self._new_token(s, session.id, now)
            return Issued(session.id, value, actor, subject)

    def rotate(self, token: str, *, device: str | None) -> Issued:
        """Exchange a refresh token for a new one (see the module doc for reuse)."""
        reused = False
        with self.lib.write() as s:
            now = self.lib.now()
            row = s.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash(token)))
            if row is None:
                raise AuthenticationFailed("Unknown refresh token; log in again")
            session = s.get(AuthSession, row.session_id)
            assert session is not None
            self._check_session(session, now)
            if row.expires_at <= now:
                raise AuthenticationFailed("The refresh token has expired; log in again")
            actor = self._actor(s, session)
            if row.used_at is not None:
                successor = s.get(RefreshToken, row.replaced_by_id) if row.replaced_by_id else None
                lost_reply = (now - row.used_at <= timedelta(seconds=self.settings.refresh_grace_s)
                              and (device or None) == session.device)
                if not lost_reply or successor is None or successor.used_at is not None:
                    session.revoked_at, session.revoked_reason = now, "refresh token reused"
                    reused = True
                    # A leaked token or a replaying client: the security log says whose session ended.
                    self.lib.audit(s, actor, "refresh_token_reused", "auth_session", None, session_id=session.id,
                                   device=device or None, issued_to=session.device)
                else:
                    new, value = self._new_token(s, session.id, now)
                    # The successor never reached the client: retire it. It has no successor,
                    # so presenting it later counts as reuse and ends the family.
                    successor.used_at, successor.replaced_by_id = now, None
                    row.replaced_by_id = new.id
                    return Issued(session.id, value, actor, session.subject)
            else:
                new, value = self._new_token(s, session.id, now)
                row.used_at, row.replaced_by_id = now, new.id
                return Issued(session.id, value, actor, session.subject)
        assert reused
        raise AuthenticationFailed("This refresh token was already used: the session is ended for safety; "
                                   "log in again")

    def revoke_token(self, token: str) -> bool:
        """End the session of a refresh token. False when the token is unknown."""
        with self.lib.write() as s:
            row = s.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash(token)))
            if row is None:
                return False
            self._revoke(s, row.session_id, "logout")
            return True

    def revoke_session(self, session_id: str, reason: str = "logout") -> None:
        with self.lib.write() as s:
            self._revoke(s, session_id, reason)

    def _revoke(self, s: Session, session_id: str, reason: str) -> None:
        s.execute(update(AuthSession).where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
                  .values(revoked_at=self.lib.now(), revoked_reason=reason))

    def actor(self, session_id: str, subject: str) -> Actor:
        """The person behind a valid access token, as the database knows them now (role
        changes and deactivation apply at once). ``AuthenticationFailed`` otherwise."""
        with self.lib.read() as s:
            session = s.get(AuthSession, session_id)
            if session is None or session.subject != subject:
                raise AuthenticationFailed("The access token's session is unknown; log in again")
            self._check_session(session, self.lib.now())
            return self._actor(s, session)

    @staticmethod
    def _check_session(session: AuthSession, now: datetime) -> None:
        if session.revoked_at is not None:
            why = f" ({session.revoked_reason})" if session.revoked_reason else ""
            raise AuthenticationFailed(f"This session was ended{why}; log in again")
        if session.expires_at <= now:
            raise AuthenticationFailed("This session has expired; log in again")

    def _actor(self, s: Session, session: AuthSession) -> Actor:
        """Who a session is now. Changing a password or PIN, blocking a member, switching a
        staff account off or on, retiring a desk end their sessions (``people.sessions``);
        a deactivated account is refused here as well."""
        if session.subject.startswith("device:"):
            device = s.get(SyncDevice, session.subject.removeprefix("device:"))
            if device is None or device.retired_at is not None or device.session_id != session.id:
                raise AuthenticationFailed("This desk was retired or replaced: run sync setup again")
            return Actor(username=f"desk {device.desk_code}", role=Role(device.role), display_name=device.desk_name,
                         desk=device.desk_name, device=device.client_id)
        if session.staff_id is not None:
            user = s.get(StaffUser, session.staff_id)
            if user is None or not user.active:
                raise AuthenticationFailed("This staff account is deactivated")
            return staff_actor(user, session.device)
        member = s.get(Member, session.member_id)
        if member is None:
            raise AuthenticationFailed("This member no longer exists")
        return Actor(username=member.card_number, role=Role.MEMBER, member_id=member.id,
                     display_name=member.full_name)
