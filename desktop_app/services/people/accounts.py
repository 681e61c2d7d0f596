"""Staff accounts and logins (staff by password, members by card and PIN).

Logins are throttled per account and place (``logins``). Creating a staff account, changing
its role, name or activity and changing its password are transitions: they reach the server
and, through it, the desks that may hold that account for offline login."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from passlib.context import CryptContext
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Member, StaffUser
from ...domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    MembershipExpired,
    NotFound,
)
from ...domain.text import day, normalize_scan
from ...domain.values import Role
from ..library import Actor, Library, require
from ..transaction import Tx, action
from . import logins
from .sessions import end_sessions

# argon2id with the library's default costs; the same context serves staff passwords and PINs.
PASSWORDS = CryptContext(schemes=["argon2"], deprecated="auto", argon2__type="ID")
MIN_PASSWORD = 8
STAFF_ROLES = (Role.ADMIN, Role.LIBRARIAN, Role.DESK)


@dataclass(frozen=True)
class StaffLine:
    """A staff account as the staff lists show it."""

    id: int
    uuid: str
    username: str
    display_name: str
    role: str
    active: bool
    last_login: datetime | None
    locked_until: datetime | None


def hash_secret(secret: str) -> str:
    return PASSWORDS.hash(secret)


def verify_secret(secret: str, hashed: str | None) -> bool:
    if not hashed:
        return False
    try:
        return PASSWORDS.verify(secret, hashed)
    except (ValueError, TypeError):
        return False


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"The password must have at least {MIN_PASSWORD} characters", field="password")
    if password.strip() != password:
        raise InvalidInput("The password must not start or end with a space", field="password")


def staff_actor(user: StaffUser, desk: str | None = None) -> Actor:
    return Actor(username=user.username, role=Role(user.role), staff_id=user.id, staff_uuid=user.uuid,
                 display_name=user.display_name, desk=desk)


def staff_data(user: StaffUser) -> dict[str, Any]:
    """The journal picture of a staff account (its password travels as its argon2id hash)."""
    return {"uuid": user.uuid, "username": user.username, "display_name": user.display_name, "role": user.role,
            "active": user.active, "password_hash": user.password_hash}


def _locked_message(name: str, until: Any) -> str:
    return (f"Too many failed logins for {name!r} from here: try again after {until.astimezone():%H:%M on %d %b} "
            "or ask an admin")


def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not name or len(name) > 64 or not name.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise InvalidInput(f"Username {name!r} may only use letters, digits, '.', '-' and '_'", field="username")
    return name


# -- transitions ------------------------------------------------------------------------------
def create_staff(tx: Tx, *, username: str, display_name: str, password_hash: str, role: Role | str,
                 staff_uuid: str | None = None) -> StaffUser:
    require(tx.actor, Role.ADMIN, "create staff accounts")
    return _new_staff(tx, username=username, display_name=display_name, password_hash=password_hash,
                      role=Role(role), staff_uuid=staff_uuid)


def _new_staff(tx: Tx, *, username: str, display_name: str, password_hash: str, role: Role,
               staff_uuid: str | None = None, journal_it: bool = True) -> StaffUser:
    name = check_username(username)
    if role not in STAFF_ROLES:
        raise InvalidInput(f"Unknown staff role {role!r}", field="role")
    if not password_hash.startswith("$argon2"):
        raise InvalidInput("A password is stored as an argon2 hash", field="password")
    if tx.s.scalar(select(StaffUser.id).where(StaffUser.username == name)) is not None:
        raise Conflict(f"There is already a staff account named {name!r}")
    user = StaffUser(username=name, display_name=(display_name or "").strip()[:100] or name,
                     password_hash=password_hash, role=role.value, active=True)
    if staff_uuid:
        user.uuid = staff_uuid
    tx.add(user)
    tx.record("staff_upsert", staff_data(user), row_uuid=user.uuid, base_version=0, audit="staff_create",
              entity="staff_user", journal_it=journal_it, username=name, role=role.value)
    return user


def set_active(tx: Tx, user: StaffUser, active: bool) -> None:
    """Switch an account off or on; either way its sessions end (a re-activated account
    logs in afresh)."""
    require(tx.actor, Role.ADMIN, "activate or deactivate staff accounts")
    if not active and user.id == tx.actor.staff_id:
        raise Conflict("You cannot deactivate your own account")
    user.active = bool(active)
    tx.touch(user)
    end_sessions(tx, staff_id=user.id, reason="account deactivated" if not active else "account re-activated")
    tx.record("staff_upsert", staff_data(user), row_uuid=user.uuid, base_version=user.version - 1,
              audit="staff_active", entity="staff_user", active=bool(active))


def set_role(tx: Tx, user: StaffUser, role: Role | str) -> None:
    require(tx.actor, Role.ADMIN, "change staff roles")
    role = Role(role)
    if role not in STAFF_ROLES:
        raise InvalidInput(f"Unknown staff role {role!r}", field="role")
    if user.id == tx.actor.staff_id and role != Role.ADMIN:
        raise Conflict("You cannot take the admin role from your own account")
    user.role = role.value
    tx.touch(user)
    end_sessions(tx, staff_id=user.id, reason="role changed")
    tx.record("staff_upsert", staff_data(user), row_uuid=user.uuid, base_version=user.version - 1,
              audit="staff_role", entity="staff_user", role=role.value)


def set_password(tx: Tx, user: StaffUser, password_hash: str) -> None:
    """A new password (its hash) for ``user``: their own, or anyone's by an admin. Their
    sessions end."""
    if tx.actor.staff_id != user.id and tx.actor.staff_uuid != user.uuid:
        require(tx.actor, Role.ADMIN, "reset other people's passwords")
    elif tx.actor.role == Role.MEMBER:
        require(tx.actor, Role.DESK, "change staff passwords")
    if not isinstance(password_hash, str) or not password_hash.startswith("$argon2") or len(password_hash) > 200:
        raise InvalidInput("A password is stored as an argon2 hash", field="password")
    user.password_hash = password_hash
    tx.touch(user)
    end_sessions(tx, staff_id=user.id, reason="password changed")
    tx.record("staff_password", {"uuid": user.uuid, "username": user.username, "password_hash": password_hash},
              row_uuid=user.uuid, base_version=user.version - 1, entity="staff_user")


def find_staff(s: Session, username: str) -> StaffUser:
    user = s.scalar(select(StaffUser).where(StaffUser.username == (username or "").strip().lower()))
    if user is None:
        raise NotFound(f"There is no staff account named {username!r}")
    return user


class Accounts:
    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- staff ------------------------------------------------------------------------
    def has_staff(self) -> bool:
        with self.lib.read() as s:
            return bool(s.scalar(select(func.count()).select_from(StaffUser)))

    def create_first_admin(self, *, username: str, display_name: str, password: str) -> StaffUser:
        """Create the first admin of an empty library (no actor needed, refused otherwise)."""
        check_password_strength(password)
        hashed = hash_secret(password)
        founder = Actor(username=check_username(username), role=Role.ADMIN, display_name=display_name)
        with action(self.lib, founder) as tx:
            if tx.s.scalar(select(func.count()).select_from(StaffUser)):
                raise Conflict("This library already has staff accounts; ask an admin to add yours")
            # The library's founding account stays with this library: it is not sent to a server
            # (a server has its own first admin; a library that joins one uploads its staff).
            return _new_staff(tx, username=username, display_name=display_name, password_hash=hashed,
                              role=Role.ADMIN, journal_it=False)

    def create_staff(self, actor: Actor, *, username: str, display_name: str, password: str,
                     role: Role | str) -> StaffUser:
        require(actor, Role.ADMIN, "create staff accounts")
        role = Role(role)
        check_username(username)
        check_password_strength(password)
        hashed = hash_secret(password)
        with action(self.lib, actor) as tx:
            return create_staff(tx, username=username, display_name=display_name, password_hash=hashed, role=role)

    def list_staff(self, actor: Actor) -> list[StaffLine]:
        """Every staff account, with the end of its latest lock still running (any place)."""
        require(actor, Role.LIBRARIAN, "list staff accounts")
        with self.lib.read() as s:
            locks = logins.latest_locks(s, self.lib.now())
            return [StaffLine(u.id, u.uuid, u.username, u.display_name, u.role, u.active, u.last_login,
                              locks.get(logins.staff_key(u.username)))
                    for u in s.scalars(select(StaffUser).order_by(StaffUser.username))]

    def locks(self, actor: Actor) -> dict[str, Any]:
        """Username -> when the latest lock on it ends, for the accounts locked now."""
        require(actor, Role.LIBRARIAN, "see locked accounts")
        with self.lib.read() as s:
            found = logins.latest_locks(s, self.lib.now())
        return {k.removeprefix("staff:"): v for k, v in found.items() if k.startswith("staff:")}

    def get_staff(self, username: str) -> StaffUser:
        with self.lib.read() as s:
            return find_staff(s, username)

    def first_admin(self) -> StaffUser | None:
        with self.lib.read() as s:
            return s.scalar(select(StaffUser).where(StaffUser.role == "admin", StaffUser.active)
                            .order_by(StaffUser.id).limit(1))

    def login(self, username: str, password: str, *, desk: str | None = None, address: str = logins.LOCAL) -> Actor:
        """Check a staff login from ``address``. A wrong password and an unknown name say the
        same; a lock (after five failures from that place) says the same for both too.

        Every failure is recorded in the audit log in a transaction of its own that commits
        although the login fails (``login_failed`` with the reason; a failure that locks the
        account also writes ``login_lockout`` with the lock's end). Never the password."""
        name = (username or "").strip().lower()
        key = logins.staff_key(name)
        now = self.lib.now()
        # The slow hash check runs before the write transaction, so a login never holds the
        # database's write lock for its duration (on a server, every writer would wait).
        with self.lib.read() as s:
            until = logins.locked_until(s, key, address, now)
            stored = s.scalar(select(StaffUser.password_hash).where(StaffUser.username == name))
        if until is not None:
            with self.lib.write() as s:
                user = s.scalar(select(StaffUser).where(StaffUser.username == name))
                self.lib.audit(s, _staff_or_name(user, name, desk), "login_failed", "staff_user",
                               user.uuid if user else None, username=name, address=address, reason="locked",
                               locked_until=until.isoformat())
            raise AccountLocked(_locked_message(name, until))
        matches = verify_secret(password, stored or _dummy_hash()) and stored is not None
        failure: AuthenticationFailed | None = None
        with self.lib.write() as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == name))
            if user is not None and user.password_hash != stored:  # changed meanwhile
                matches = verify_secret(password, user.password_hash)
            who = _staff_or_name(user, name, desk)
            if not matches or user is None:
                # Counted in this transaction, which must commit: raising inside it would roll
                # the count back and the account would never lock.
                locked = logins.failed(s, key, address, now)
                row_uuid = user.uuid if user else None
                self.lib.audit(s, who, "login_failed", "staff_user", row_uuid, username=name, address=address,
                               reason="wrong password" if user else "unknown account",
                               **({"locked_until": locked.isoformat()} if locked else {}))
                if locked:
                    self.lib.audit(s, who, "login_lockout", "staff_user", row_uuid, username=name, address=address,
                                   until=locked.isoformat())
                failure = AccountLocked(_locked_message(name, locked)) if locked else \
                    AuthenticationFailed("Wrong username or password")
            elif not user.active:
                self.lib.audit(s, who, "login_failed", "staff_user", user.uuid, username=name, address=address,
                               reason="deactivated")
                failure = AuthenticationFailed(f"The account {name!r} is deactivated; ask an admin")
            else:
                logins.succeeded(s, key, address)
                user.last_login = now
                self.lib.audit(s, who, "login", "staff_user", user.uuid, address=address)
        if failure is not None:
            raise failure
        return who

    def unlock(self, actor: Actor, username: str) -> None:
        """Clear every lock on a staff account, from every place (admins)."""
        require(actor, Role.ADMIN, "unlock staff accounts")
        with self.lib.write() as s:
            user = find_staff(s, username)
            cleared = logins.clear_all(s, logins.staff_key(user.username))
            self.lib.audit(s, actor, "staff_unlock", "staff_user", user.uuid, username=user.username,
                           places=cleared)

    def change_password(self, actor: Actor, username: str, new_password: str, *,
                        old_password: str | None = None) -> None:
        """A person changes their own password (old one needed); an admin resets anyone's."""
        check_password_strength(new_password)
        with self.lib.read() as s:
            user = find_staff(s, username)
        own = actor.staff_id == user.id
        if not own:
            require(actor, Role.ADMIN, "reset other people's passwords")
        elif actor.role != Role.ADMIN and not verify_secret(old_password or "", user.password_hash):
            raise AuthenticationFailed("The current password is wrong")
        hashed = hash_secret(new_password)
        with action(self.lib, actor) as tx:
            set_password(tx, find_staff(tx.s, username), hashed)

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        with action(self.lib, actor) as tx:
            set_active(tx, find_staff(tx.s, username), active)

    def set_role(self, actor: Actor, username: str, role: Role | str) -> None:
        with action(self.lib, actor) as tx:
            set_role(tx, find_staff(tx.s, username), role)

    # -- members at the self-service window ---------------------------------------------
    def member_login(self, card_number: str, pin: str, *, address: str = logins.LOCAL) -> Actor:
        """Check a member's card and PIN from ``address`` (the self-service window, the REST
        API). Failures are audited as in ``login`` (``member_login_failed``,
        ``member_lockout``), in a transaction that commits; never the PIN."""
        card = normalize_scan(card_number)
        key = logins.card_key(card)
        now = self.lib.now()
        with self.lib.read() as s:  # the hash check runs outside the write lock, as in ``login``
            until = logins.locked_until(s, key, address, now)
            stored = s.scalar(select(Member.pin_hash).where(Member.card_number == card))
        card_actor = Actor(username=card or "?", role=Role.MEMBER)
        if until is not None:
            with self.lib.write() as s:
                self.lib.audit(s, card_actor, "member_login_failed", "member",
                               s.scalar(select(Member.uuid).where(Member.card_number == card)), address=address,
                               reason="locked", locked_until=until.isoformat())
            raise AccountLocked("Too many wrong PINs: this card is locked for a while; ask at the desk")
        matches = verify_secret(pin, stored or _dummy_hash()) and stored is not None
        failure: AuthenticationFailed | None = None
        with self.lib.write() as s:
            member = s.scalar(select(Member).where(Member.card_number == card))
            if member is not None and member.pin_hash != stored:
                matches = verify_secret(pin, member.pin_hash)
            if member is None or not matches:
                locked = logins.failed(s, key, address, now)  # committed before raising: see ``login``
                row_uuid = member.uuid if member else None
                why = "unknown card" if member is None else "no PIN set" if not member.pin_hash else "wrong PIN"
                self.lib.audit(s, card_actor, "member_login_failed", "member", row_uuid, address=address, reason=why,
                               **({"locked_until": locked.isoformat()} if locked else {}))
                if locked:
                    self.lib.audit(s, card_actor, "member_lockout", "member", row_uuid, address=address,
                                   until=locked.isoformat())
                failure = AccountLocked("Too many wrong PINs: this card is locked for a while; ask at the desk") \
                    if locked else AuthenticationFailed("Wrong card number or PIN")
            elif member.expires is not None and member.expires < self.lib.today():
                self.lib.audit(s, card_actor, "member_login_failed", "member", member.uuid, address=address,
                               reason="membership expired")
                failure = MembershipExpired(f"Your membership expired on {day(member.expires)}; "
                                            "please renew it at the desk")
            else:
                logins.succeeded(s, key, address)
                actor = Actor(username=member.card_number, role=Role.MEMBER, member_id=member.id,
                              display_name=member.full_name)
                self.lib.audit(s, actor, "member_login", "member", member.uuid, address=address)
        if failure is not None:
            raise failure
        return actor


def _staff_or_name(user: StaffUser | None, name: str, desk: str | None) -> Actor:
    """Who a login attempt names: the account, or just the name typed (no such account)."""
    return staff_actor(user, desk) if user is not None else Actor(username=name or "?", role=Role.DESK)


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    """A hash to verify against for unknown accounts, so timing does not reveal them."""
    if not _DUMMY:
        _DUMMY.append(hash_secret("not-a-real-password"))
    return _DUMMY[0]
