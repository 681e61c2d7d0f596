"""Members: register with a generated card number, edit, block and unblock, renew the
membership, categories and their loan rules."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from desktop_app.domain.text import mod10_check_digit
from desktop_app.services.people.members import MemberInput


def test_register_generates_a_checked_card_number_and_a_year_of_membership(services, desk, clock) -> None:
    ana = services.members.register(desk, MemberInput(first_name=" Ana ", last_name="Ruiz", email="ana@example.org"))
    bo = services.members.register(desk, MemberInput(first_name="Bo", last_name="Li", category="child"))
    for member in (ana, bo):
        assert member.card_number.startswith("200") and len(member.card_number) == 11
        assert member.card_number[-1] == mod10_check_digit(member.card_number[:-1])
    assert ana.card_number != bo.card_number
    assert (ana.full_name, ana.joined, ana.expires, ana.category.code) == ("Ana Ruiz", date(2026, 3, 2),
                                                                          date(2027, 3, 2), "adult")
    assert bo.category.code == "child"


def test_register_with_a_given_card_number(services, desk, clock) -> None:
    member = services.members.register(desk, MemberInput(first_name="Cy", last_name="Old", card_number=" lib-7\n"))
    assert member.card_number == "LIB-7"
    with pytest.raises(Conflict, match="Card number LIB-7 already belongs to another member"):
        services.members.register(desk, MemberInput(first_name="Dee", last_name="New", card_number="LIB-7"))
    with pytest.raises(InvalidInput, match=r"Unknown member category 'gold' \(known: "):
        services.members.register(desk, MemberInput(first_name="Dee", last_name="New", category="gold"))


def test_edit_member_and_version_conflict(services, desk, clock, make_member) -> None:
    card = make_member()
    version = services.members.get(card).version
    services.members.edit(desk, card, MemberInput(first_name="Ana", last_name="Ruiz-Lopez", phone="+34 600 000 000",
                                                  category="staff"), expected_version=version)
    member = services.members.get(card)
    assert (member.last_name, member.phone, member.category.code, member.version) == (
        "Ruiz-Lopez", "+34 600 000 000", "staff", version + 1)
    with pytest.raises(Conflict, match="Ana Ruiz-Lopez was changed by someone else meanwhile"):
        services.members.edit(desk, card, MemberInput(first_name="Ana", last_name="R"), expected_version=version)
    with pytest.raises(NotFound, match="No member has the card number '2999'"):
        services.members.edit(desk, "2999", MemberInput(first_name="A", last_name="B"))


def test_block_and_unblock(services, desk, librarian, clock, make_member) -> None:
    card = make_member()
    with pytest.raises(InvalidInput, match="Say why the member is blocked"):
        services.members.block(desk, card, " ")
    services.members.block(desk, card, " unpaid damages ")
    member = services.members.get(card)
    assert (member.blocked, member.block_reason) == (True, "unpaid damages")
    with pytest.raises(PermissionDenied, match="may not unblock members"):
        services.members.unblock(desk, card)
    services.members.unblock(librarian, card, "paid")
    assert not services.members.get(card).blocked


def test_renew_membership_from_today_or_from_expiry(services, admin, desk, clock, make_member) -> None:
    card = make_member()  # expires 2 March 2027
    assert services.members.renew_membership(desk, card) == date(2028, 3, 2)
    old = make_member("Cy", "Old", joined=date(2024, 1, 31), expires=date(2025, 1, 31))
    assert services.members.renew_membership(desk, old) == date(2027, 3, 2)
    clock.set(date(2028, 1, 31))
    leap = make_member("Lea", "Leap", joined=date(2027, 2, 28), expires=date(2028, 1, 31))
    services.members.save_category(admin, "adult", membership_months=1)
    assert services.members.renew_membership(desk, leap) == date(2028, 2, 29)  # 31 Jan + 1 month: leap day


def test_member_field_checks_name_the_field(services, desk, clock) -> None:
    cases = [
        (MemberInput(first_name="Ana", last_name="Ruiz", email="not-an-address"), "email",
         "'not-an-address' is not an email address"),
        (MemberInput(first_name="Ana", last_name="Ruiz", phone="call me"), "phone", "'call me' is not a phone number"),
        (MemberInput(first_name="Ana", last_name="Ruiz", joined=date(2026, 3, 1), expires=date(2026, 2, 1)),
         "expires", "The membership cannot expire before it starts"),
    ]
    for data, field, message in cases:
        with pytest.raises(InvalidInput) as info:
            services.members.register(desk, data)
        assert (info.value.field, str(info.value)) == (field, message)


def test_categories_and_loan_rules(services, admin, librarian, clock) -> None:
    assert [c.code for c in services.members.categories()] == ["adult", "child", "staff"]
    services.members.save_category(admin, "senior", name="Senior", loan_days=28, fines_enabled=False)
    senior = [c for c in services.members.categories() if c.code == "senior"][0]
    assert (senior.name, senior.loan_days, senior.fines_enabled) == ("Senior", 28, False)
    with pytest.raises(InvalidInput, match="Loan days cannot be negative"):
        services.members.save_category(admin, "senior", loan_days=-1)
    with pytest.raises(InvalidInput, match="Unknown loan rule"):
        services.members.save_category(admin, "senior", colour="red")
    with pytest.raises(PermissionDenied, match="may not change loan rules"):
        services.members.save_category(librarian, "senior", loan_days=1)
