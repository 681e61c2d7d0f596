"""The audit log can be read (issue 12, part 5): AuditLog's filters, pages and CSV export on a
real library, admins only; and the events that must be in it: failed logins (staff, members),
lockouts with their end, unlocks, overrides, waivers, deletions, exports. Never a secret."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.errors import AuthenticationFailed, BadCursor, InvalidInput, PermissionDenied
from desktop_app.domain.values import Role
from desktop_app.services import Actor
from desktop_app.services.audit import AuditFilter, AuditLine, AuditLog, parse_when
from desktop_app.services.interchange import export
from desktop_app.services.people.privacy import Privacy

DESK_PASSWORD = "desk password"  # the desk clerk of the integration fixtures


def _log(services) -> AuditLog:
    return AuditLog(services.library)


def _events(services, admin, **filters) -> list[AuditLine]:
    return _log(services).find(admin, AuditFilter(**filters), limit=500).items


def _fail(services, username: str, times: int = 1, password: str = "wrong password") -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login(username, password)


def test_only_admins_read_or_export(services, admin, librarian, desk, tmp_path) -> None:
    member = Actor(username="20000000001", role=Role.MEMBER, member_id=1)
    log = _log(services)
    for who in (librarian, desk, member):
        for attempt in (lambda a: log.ids(a), lambda a: log.find(a), lambda a: log.actions(a),
                        lambda a: log.actors(a), lambda a: log.rows(a, [1]),
                        lambda a: log.write_csv(a, tmp_path / "x.csv")):
            with pytest.raises(PermissionDenied):
                attempt(who)
    assert not (tmp_path / "x.csv").exists()
    assert log.find(admin).total


def test_filters_in_sql_newest_first_and_pages(services, admin, desk, clock, make_book, make_member) -> None:
    card = make_member()
    _, [code] = make_book("Dune")
    clock.advance(days=1)
    services.circulation.checkout(desk, card, code)
    clock.advance(days=2)
    services.circulation.checkin(desk, code)
    log = _log(services)
    everything = list(log.ids(admin))
    lines = log.rows(admin, everything)
    by_id = {line.id: line for line in lines}
    keys = [(by_id[i].at, i) for i in everything]
    assert keys == sorted(keys, reverse=True)  # newest first by (at, id)
    assert [line.action for line in _events(services, admin, who="dirk")] == ["checkin", "checkout"]
    assert [line.actor for line in _events(services, admin, action="checkout")] == ["dirk"]
    assert {line.entity for line in _events(services, admin, entity="book")} == {"book"}
    assert [line.action for line in _events(services, admin, text=code)] == ["checkin", "checkout", "copy_add"]
    assert _events(services, admin, text="DUNE")  # case does not matter for plain letters
    assert _events(services, admin, text="100%") == []  # % and _ are letters, not patterns
    # since / until: local days (until through its end) or moments (until exclusive); the
    # template library was made on the real clock, so these look at the clerk's events
    lent_day = (clock.now() - timedelta(days=2)).astimezone().date()
    assert [e.action for e in _events(services, admin, who="dirk", since=lent_day, until=lent_day)] == ["checkout"]
    assert [e.action for e in _events(services, admin, who="dirk", since=clock.now())] == ["checkin"]
    assert [e.action for e in _events(services, admin, who="dirk", until=clock.now())] == ["checkout"]
    with pytest.raises(InvalidInput, match="before its start"):
        log.ids(admin, AuditFilter(since=date(2026, 3, 5), until=date(2026, 3, 4)))
    with pytest.raises(InvalidInput, match="time zone"):
        log.ids(admin, AuditFilter(since=datetime(2026, 3, 5, 12, 0)))
    # pages: every event once, in order; a cursor belongs to its filters
    seen, cursor, first = [], None, None
    while True:
        page = log.find(admin, limit=2, cursor=cursor)
        first = page.total if first is None else first
        seen += [e.id for e in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == everything and first == len(everything)
    page = log.find(admin, limit=2)
    with pytest.raises(BadCursor):
        log.find(admin, AuditFilter(who="dirk"), limit=2, cursor=page.next_cursor)
    with pytest.raises(InvalidInput, match="1 to 500"):
        log.find(admin, limit=501)
    assert {"checkout", "checkin", "copy_add", "staff_create"} <= set(log.actions(admin))
    assert {"admin", "dirk"} <= set(log.actors(admin))


def test_parse_when() -> None:
    assert parse_when("2026-03-02", field="since") == date(2026, 3, 2)
    assert parse_when("2026-03-02T14:00:00Z", field="since") == datetime(2026, 3, 2, 14, tzinfo=UTC)
    assert parse_when(" ", field="since") is None
    with pytest.raises(InvalidInput, match="until: '2026-13-01' is not a date"):
        parse_when("2026-13-01", field="until")
    with pytest.raises(InvalidInput, match="give the time zone"):
        parse_when("2026-03-02T14:00", field="since")


def test_failed_logins_lockout_and_unlock_are_recorded(services, admin, clock) -> None:
    _fail(services, "nobody")
    [unknown] = _events(services, admin, who="nobody")
    assert (unknown.action, unknown.details["reason"], unknown.entity_uuid) == \
        ("login_failed", "unknown account", None)
    _fail(services, "dirk", 5)  # the fifth locks the account from here
    failed = _events(services, admin, who="dirk", action="login_failed")
    assert len(failed) == 5 and {e.details["reason"] for e in failed} == {"wrong password"}
    [lockout] = _events(services, admin, action="login_lockout")
    until = clock.now() + timedelta(minutes=5)
    assert lockout.actor == "dirk" and datetime.fromisoformat(lockout.details["until"]) == until
    assert lockout.details["address"] == "local"
    _fail(services, "dirk", password=DESK_PASSWORD)  # locked: even the right password fails, and is recorded
    assert _events(services, admin, who="dirk", action="login_failed")[0].details["reason"] == "locked"
    services.accounts.unlock(admin, "dirk")
    [unlock] = _events(services, admin, action="staff_unlock")
    assert (unlock.actor, unlock.details["username"], unlock.details["places"]) == ("admin", "dirk", 1)
    services.accounts.login("dirk", DESK_PASSWORD)
    services.accounts.set_active(admin, "dirk", False)
    _fail(services, "dirk", password=DESK_PASSWORD)
    assert _events(services, admin, who="dirk", action="login_failed")[0].details["reason"] == "deactivated"


def test_member_failed_logins_and_lockout(services, admin, desk, clock, make_member) -> None:
    card = make_member()
    services.members.set_pin(desk, card, "4321")
    with pytest.raises(AuthenticationFailed):
        services.accounts.member_login(card, "0000", address="10.0.0.7")
    [failed] = _events(services, admin, action="member_login_failed")
    assert (failed.actor, failed.details["reason"], failed.details["address"]) == (card, "wrong PIN", "10.0.0.7")
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.member_login(card, "0000", address="10.0.0.7")
    [lockout] = _events(services, admin, action="member_lockout")
    assert lockout.actor == card and datetime.fromisoformat(lockout.details["until"]) > clock.now()
    with pytest.raises(AuthenticationFailed):
        services.accounts.member_login("99999999", "1234")
    assert _events(services, admin, who="99999999")[0].details["reason"] == "unknown card"


def test_override_waiver_and_deletions(services, admin, librarian, desk, clock, make_book, make_member) -> None:
    card = make_member()
    services.members.block(desk, card, "lost card")
    _, [code] = make_book("Dune")
    services.circulation.checkout(librarian, card, code, override_reason="card found again")
    [lend] = _events(services, admin, action="checkout")
    assert lend.actor == "lena" and lend.details["override"] == ["member_blocked"]
    assert lend.details["reason"] == "card found again"
    assert [e.id for e in _events(services, admin, text="override")] == [lend.id]  # overrides are found by text
    fee = services.fees.charge(librarian, card, 300, "Damaged cover")
    services.fees.waive(librarian, fee.id, "goodwill")
    [waiver] = _events(services, admin, action="waive_fee")
    assert (waiver.actor, waiver.entity, waiver.details["reason"]) == ("lena", "fee", "goodwill")
    book_id, _ = make_book("Emma", copies=["E-1"])
    services.catalog.delete_book(librarian, book_id)
    [gone] = _events(services, admin, action="book_delete")
    assert (gone.actor, gone.details["title"], gone.details["copies"]) == ("lena", "Emma", ["E-1"])
    services.circulation.checkin(desk, code)
    other = make_member("Ben", "Okafor")
    Privacy(services.library).delete_member(librarian, other)
    [deleted] = _events(services, admin, action="member_delete")
    assert (deleted.actor, deleted.details["card"]) == ("lena", other)


def test_exports_are_recorded(services, admin, librarian, desk, make_book, make_member, tmp_path) -> None:
    make_book("Dune", copies=2)
    card = make_member()
    export(services, librarian, "members", tmp_path / "members.csv")
    export(services, desk, "marc", tmp_path / "books.mrc")
    export(services, desk, "books", tmp_path / "books.csv")
    got = {(e.actor, e.details["kind"], e.details["file"], e.details["rows"])
           for e in _events(services, admin, action="export")}
    assert got == {("lena", "members", str(tmp_path / "members.csv"), 1),
                   ("dirk", "marc", str(tmp_path / "books.mrc"), 1),
                   ("dirk", "books", str(tmp_path / "books.csv"), 1)}
    with pytest.raises(PermissionDenied):
        export(services, desk, "members", tmp_path / "no.csv")
    assert not (tmp_path / "no.csv").exists() and len(_events(services, admin, action="export")) == 3
    Privacy(services.library).export_member(librarian, card)
    assert [e.actor for e in _events(services, admin, action="member_export")] == ["lena"]


def test_csv_export_streams_the_filtered_log_and_is_audited(services, admin, clock, tmp_path) -> None:
    lib = services.library
    with lib.write() as s:  # a larger log than one window of the stream
        for i in range(2500):
            lib.audit(s, Actor(username=f"ghost{i % 3}", role=Role.DESK), "login_failed", "staff_user", None,
                      username=f"ghost{i % 3}", reason="unknown account", note="=SUM(A1)" if i == 0 else "Müller")
    target = tmp_path / "audit.csv"
    log = _log(services)
    assert log.write_csv(admin, target, AuditFilter(who="ghost0")) == 834
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 834 and {r["Who"] for r in rows} == {"ghost0"}
    assert list(rows[0]) == ["When", "Who", "Action", "Entity", "Row", "Details"]
    assert json.loads(rows[0]["Details"])["note"] == "Müller"  # newest first, letters as written
    assert rows[-1]["Details"].startswith("{")  # a formula in the details is only text in a JSON cell
    assert len(log.ids(admin, AuditFilter(text="Müller"))) == 2499  # non-ASCII text found in the details
    [done] = _events(services, admin, action="audit_export")
    assert done.details == {"file": str(target), "rows": 834, "filters": {"who": "ghost0"}}
    assert not (tmp_path / "audit.csv.part").exists()


def test_no_secret_reaches_the_log(services, admin, desk, make_member) -> None:
    services.accounts.create_staff(admin, username="sam", display_name="Sam", password="s3cret-password",
                                   role="desk")
    services.accounts.change_password(admin, "sam", "another-secret")
    _fail(services, "sam", password="typo-secret-password")
    card = make_member()
    services.members.set_pin(desk, card, "975310")
    with pytest.raises(AuthenticationFailed):
        services.accounts.member_login(card, "135790")
    text = json.dumps([e.details for e in _events(services, admin)])
    for secret in ("s3cret-password", "another-secret", "typo-secret-password", "975310", "135790", "$argon2"):
        assert secret not in text
