"""Staff accounts and logins (staff by password, members by card and PIN), with throttling:
after five failures in a row an account locks, for longer each time; an admin unlocks."""

from __future__ import annotations

from datetime import timedelta

from passlib.context import CryptContext
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Member, StaffUser
from ..domain.errors import (
    AccountLocked, AuthenticationFailed, Conflict, InvalidInput, MembershipExpired, NotFound,
)
from ..domain.text import day, normalize_scan
from ..domain.values import Role
from .library import Actor, Library, require

# argon2id with the library's default costs; the same context serves staff passwords and PINs.
PASSWORDS = CryptContext(schemes=["argon2"], deprecated="auto", argon2__type="ID")
MAX_FAILURES = 5
LOCK_STEPS = (timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=24))
MIN_PASSWORD = 8
STAFF_ROLES = (Role.ADMIN, Role.LIBRARIAN, Role.DESK)


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
    return Actor(username=user.username, role=Role(user.role), staff_id=user.id,
                 display_name=user.display_name, desk=desk)


def _lock_duration(lockouts: int) -> timedelta:
    return LOCK_STEPS[min(lockouts, len(LOCK_STEPS) - 1)]


class Accounts:
    def __init__(self, library: Library) -> None:
        self.lib = library

    # -- staff ------------------------------------------------------------------------
    def has_staff(self) -> bool:
        with self.lib.read() as s:
            return bool(s.scalar(select(func.count()).select_from(StaffUser)))

    def create_first_admin(self, *, username: str, display_name: str, password: str) -> StaffUser:
        """Create the first admin of an empty library (no actor needed, refused otherwise)."""
        with self.lib.write() as s:
            if s.scalar(select(func.count()).select_from(StaffUser)):
                raise Conflict("This library already has staff accounts; ask an admin to add yours")
            return self._add(s, None, username=username, display_name=display_name, password=password,
                             role=Role.ADMIN)

    def create_staff(self, actor: Actor, *, username: str, display_name: str, password: str,
                     role: Role | str) -> StaffUser:
        require(actor, Role.ADMIN, "create staff accounts")
        with self.lib.write() as s:
            return self._add(s, actor, username=username, display_name=display_name, password=password,
                             role=Role(role))

    def _add(self, s: Session, actor: Actor | None, *, username: str, display_name: str, password: str,
             role: Role) -> StaffUser:
        username = username.strip().lower()
        if not username or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
            raise InvalidInput(f"Username {username!r} may only use letters, digits, '.', '-' and '_'",
                               field="username")
        if role not in STAFF_ROLES:
            raise InvalidInput(f"Unknown staff role {role!r}", field="role")
        check_password_strength(password)
        if s.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
            raise Conflict(f"There is already a staff account named {username!r}")
        user = StaffUser(username=username, display_name=display_name.strip() or username,
                         password_hash=hash_secret(password), role=role.value, active=True,
                         created_at=self.lib.now(), updated_at=self.lib.now())
        s.add(user)
        s.flush()
        who = actor or Actor(username=username, role=role, staff_id=user.id)
        self.lib.audit(s, who, "staff_create", "staff_user", user.uuid, username=username, role=role.value)
        return user

    def list_staff(self, actor: Actor) -> list[StaffUser]:
        require(actor, Role.LIBRARIAN, "list staff accounts")
        with self.lib.read() as s:
            return list(s.scalars(select(StaffUser).order_by(StaffUser.username)))

    def get_staff(self, username: str) -> StaffUser:
        with self.lib.read() as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
            if user is None:
                raise NotFound(f"There is no staff account named {username!r}")
            return user

    def first_admin(self) -> StaffUser | None:
        with self.lib.read() as s:
            return s.scalar(select(StaffUser).where(StaffUser.role == "admin", StaffUser.active)
                            .order_by(StaffUser.id).limit(1))

    def login(self, username: str, password: str, *, desk: str | None = None) -> Actor:
        """Check a staff login. Wrong password, unknown user, inactive and locked accounts
        each raise with their own message; failures are counted even for wrong passwords."""
        name = username.strip().lower()
        # The slow hash check runs before the write transaction, so a login never holds the
        # database's write lock for its duration (on a server, every writer would wait).
        with self.lib.read() as s:
            stored = s.scalar(select(StaffUser.password_hash).where(StaffUser.username == name))
        matches = verify_secret(password, stored or _dummy_hash()) and stored is not None
        with self.lib.write() as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == name))
            if user is None:
                raise AuthenticationFailed("Wrong username or password")
            if user.password_hash != stored:  # changed meanwhile: check against the new one
                matches = verify_secret(password, user.password_hash)
            now = self.lib.now()
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLocked(f"The account {name!r} is locked after too many failed logins until "
                                    f"{user.locked_until.astimezone():%H:%M on %d %b}; an admin can unlock it")
            failure: AuthenticationFailed | None = None
            if not matches:
                # The failure is counted in this transaction, which must commit: raising
                # inside it would roll the count back and the account would never lock.
                self._fail(s, user, now)
                if user.locked_until is not None and user.locked_until > now:
                    failure = AccountLocked(f"Too many failed logins: the account {name!r} is locked until "
                                            f"{user.locked_until.astimezone():%H:%M on %d %b}")
                else:
                    failure = AuthenticationFailed("Wrong username or password")
            else:
                if not user.active:
                    raise AuthenticationFailed(f"The account {name!r} is deactivated; ask an admin")
                user.failed_logins = 0
                user.locked_until = None
                user.last_login = now
                actor = staff_actor(user, desk)
                self.lib.audit(s, actor, "login", "staff_user", user.uuid)
        if failure is not None:
            raise failure
        return actor

    def _fail(self, s: Session, row: StaffUser | Member, now: object) -> None:
        row.failed_logins += 1
        if row.failed_logins >= MAX_FAILURES:
            row.locked_until = now + _lock_duration(row.lockouts)  # type: ignore[operator]
            row.lockouts += 1
            row.failed_logins = 0

    def unlock(self, actor: Actor, username: str) -> None:
        require(actor, Role.ADMIN, "unlock staff accounts")
        with self.lib.write() as s:
            user = self._staff(s, username)
            user.failed_logins = 0
            user.lockouts = 0
            user.locked_until = None
            self.lib.audit(s, actor, "staff_unlock", "staff_user", user.uuid)

    def change_password(self, actor: Actor, username: str, new_password: str, *,
                        old_password: str | None = None) -> None:
        """A person changes their own password (old one needed); an admin resets anyone's."""
        with self.lib.write() as s:
            user = self._staff(s, username)
            own = actor.staff_id == user.id
            if not own:
                require(actor, Role.ADMIN, "reset other people's passwords")
            elif actor.role != Role.ADMIN and not verify_secret(old_password or "", user.password_hash):
                raise AuthenticationFailed("The current password is wrong")
            check_password_strength(new_password)
            user.password_hash = hash_secret(new_password)
            user.version += 1
            user.updated_at = self.lib.now()
            self.lib.audit(s, actor, "staff_password", "staff_user", user.uuid)

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        require(actor, Role.ADMIN, "activate or deactivate staff accounts")
        with self.lib.write() as s:
            user = self._staff(s, username)
            if not active and user.id == actor.staff_id:
                raise Conflict("You cannot deactivate your own account")
            user.active = active
            user.version += 1
            self.lib.audit(s, actor, "staff_active", "staff_user", user.uuid, active=active)

    def _staff(self, s: Session, username: str) -> StaffUser:
        user = s.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
        if user is None:
            raise NotFound(f"There is no staff account named {username!r}")
        return user

    # -- members at the self-service window ---------------------------------------------
    def member_login(self, card_number: str, pin: str) -> Actor:
        card = normalize_scan(card_number)
        with self.lib.read() as s:  # the hash check runs outside the write lock, as in ``login``
            stored = s.scalar(select(Member.pin_hash).where(Member.card_number == card))
        matches = verify_secret(pin, stored or _dummy_hash()) and stored is not None
        with self.lib.write() as s:
            member = s.scalar(select(Member).where(Member.card_number == card))
            if member is None or not member.pin_hash:
                raise AuthenticationFailed("Wrong card number or PIN")
            if member.pin_hash != stored:
                matches = verify_secret(pin, member.pin_hash)
            now = self.lib.now()
            if member.locked_until is not None and member.locked_until > now:
                raise AccountLocked("Too many wrong PINs: this card is locked for a while; ask at the desk")
            if not matches:
                self._fail(s, member, now)  # committed before raising: see ``login``
                wrong = True
            else:
                wrong = False
                member.failed_logins = 0
                if member.expires is not None and member.expires < self.lib.today():
                    raise MembershipExpired(f"Your membership expired on {day(member.expires)}; "
                                            "please renew it at the desk")
                actor = Actor(username=member.card_number, role=Role.MEMBER, member_id=member.id,
                              display_name=member.full_name)
                self.lib.audit(s, actor, "member_login", "member", member.uuid)
        if wrong:
            raise AuthenticationFailed("Wrong card number or PIN")
        return actor


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    """A hash to verify against for unknown accounts, so timing does not reveal them."""
    if not _DUMMY:
        _DUMMY.append(hash_secret("not-a-real-password"))
    return _DUMMY[0]
