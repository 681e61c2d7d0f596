"""Bulk edit of copies through the services on a real library file: a scanned list or a search
selects copies; the plan says what would change and what is refused (a copy on loan cannot change
its status, an unknown barcode); applying writes one audit row and one journal operation per
change; a copy lent between the plan and the apply is refused then, and the others go on.
Librarians only."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import InvalidInput, PermissionDenied
from desktop_app.services.catalog.bulk import BulkChange
from desktop_app.services.catalog.input import CopyInput


def _rows(services, sql: str, **params):  # type: ignore[no-untyped-def]
    with services.library.read() as s:
        return s.execute(text(sql), params).all()


def _copy(services, code: str):  # type: ignore[no-untyped-def]
    [row] = _rows(services, "SELECT location, call_number, status FROM copies WHERE barcode = :b", b=code)
    return tuple(row)


@pytest.fixture
def shelf(services, admin, make_book):  # type: ignore[no-untyped-def]
    services.setup.update_settings(admin, locations="Main\nAnnex\nChildren")
    dune, _ = make_book("Dune", copies=["D1", "D2"], authors=["Frank Herbert"])
    emma, _ = make_book("Emma", copies=["E1"])
    for code, call in (("D1", "FIC HER"), ("D2", "fic her"), ("E1", "823 AUS")):
        services.catalog.edit_copy(admin, code, CopyInput(call_number=call, location="Main"))
    return {"dune": dune, "emma": emma}


def test_the_plan_says_what_changes_and_writes_nothing(services, librarian, shelf) -> None:
    plan = services.bulk.plan(librarian, ["d1", "D2", "E1", "NOPE", "D1"],
                              BulkChange(location="Annex", call_prefix=("FIC", "F")))
    assert plan.copies == 3 and plan.changing == 3
    lines = {(line.barcode, line.field): (line.before, line.after) for line in plan.lines}
    assert lines[("D1", "call_number")] == ("FIC HER", "F HER")
    assert lines[("D2", "call_number")] == ("fic her", "F her")  # the prefix ignores case, the rest is kept
    assert ("E1", "call_number") not in lines and lines[("E1", "location")] == ("Main", "Annex")
    assert [(r.barcode, r.reason) for r in plan.refusals] == [("NOPE", "No copy has this barcode")]
    assert _copy(services, "D1") == ("Main", "FIC HER", "available")  # a plan writes nothing


def test_apply_writes_each_change_through_the_transitions(services, librarian, shelf) -> None:
    journal_before = _rows(services, "SELECT count(*) FROM journal")[0][0]
    done: list[tuple[int, int]] = []
    result = services.bulk.apply(librarian, ["D1", "D2", "E1"], BulkChange(location="Annex", call_prefix=("FIC", "F")),
                                 progress=lambda n, total: done.append((n, total)))
    assert result.copies == 3 and result.changed == 5 and not result.refusals and done[-1] == (3, 3)
    assert _copy(services, "D1") == ("Annex", "F HER", "available")
    assert _copy(services, "E1") == ("Annex", "823 AUS", "available")
    edits = [json.loads(r[0]) for r in _rows(services, "SELECT details FROM audit_events WHERE action = 'copy_edit' "
                                             "ORDER BY id")][-3:]
    assert [e["barcode"] for e in edits] == ["D1", "D2", "E1"]
    assert edits[0]["changed"] == {"location": ["Main", "Annex"], "call_number": ["FIC HER", "F HER"]}
    [summary] = _rows(services, "SELECT details FROM audit_events WHERE action = 'bulk_edit'")
    assert json.loads(summary[0])["changed"] == 5
    kinds = [r[0] for r in _rows(services, "SELECT kind FROM journal ORDER BY seq")][journal_before:]
    assert kinds == ["copy_upsert"] * 3  # what sync carries: one operation per copy


def test_status_and_item_type(services, librarian, admin, shelf, make_member) -> None:
    card = make_member()
    services.circulation.checkout(admin, card, "D2")
    plan = services.bulk.plan(librarian, ["D1", "D2", "E1"], BulkChange(status="in_repair", item_type="audiobook"))
    assert [(r.barcode, r.reason) for r in plan.refusals] == [("D2", "On loan: check it in first")]
    # one item type line per title, not per copy
    assert [(line.barcode, line.field) for line in plan.lines if line.field == "item_type"] == [
        ("D1", "item_type"), ("E1", "item_type")]
    result = services.bulk.apply(librarian, ["D1", "D2", "E1"], BulkChange(status="in_repair", item_type="audiobook"))
    assert _copy(services, "D1")[2] == "in_repair" and _copy(services, "D2")[2] == "on_loan"
    assert [r.barcode for r in result.refusals] == ["D2"]
    assert {r[0] for r in _rows(services, "SELECT item_type FROM books")} == {"audiobook"}
    assert services.catalog.book(shelf["dune"]).authors == [("Frank Herbert", "author")]  # the rest kept


def test_a_copy_lent_after_the_plan_is_refused_then(services, librarian, admin, shelf, make_member) -> None:
    plan = services.bulk.plan(librarian, ["D1", "E1"], BulkChange(status="withdrawn"))
    assert plan.changing == 2 and not plan.refusals
    services.circulation.checkout(admin, make_member(), "E1")  # the desk lends it meanwhile
    result = services.bulk.apply(librarian, ["D1", "E1"], BulkChange(status="withdrawn"))
    assert _copy(services, "D1")[2] == "withdrawn" and _copy(services, "E1")[2] == "on_loan"
    assert [(r.barcode, r.reason) for r in result.refusals] == [("E1", "On loan: check it in first")]


def test_bad_input_and_roles(services, librarian, desk, shelf) -> None:
    with pytest.raises(PermissionDenied):
        services.bulk.plan(desk, ["D1"], BulkChange(location="Annex"))
    with pytest.raises(PermissionDenied):
        services.bulk.apply(desk, ["D1"], BulkChange(location="Annex"))
    with pytest.raises(InvalidInput, match="Choose what to change"):
        services.bulk.plan(librarian, ["D1"], BulkChange())
    with pytest.raises(InvalidInput, match="not one of the library's: Main, Annex, Children"):
        services.bulk.plan(librarian, ["D1"], BulkChange(location="Anex"))
    with pytest.raises(InvalidInput, match="statuses"):
        services.bulk.plan(librarian, ["D1"], BulkChange(status="on_loan"))
    with pytest.raises(InvalidInput, match="Item type"):
        services.bulk.plan(librarian, ["D1"], BulkChange(item_type="spaceship"))
    with pytest.raises(InvalidInput, match="Scan or choose"):
        services.bulk.plan(librarian, ["  ", ""], BulkChange(location="Annex"))
    assert _copy(services, "D1") == ("Main", "FIC HER", "available")


def test_the_copies_of_a_search(services, librarian, shelf) -> None:
    hits = services.search.books("dune")
    assert services.bulk.barcodes_of_books(hits.ids) == ["D1", "D2"]
