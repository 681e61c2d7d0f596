"""Tables only the library server uses for authentication: login sessions (refresh-token
families), the refresh tokens themselves (stored as SHA-256 hashes, never in clear) and the
counters of the login rate limiter (shared by every worker process)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdType, UTCDateTime, utcnow


class AuthSession(Base):
    """One login: the family of refresh tokens it issues. Revoking it ends every token of the
    family and every access token carrying its id (claim ``sid``)."""

    __tablename__ = "auth_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    subject: Mapped[str] = mapped_column(String(80), index=True)  # "staff:<uuid>" or "member:<uuid>"
    staff_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("staff_users.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("members.id", ondelete="CASCADE"))
    device: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(200))


class RefreshToken(Base):
    """One opaque refresh token of a session, by the SHA-256 of its value. ``used_at`` is set
    when it is exchanged (rotation); ``replaced_by_id`` names its successor."""

    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("auth_sessions.id", ondelete="CASCADE"),
                                            index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replaced_by_id: Mapped[int | None] = mapped_column(IdType)


class RateBucket(Base):
    """A fixed-window counter of the login rate limiter (key: ``account:<name>`` or
    ``address:<ip>``)."""

    __tablename__ = "rate_buckets"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    hits: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_rate_buckets_window", "window_start"),)


class LoginFailure(Base):
    """Failed logins of one account name (``staff:<name>`` or ``card:<number>``, known or not)
    from one place (the client address on the server, ``local`` at a desk): after five in a
    row that account is locked *from that place*, for longer each time; a good login from
    there clears the row. Keyed by place, so nobody can lock an account out everywhere."""

    __tablename__ = "login_failures"

    account: Mapped[str] = mapped_column(String(120), primary_key=True)
    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
