"""Reports (overdue, loans per day, most borrowed, members owing) and the role check that
every service makes itself: a desk account cannot add books, a member cannot lend."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, JournalEntry
from desktop_app.domain.errors import PermissionDenied
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.members import MemberInput


def test_overdue_list_most_overdue_first(services, desk, clock, make_book, make_member) -> None:
    ana = make_member("Ana", "Ruiz", email="ana@example.org")
    bo = make_member("Bo", "Li", category="child")  # 14 days
    _, [dune] = make_book("Dune")
    _, [emma] = make_book("Emma")
    _, [kept] = make_book("Kept")
    services.circulation.checkout(desk, ana, dune)  # due 23 March
    services.circulation.checkout(desk, bo, emma)  # due 16 March
    services.circulation.checkout(desk, ana, kept)
    clock.set(date(2026, 3, 20))
    services.circulation.renew(desk, kept)  # now due 10 April
    clock.set(date(2026, 3, 25))
    rows = services.reports.overdue(desk)
    assert [(r.title, r.member_name, r.card_number, r.due_date, r.days_overdue) for r in rows] == [
        ("Emma", "Bo Li", bo, date(2026, 3, 16), 9), ("Dune", "Ana Ruiz", ana, date(2026, 3, 23), 2)]
    assert rows[1].email == "ana@example.org"
    assert services.reports.overdue(desk, as_of=date(2026, 3, 17))[0].days_overdue == 1
    assert services.reports.counts().overdue == 2


def test_loans_per_day_and_most_borrowed(services, desk, clock, make_book, make_member) -> None:
    card = make_member()
    _, dunes = make_book("Dune", copies=2)
    _, [emma] = make_book("Emma")
    for code in dunes + [emma]:
        services.circulation.checkout(desk, card, code)  # 3 on Monday 2 March
    clock.set(date(2026, 3, 4))
    for code in dunes:
        services.circulation.checkin(desk, code)
    services.circulation.checkout(desk, card, dunes[0])  # 1 on Wednesday 4 March
    per_day = services.reports.loans_per_day(desk, days=4)
    assert per_day == [(date(2026, 3, 1), 0), (date(2026, 3, 2), 3), (date(2026, 3, 3), 0), (date(2026, 3, 4), 1)]
    assert services.reports.most_borrowed(desk) == [("Dune", "", 3), ("Emma", "", 1)]
    assert services.reports.most_borrowed(desk, since=date(2026, 3, 3)) == [("Dune", "", 1)]
    counts = services.reports.counts()
    assert (counts.titles, counts.copies, counts.members, counts.on_loan) == (2, 3, 1, 2)


def _denied_calls(services, book_id: int, card: str, code: str):  # type: ignore[no-untyped-def]
    """(what, role needed, call taking an actor) for actions above the desk role."""
    return [
        ("add books to the catalog", "librarian", lambda a: services.catalog.add_book(a, BookInput(title="X"))),
        ("edit books", "librarian", lambda a: services.catalog.edit_book(a, book_id, BookInput(title="X"))),
        ("delete books", "librarian", lambda a: services.catalog.delete_book(a, book_id)),
        ("add copies", "librarian", lambda a: services.catalog.add_copies(a, book_id, [CopyInput()])),
        ("change a copy's status", "librarian", lambda a: services.catalog.set_copy_status(a, code, "lost")),
        ("charge fees", "librarian", lambda a: services.fees.charge(a, card, 100, "x")),
        ("unblock members", "librarian", lambda a: services.members.unblock(a, card)),
        ("change loan rules", "admin", lambda a: services.members.save_category(a, "adult", loan_days=1)),
        ("create staff accounts", "admin", lambda a: services.accounts.create_staff(
            a, username="eve", display_name="Eve", password="long enough", role="admin")),
        ("unlock staff accounts", "admin", lambda a: services.accounts.unlock(a, "admin")),
        ("activate or deactivate staff accounts", "admin", lambda a: services.accounts.set_active(a, "admin", False)),
        ("reset other people's passwords", "admin",
         lambda a: services.accounts.change_password(a, "admin", "hijacked!!")),
        ("change library settings", "admin", lambda a: services.setup.update_settings(a, fines_enabled=False)),
        ("change the calendar", "admin", lambda a: services.setup.add_closed_day(a, date(2026, 4, 1))),
        ("list staff accounts", "librarian", lambda a: services.accounts.list_staff(a)),
    ]


def _counts(services) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return (s.scalar(select(func.count()).select_from(AuditEvent)),
                s.scalar(select(func.count()).select_from(JournalEntry)))


def test_a_desk_account_cannot_do_librarian_or_admin_work(services, desk, clock, make_book, make_member) -> None:
    book_id, [code] = make_book("Dune")
    card = make_member()
    before = _counts(services)
    for what, role, call in _denied_calls(services, book_id, card, code):
        with pytest.raises(PermissionDenied) as info:
            call(desk)
        assert str(info.value) == f"Dirk Desk (desk) may not {what}; this needs a {role} account"
    assert _counts(services) == before
    assert services.catalog.book(book_id).values["title"] == "Dune"


def test_a_member_cannot_do_staff_work(services, desk, clock, make_book, make_member) -> None:
    book_id, [code] = make_book("Dune")
    card = make_member()
    services.members.set_pin(desk, card, "1234")
    me = services.accounts.member_login(card, "1234")
    staff_calls = [
        lambda: services.circulation.checkout(me, card, code),
        lambda: services.circulation.checkin(me, code),
        lambda: services.members.register(me, MemberInput(first_name="A", last_name="B")),
        lambda: services.members.block(me, card, "self"),
        lambda: services.members.set_pin(me, card, "9999"),
        lambda: services.holds.expire(me),
        lambda: services.reports.overdue(me),
        lambda: services.reports.members_owing(me),
        lambda: services.catalog.add_book(me, BookInput(title="X")),
    ]
    before = _counts(services)
    for call in staff_calls:
        with pytest.raises(PermissionDenied, match="^Members cannot "):
            call()
    assert _counts(services) == before
