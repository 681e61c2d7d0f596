"""Staff accounts: creation, login, throttling that locks for longer each time, admin unlock,
passwords; member PIN logins."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    MembershipExpired,
    NotFound,
    PermissionDenied,
)
from desktop_app.domain.values import Role

# The passwords the integration conftest gives its librarian and desk accounts.
ADMIN_PASSWORD = "correct horse"
LIBRARIAN_PASSWORD = "librarian pass"
DESK_PASSWORD = "desk password"


def _fail(services, username: str, times: int) -> Exception:
    last: Exception | None = None
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as info:
            services.accounts.login(username, "wrong password")
        last = info.value
    assert last is not None
    return last


def test_login_returns_an_actor_with_the_role(services, clock) -> None:
    actor = services.accounts.login("  Lena ", LIBRARIAN_PASSWORD, desk="front")
    assert (actor.username, actor.role, actor.display_name, actor.desk) == ("lena", Role.LIBRARIAN,
                                                                             "Lena Librarian", "front")
    with pytest.raises(AuthenticationFailed, match="Wrong username or password"):
        services.accounts.login("nobody", "whatever1")


def _locks(services, admin) -> dict:
    return services.accounts.locks(admin)


def test_five_failures_lock_with_escalating_duration(services, admin, clock) -> None:
    start = clock.now()
    assert type(_fail(services, "dirk", 4)) is AuthenticationFailed
    fifth = _fail(services, "dirk", 1)
    assert isinstance(fifth, AccountLocked)
    assert "Too many failed logins for 'dirk' from here: try again after" in str(fifth)
    assert _locks(services, admin)["dirk"] == start + timedelta(minutes=5)
    with pytest.raises(AccountLocked, match="or ask an admin"):
        services.accounts.login("dirk", DESK_PASSWORD)  # even the right password
    clock.advance(seconds=301)
    _fail(services, "dirk", 5)  # no good login in between: the lock grows
    assert _locks(services, admin)["dirk"] == clock.now() + timedelta(minutes=30)
    clock.advance(seconds=1801)
    _fail(services, "dirk", 5)
    assert _locks(services, admin)["dirk"] == clock.now() + timedelta(hours=24)


def test_a_good_login_resets_the_count_and_the_escalation(services, admin, clock) -> None:
    _fail(services, "dirk", 4)
    assert services.accounts.login("dirk", DESK_PASSWORD).username == "dirk"
    assert type(_fail(services, "dirk", 4)) is AuthenticationFailed  # counted from zero again
    clock.advance(seconds=1)
    _fail(services, "dirk", 1)
    clock.advance(seconds=301)
    services.accounts.login("dirk", DESK_PASSWORD)
    _fail(services, "dirk", 5)
    assert _locks(services, admin)["dirk"] == clock.now() + timedelta(minutes=5)  # not 30: the login reset it


def test_a_lock_holds_only_from_where_the_failures_came(services, admin, clock) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("admin", "guess", address="203.0.113.9")
    with pytest.raises(AccountLocked):
        services.accounts.login("admin", ADMIN_PASSWORD, address="203.0.113.9")
    # The attacker's address is locked out; the admin at the desk (or elsewhere) is not.
    assert services.accounts.login("admin", ADMIN_PASSWORD).role == Role.ADMIN
    assert services.accounts.login("admin", ADMIN_PASSWORD, address="198.51.100.7").role == Role.ADMIN


def test_unknown_and_locked_accounts_say_the_same(services, clock) -> None:
    known, unknown = _fail(services, "dirk", 4), _fail(services, "nobody", 4)
    assert type(known) is type(unknown) and str(known) == str(unknown) == "Wrong username or password"
    known, unknown = _fail(services, "dirk", 1), _fail(services, "nobody", 1)
    assert type(known) is type(unknown) is AccountLocked
    assert str(known).replace("dirk", "X") == str(unknown).replace("nobody", "X")


def test_admin_unlocks(services, admin, desk, clock) -> None:
    _fail(services, "lena", 5)
    with pytest.raises(PermissionDenied, match="may not unlock staff accounts"):
        services.accounts.unlock(desk, "lena")
    services.accounts.unlock(admin, "lena")
    assert services.accounts.login("lena", LIBRARIAN_PASSWORD).role == Role.LIBRARIAN
    assert "lena" not in _locks(services, admin)


def test_create_staff_rules(services, admin, librarian, clock) -> None:
    user = services.accounts.create_staff(admin, username=" Max.Power ", display_name="Max", password="long enough",
                                          role="desk")
    assert (user.username, user.role) == ("max.power", "desk")
    assert not user.password_hash.startswith("long") and user.password_hash.startswith("$argon2id$")
    with pytest.raises(Conflict, match="already a staff account named 'max.power'"):
        services.accounts.create_staff(admin, username="max.power", display_name="", password="long enough",
                                       role="desk")
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        services.accounts.create_staff(admin, username="short", display_name="", password="short", role="desk")
    with pytest.raises(InvalidInput, match="may only use letters"):
        services.accounts.create_staff(admin, username="bad name!", display_name="", password="long enough",
                                       role="desk")
    with pytest.raises(ValueError):
        services.accounts.create_staff(admin, username="x1", display_name="", password="long enough", role="god")
    with pytest.raises(PermissionDenied, match="Lena Librarian \\(librarian\\) may not create staff accounts"):
        services.accounts.create_staff(librarian, username="x2", display_name="", password="long enough",
                                       role="desk")
    with pytest.raises(Conflict, match="already has staff accounts"):
        services.accounts.create_first_admin(username="root", display_name="", password="long enough")


def test_passwords_change_and_reset(services, admin, desk, clock) -> None:
    with pytest.raises(AuthenticationFailed, match="current password is wrong"):
        services.accounts.change_password(desk, "dirk", "new password 1", old_password="nope")
    services.accounts.change_password(desk, "dirk", "new password 1", old_password=DESK_PASSWORD)
    assert services.accounts.login("dirk", "new password 1").username == "dirk"
    with pytest.raises(PermissionDenied, match="reset other people's passwords"):
        services.accounts.change_password(desk, "lena", "new password 2")
    services.accounts.change_password(admin, "lena", "new password 2")
    assert services.accounts.login("lena", "new password 2").username == "lena"
    with pytest.raises(InvalidInput, match="must not start or end with a space"):
        services.accounts.change_password(admin, "lena", " spaced out ")
    with pytest.raises(NotFound, match="no staff account named 'ghost'"):
        services.accounts.change_password(admin, "ghost", "whatever12")


def test_deactivated_account_cannot_log_in(services, admin, clock) -> None:
    services.accounts.set_active(admin, "dirk", False)
    with pytest.raises(AuthenticationFailed, match="'dirk' is deactivated"):
        services.accounts.login("dirk", DESK_PASSWORD)
    with pytest.raises(Conflict, match="cannot deactivate your own account"):
        services.accounts.set_active(admin, "admin", False)
    assert [u.username for u in services.accounts.list_staff(admin)] == ["admin", "dirk", "lena"]


def test_member_pin_login(services, desk, clock, make_member) -> None:
    card = make_member()
    with pytest.raises(AuthenticationFailed, match="Wrong card number or PIN"):
        services.accounts.member_login(card, "1234")  # no PIN yet
    with pytest.raises(InvalidInput, match="A PIN is 4 to 12 digits"):
        services.members.set_pin(desk, card, "12a4")
    services.members.set_pin(desk, card, "2468")
    me = services.accounts.member_login(f" {card.lower()}\n", "2468")
    assert (me.role, me.display_name) == (Role.MEMBER, "Ana Ruiz")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            services.accounts.member_login(card, "0000")
    with pytest.raises(AccountLocked, match="ask at the desk"):
        services.accounts.member_login(card, "2468")
    services.members.set_pin(desk, card, "2468")  # the desk resets the PIN and the lock
    assert services.accounts.member_login(card, "2468").member_id == me.member_id


def test_expired_member_cannot_use_self_service(services, desk, clock, make_member) -> None:
    card = make_member(joined=date(2025, 1, 1), expires=date(2026, 1, 31))
    services.members.set_pin(desk, card, "2468")
    with pytest.raises(MembershipExpired, match="Your membership expired on 31 Jan 2026"):
        services.accounts.member_login(card, "2468")
