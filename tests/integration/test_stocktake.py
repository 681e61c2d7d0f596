"""Stock-take on a real library: every outcome of a scan, shelf ranges in shelf order and
locations, duplicates, finishing, the report judged by the copies' state now, and marking the
missing lost as each role (one action; audit and journal per copy)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.domain.call_numbers import in_range, shelf_key
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from desktop_app.domain.values import Role
from desktop_app.services import Actor
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.catalog.stocktake import Outcome


def shelf(services, admin, title: str, *copies: tuple[str, str | None, str | None]) -> None:
    """A title with copies (barcode, call number, location)."""
    services.catalog.add_book(admin, BookInput(title=title), copies=[
        CopyInput(barcode=b, call_number=cn, location=loc, price_cents=1200) for b, cn, loc in copies])


@pytest.fixture
def shelves(services, admin, clock):  # type: ignore[no-untyped-def]
    shelf(services, admin, "Structure and Interpretation", ("S1", "QA76.6 .A25", "Adult non-fiction"),
          ("S2", "QA76.6 .A25", "Adult non-fiction"))
    shelf(services, admin, "The Art of Programming", ("S3", "QA76.9 .K5", "Adult non-fiction"))
    shelf(services, admin, "Calculus", ("S4", "QA303 .S7", "Adult non-fiction"))
    shelf(services, admin, "Algebra", ("S5", "qa100 .L3", "Adult non-fiction"))
    shelf(services, admin, "Physics", ("S6", "QC21 .H3", "Adult non-fiction"))
    shelf(services, admin, "Picture book", ("S7", "QA77 .P1", "Children"))
    shelf(services, admin, "Reference", ("S8", "QA76.73 .R1", "Reference"))
    return services


def test_call_numbers_sort_like_a_shelf() -> None:
    ordered = ["QA 76", "QA76.6 .A25", "QA76.73 .P98", "QA76.9", "QA100", "qa303", "QC21", "QC100"]
    assert sorted(reversed(ordered), key=shelf_key) == ordered
    dewey = ["500", "599.75 BAR", "823.2", "823.914 ROW", "823.92 ABC", "1000"]
    assert sorted(reversed(dewey), key=shelf_key) == dewey
    assert shelf_key("QA 76") == shelf_key("qa76") and shelf_key("FÍC 2") < shelf_key("fic 10")
    assert in_range(shelf_key("QA77.5"), "QA76", "QA77") and not in_range(shelf_key("QA78"), "QA76", "QA77")
    assert not in_range(shelf_key("QA76"), "QA70", "QA7") and in_range(shelf_key("QA7.5"), "QA70", "QA7.6") is False
    assert in_range(shelf_key("QA76.73"), "QA76", "QA76.7") and in_range(shelf_key("823.9145"), None, "823.914")
    assert in_range(shelf_key("QA100"), "QA76", None) and not in_range(shelf_key("QA75"), "QA76", None)


def test_every_outcome_of_a_scan(shelves, admin, librarian, desk, make_member) -> None:
    services = shelves
    card = make_member()
    services.circulation.checkout(desk, card, "S3")
    services.catalog.set_copy_status(librarian, "S4", "lost")
    st = services.stocktake.start(librarian, location="adult NON-fiction", call_from="QA76", call_to="QA100")
    assert st.scope.location == "Adult non-fiction"  # as the library spells it
    assert st.name == "Adult non-fiction, QA76 to QA100"
    scan = lambda code: services.stocktake.scan(desk, st.id, code)  # noqa: E731 - a clerk at the shelf
    first = scan(" s1 ")
    assert (first.outcome, first.title, first.again) == (Outcome.EXPECTED, "Structure and Interpretation", False)
    assert scan("S5").outcome == Outcome.EXPECTED  # qa100: the upper end, case aside
    assert scan("S3").outcome == Outcome.ON_LOAN
    assert scan("S4").outcome == Outcome.FOUND  # QA303 is outside too, but found matters more
    other = scan("S6")
    assert (other.outcome, other.belongs) == (Outcome.MISPLACED, "Adult non-fiction, QC21 .H3")
    assert scan("S7").outcome == Outcome.MISPLACED  # in the range, another location
    assert scan("NOPE-1").outcome == Outcome.UNKNOWN
    again = scan("s1")
    assert (again.outcome, again.again) == (Outcome.EXPECTED, True)
    assert services.stocktake.get(desk, st.id).scanned == 7  # the second scan wrote nothing
    assert services.stocktake.counts(desk, st.id) == {"expected": 2, "misplaced": 2, "on_loan": 1, "found": 1,
                                                      "unknown": 1}
    report = services.stocktake.report(desk, st.id)
    assert [line.barcode for line in report.missing] == ["S2"]  # S8 is Reference: another location
    assert (report.expected, report.here) == (3, 2)
    assert [line.barcode for line in report.misplaced] == ["S7", "S6"]  # shelf order
    assert [line.barcode for line in report.on_loan] == ["S3"] and [line.barcode for line in report.found] == ["S4"]
    assert [line.barcode for line in report.unknown] == ["NOPE-1"]
    services.circulation.checkin(desk, "S3")  # the clerk checks it in: it is simply here now
    later = services.stocktake.report(desk, st.id)
    assert later.on_loan == [] and later.here == 3


def test_a_range_alone_a_location_alone_and_bad_starts(shelves, librarian, desk) -> None:
    services = shelves
    st = services.stocktake.start(librarian, call_from="QA76.7", call_to="QA76.9")
    report = services.stocktake.report(desk, st.id)
    assert [line.barcode for line in report.missing] == ["S8", "S3"]  # QA76.73 before QA76.9, any location
    st = services.stocktake.start(librarian, location="Children", name="Children's corner")
    assert [line.barcode for line in services.stocktake.report(desk, st.id).missing] == ["S7"]
    assert services.stocktake.listing(desk)[0].name == "Children's corner"
    with pytest.raises(InvalidInput, match="Choose a location"):
        services.stocktake.start(librarian)
    with pytest.raises(InvalidInput, match="backwards: QA100 comes after QA76"):
        services.stocktake.start(librarian, call_from="QA100", call_to="QA76")
    with pytest.raises(InvalidInput, match="no location 'Attic'"):
        services.stocktake.start(librarian, location="Attic")
    with pytest.raises(InvalidInput, match="empty"):
        services.stocktake.scan(desk, st.id, "  ")
    with pytest.raises(NotFound):
        services.stocktake.scan(desk, 999, "S1")


def test_roles_finish_and_marking_the_missing_lost(shelves, admin, librarian, desk, make_member) -> None:
    services = shelves
    member = Actor(username="20000000001", role=Role.MEMBER, member_id=1)
    for who in (desk, member):
        with pytest.raises(PermissionDenied):
            services.stocktake.start(who, location="Adult non-fiction")
    with pytest.raises(PermissionDenied):
        services.stocktake.scan(member, 1, "S1")
    st = services.stocktake.start(librarian, location="Adult non-fiction")
    for code in ("S1", "S3"):
        services.stocktake.scan(desk, st.id, code)
    with pytest.raises(Conflict, match="Finish the stock-take"):
        services.stocktake.mark_missing_lost(librarian, st.id)
    for who in (desk, member):
        with pytest.raises(PermissionDenied):
            services.stocktake.finish(who, st.id)
    done = services.stocktake.finish(librarian, st.id)
    assert done.finished and done.scanned == 2
    with pytest.raises(Conflict, match="is finished"):
        services.stocktake.scan(desk, st.id, "S2")
    services.circulation.checkout(desk, make_member(), "S4")  # lent after the count: not lost
    with pytest.raises(PermissionDenied):
        services.stocktake.mark_missing_lost(desk, st.id)
    assert sorted(services.stocktake.mark_missing_lost(librarian, st.id)) == ["S2", "S5", "S6"]
    with services.library.read() as s:
        statuses = dict(s.execute(text("SELECT barcode, status FROM copies")).all())
        journal = s.execute(text("SELECT count(*) FROM journal WHERE kind = 'copy_status'")).scalar()
        audit = s.execute(text("SELECT action, count(*) FROM audit_events WHERE action LIKE 'stocktake%' "
                               "OR action = 'copy_status' GROUP BY action")).all()
        notes = s.execute(text("SELECT notes FROM copies WHERE barcode = 'S2'")).scalar()
    assert [statuses[c] for c in ("S1", "S2", "S3", "S4", "S5", "S6")] == ["available", "lost", "available",
                                                                           "on_loan", "lost", "lost"]
    assert journal == 3 and dict(audit) == {"stocktake_start": 1, "stocktake_finish": 1,
                                            "stocktake_mark_lost": 1, "copy_status": 3}
    assert "Missing at stock-take 'Adult non-fiction'" in notes
    assert services.stocktake.mark_missing_lost(librarian, st.id) == []  # once is enough
    assert services.stocktake.report(desk, st.id).missing == []
