"""Registered desks and their credentials.

A librarian or admin registers a desk (``register``): it gets a client id, a two-digit desk
code of its own (01-99; 00 stays the code of a library without a server; the code goes into
the barcodes and card numbers it generates, so two desks working offline never make the same
one), a role (at most the registering person's: the highest rights its operations and its
offline logins get) and a credential (32 random bytes shown once; the server keeps their
SHA-256). With the credential the desk gets short access tokens (``exchange``) that open only
its own push and pull. An admin retires a desk (``retire``): its credential stops working and
its code is free for another desk.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update

from ...db.models import AuthSession, Copy, Member
from ...db.sync_models import SyncDevice
from ...domain.errors import AuthenticationFailed, Conflict, InvalidInput, NotFound, PermissionDenied
from ...domain.values import ROLE_RANK, Role
from ...services import Actor, Library, require
from .feed import lock_counter

DEVICE_ROLES = (Role.DESK, Role.LIBRARIAN, Role.ADMIN)
SESSION_YEARS = 20


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _counters(s: Any, code: str) -> dict[str, int]:
    """The highest counter value used so far in barcodes and card numbers of desk ``code``
    (a code freed by a retired desk starts where that desk stopped)."""
    out = {}
    for kind, column in (("3", Copy.barcode), ("2", Member.card_number)):
        top = s.scalar(select(func.max(column)).where(column.like(f"{kind}{code}%"), func.length(column) == 11))
        out[f"id_{kind}"] = int(top[3:10]) if top and top[3:10].isdigit() else 0
    return out


def device_view(d: SyncDevice) -> dict[str, Any]:
    return {"client_id": d.client_id, "desk_name": d.desk_name, "desk_code": d.desk_code, "role": d.role,
            "last_seq": d.last_seq, "username": d.username, "replaces": d.replaces,
            "registered_at": d.registered_at.isoformat(),
            "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None,
            "retired_at": d.retired_at.isoformat() if d.retired_at else None, "retired_by": d.retired_by,
            "has_credential": d.secret_hash is not None}


def _role_for(actor: Actor, wanted: str | None, default: str) -> str:
    role = Role(wanted) if wanted else Role(default)
    if role not in DEVICE_ROLES:
        raise InvalidInput(f"A desk's role is desk, librarian or admin, not {role!r}", field="role")
    if ROLE_RANK[role] > ROLE_RANK[actor.role]:
        raise PermissionDenied(f"{actor.display_name or actor.username} ({actor.role}) cannot give a desk the "
                               f"{role} role")
    return role.value


def _new_session(s: Any, lib: Library, client_id: str) -> str:
    now = lib.now()
    session = AuthSession(id=str(uuid.uuid4()), subject=f"device:{client_id}", staff_id=None, member_id=None,
                          device=client_id, created_at=now, expires_at=now + timedelta(days=365 * SESSION_YEARS))
    s.add(session)
    return session.id


def _end_session(s: Any, lib: Library, session_id: str | None, reason: str) -> None:
    if session_id:
        s.execute(update(AuthSession).where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
                  .values(revoked_at=lib.now(), revoked_reason=reason))


def register(lib: Library, actor: Actor, *, desk_name: str, start_seq: int = 0, replaces: str | None = None,
             role: str | None = None) -> dict[str, Any]:
    """A new device row and its credential (in the answer, once). ``start_seq`` is the last
    journal seq the desk considers sent (a copied or restored database continues from its
    own journal); ``replaces`` names the client id the database had before it was copied or
    restored. A desk replacing itself authenticates with its old credential: the old desk is
    retired in the same transaction (one database, one desk)."""
    name = " ".join((desk_name or "").split())
    if not name or len(name) > 100:
        raise InvalidInput("A desk needs a name of 1 to 100 characters", field="desk_name")
    if start_seq < 0:
        raise InvalidInput("start_seq cannot be negative", field="start_seq")
    with lib.write() as s:
        lock_counter(s)
        old: SyncDevice | None = None
        if actor.device is not None:
            if replaces != actor.device:
                raise PermissionDenied("A desk's credential can only register its own replacement")
            old = s.get(SyncDevice, actor.device)
            assert old is not None
            device_role, username = old.role, old.username
        else:
            require(actor, Role.LIBRARIAN, "register a desk")
            device_role, username = _role_for(actor, role, actor.role.value), actor.username
        if old is not None:
            old.retired_at, old.retired_by, old.desk_code, old.secret_hash = lib.now(), "replaced", None, None
            _end_session(s, lib, old.session_id, "desk replaced")
            s.flush()
        used = set(s.scalars(select(SyncDevice.desk_code).where(SyncDevice.desk_code.is_not(None))))
        free = [f"{n:02d}" for n in range(1, 100) if f"{n:02d}" not in used]
        if not free:
            raise Conflict("All 99 desk codes are in use; an admin must retire a desk first")
        secret = secrets.token_urlsafe(32)
        client_id = str(uuid.uuid4())
        device = SyncDevice(client_id=client_id, username=username, desk_name=name, desk_code=free[0],
                            last_seq=start_seq, registered_at=lib.now(), last_seen_at=lib.now(), replaces=replaces,
                            role=device_role, secret_hash=_hash(secret), session_id=_new_session(s, lib, client_id))
        s.add(device)
        lib.audit(s, actor, "desk_register", "sync_device", client_id, desk=name, code=device.desk_code,
                  role=device_role, replaces=replaces)
        return {"client_id": client_id, "desk_code": device.desk_code, "desk_name": name, "last_seq": start_seq,
                "role": device_role, "device_secret": secret, "counters": _counters(s, free[0])}


def new_credential(lib: Library, actor: Actor, client_id: str) -> dict[str, Any]:
    """A fresh credential for a registered desk (its keyring was lost; a desk registered
    before credentials existed). The old one stops working."""
    require(actor, Role.LIBRARIAN, "give a desk a new credential")
    if actor.device is not None:
        raise PermissionDenied("A desk cannot issue credentials; log in as a librarian")
    with lib.write() as s:
        device = s.get(SyncDevice, client_id, with_for_update=True)
        if device is None or device.retired_at is not None:
            raise NotFound("There is no such active desk")
        if ROLE_RANK[Role(device.role)] > ROLE_RANK[actor.role]:
            raise PermissionDenied(f"This desk has the {device.role} role; ask an admin")
        secret = secrets.token_urlsafe(32)
        device.secret_hash = _hash(secret)
        _end_session(s, lib, device.session_id, "new credential")
        device.session_id = _new_session(s, lib, client_id)
        lib.audit(s, actor, "desk_credential", "sync_device", client_id, desk=device.desk_name)
        return {"client_id": client_id, "desk_code": device.desk_code, "desk_name": device.desk_name,
                "last_seq": device.last_seq, "role": device.role, "device_secret": secret,
                "counters": _counters(s, device.desk_code or "00")}


def exchange(lib: Library, client_id: str, secret: str) -> tuple[SyncDevice, str]:
    """The device and its session id for a valid credential (``AuthenticationFailed`` else,
    with one message whatever was wrong)."""
    wrong = AuthenticationFailed("This desk's credential is not valid (retired, replaced or reissued): "
                                 "run sync setup again")
    with lib.read() as s:
        device = s.get(SyncDevice, client_id)
        expected = device.secret_hash if device is not None else None
        if not hmac.compare_digest(expected or _hash("-"), _hash(secret)) or device is None or expected is None \
                or device.retired_at is not None or not device.session_id:
            raise wrong
        return device, device.session_id


def listing(lib: Library, actor: Actor, *, retired: bool = False) -> list[dict[str, Any]]:
    require(actor, Role.LIBRARIAN, "list desks")
    with lib.read() as s:
        stmt = select(SyncDevice).order_by(SyncDevice.desk_code, SyncDevice.registered_at)
        if not retired:
            stmt = stmt.where(SyncDevice.retired_at.is_(None))
        return [device_view(d) for d in s.scalars(stmt)]


def _find(s: Any, client_id: str, *, for_update: bool = True) -> SyncDevice:
    device = s.get(SyncDevice, client_id, with_for_update=for_update) if client_id else None
    if device is None:
        device = s.scalar(select(SyncDevice).where(SyncDevice.desk_code == client_id,
                                                   SyncDevice.retired_at.is_(None)))
    if device is None:
        raise NotFound(f"There is no desk {client_id!r}")
    return device


def retire(lib: Library, actor: Actor, client_id: str) -> dict[str, Any]:
    """Retire a desk (by client id or desk code): its credential and sessions end, its code
    is freed, its applied operations stay on record."""
    require(actor, Role.ADMIN, "retire desks")
    with lib.write() as s:
        lock_counter(s)
        device = _find(s, client_id)
        if device.retired_at is not None:
            return device_view(device)
        if actor.device == device.client_id:
            raise Conflict("A desk cannot retire itself; an admin does it from another desk or the server")
        code = device.desk_code
        device.retired_at, device.retired_by, device.desk_code, device.secret_hash = \
            lib.now(), actor.username, None, None
        _end_session(s, lib, device.session_id, "desk retired")
        lib.audit(s, actor, "desk_retire", "sync_device", device.client_id, desk=device.desk_name, code=code)
        return device_view(device)


def set_role(lib: Library, actor: Actor, client_id: str, role: str) -> dict[str, Any]:
    """Change the highest rights of a desk's operations and offline logins (admins)."""
    require(actor, Role.ADMIN, "change a desk's role")
    with lib.write() as s:
        device = _find(s, client_id)
        if device.retired_at is not None:
            raise Conflict("This desk is retired")
        before = device.role
        device.role = _role_for(actor, role, role)
        lib.audit(s, actor, "desk_role", "sync_device", device.client_id, before=before, after=device.role)
        return device_view(device)
