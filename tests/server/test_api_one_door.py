"""The REST reads go through the services' list queries: the member scope of the loans, holds
and fees lists (``deps.member_scope``), and cursors refused by the services as ``BadCursor``
still answered 400 ``bad_cursor`` on ``cursor``."""

from __future__ import annotations

import pytest
from helpers import error, walk
from server_seed import ANA, BEN

from desktop_app.domain.errors import BadCursor, PermissionDenied
from desktop_app.services.listing import decode_cursor, offset_page

LISTS = ("/loans", "/holds", "/fees")


@pytest.mark.parametrize("path", LISTS)
def test_a_member_sees_only_their_own_rows(api, path):
    for me, other in ((ANA[0], BEN[0]), (BEN[0], ANA[0])):
        everyone, _ = walk(api, path, "desky", status="all")
        mine, total = walk(api, path, me, status="all")
        assert total == len(mine) == sum(1 for row in everyone if row["card_number"] == me)
        assert all(row["card_number"] == me for row in mine)
        assert walk(api, path, me, status="all", member=me)[0] == mine  # naming their own card is fine
        assert walk(api, path, me, status="all", member=f" {me.lower()} ")[0] == mine  # as scanned
        err = error(api.client.get(path, params={"member": other}, headers=api.token(me)), 403, "permission_denied")
        assert err["message"] == "You can only see your own loans"
    assert any(walk(api, path, who, status="all")[1] for who in (ANA[0], BEN[0]))  # the seed has rows here


@pytest.mark.parametrize("path", LISTS)
def test_staff_filter_by_card(api, path):
    everyone, total = walk(api, path, "desky", status="all")
    assert total == len(everyone)
    for card in (ANA[0], BEN[0]):
        theirs, _ = walk(api, path, "libby", status="all", member=card)
        assert [row["id"] for row in theirs] == [row["id"] for row in everyone if row["card_number"] == card]
    err = error(api.client.get(path, params={"member": "NOPE"}, headers=api.token("desky")), 404, "not_found")
    assert "NOPE" in err["message"]
    error(api.client.get(path, params={"member": "9" * 65}, headers=api.token("desky")), 422, "invalid_input")


def test_the_member_parameter_is_documented_as_before(api):
    paths = api.client.get("/openapi.json").json()["paths"]
    for path in LISTS:
        (member,) = [p for p in paths[path]["get"]["parameters"] if p["name"] == "member"]
        assert member["in"] == "query" and not member.get("required", False)
        assert member["description"] == "Card number (members: only their own)"
        assert {"type": "string", "maxLength": 64} in member["schema"]["anyOf"]


def test_the_services_keep_a_member_to_their_own_rows(api):
    ana = api.actor(ANA[0])
    lists = api.services.lists
    for query in (lists.loans, lists.holds, lists.fees):
        with pytest.raises(PermissionDenied):
            query(ana, member_id=None, limit=5)
        assert all(row.card_number == ANA[0] for row in query(ana, member_id=ana.member_id, limit=5).items)


@pytest.mark.parametrize("path", [*LISTS, "/books", "/members", "/authors", "/copies", "/reports/overdue"])
def test_bad_cursors_are_400_bad_cursor(api, path):
    for damaged in ("%%%", "W10", "eyJmcCI6IngiLCJrIjpbMSwyXX0"):  # not base64 JSON, a list, another list's
        err = error(api.client.get(path, params={"cursor": damaged}, headers=api.token("admin")), 400, "bad_cursor")
        assert err["field"] == "cursor"


def test_a_cursor_is_refused_with_other_filters(api):
    first = api.client.get("/loans", params={"limit": 1, "status": "all"}, headers=api.token("admin")).json()
    assert first["next_cursor"]
    moved = api.client.get("/loans", params={"limit": 1, "status": "open", "cursor": first["next_cursor"]},
                           headers=api.token("admin"))
    assert error(moved, 400, "bad_cursor")["field"] == "cursor"
    mine = api.client.get("/loans", params={"limit": 1}, headers=api.token(ANA[0])).json()
    assert mine["next_cursor"]  # Ana has two open loans
    other = api.client.get("/loans", params={"limit": 1, "member": ANA[0], "cursor": mine["next_cursor"]},
                           headers=api.token("desky"))
    assert other.status_code == 200 and other.json()["items"][0]["card_number"] == ANA[0]  # the same list


def test_bad_cursor_is_a_domain_error():
    with pytest.raises(BadCursor) as caught:
        decode_cursor("%%%")
    assert caught.value.field == "cursor" and caught.value.code == "bad_cursor"
    _, cursor, _ = offset_page(list(range(10)), cursor=None, limit=3, filters={"q": "a"})
    assert cursor is not None
    with pytest.raises(BadCursor):
        offset_page(list(range(10)), cursor=cursor, limit=3, filters={"q": "b"})
