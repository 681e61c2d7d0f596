"""A stock-take's report as CSV (parsed back) and PDF (read with pdftotext), and the shelf-range
filter in SQL checked against the exact shelf-order test on many odd call numbers."""

from __future__ import annotations

import csv
import random
import shutil
import subprocess

import pytest
from sqlalchemy import select

from desktop_app.db.models import Copy
from desktop_app.domain.call_numbers import shelf_key
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.catalog.stocktake import Scope
from desktop_app.services.catalog.stocktake_output import write_csv, write_pdf


@pytest.fixture
def counted(services, admin, librarian, desk, clock, make_member):  # type: ignore[no-untyped-def]
    services.catalog.add_book(admin, BookInput(title="Søren's Dune"), copies=[
        CopyInput(barcode=b, call_number=cn, location=loc) for b, cn, loc in (
            ("D1", "823.914 HER", "Adult fiction"), ("D2", "823.914 HER", "Adult fiction"),
            ("D3", "823.92 ROW", "Adult fiction"), ("D4", "823.5 AUS", "Children"),
            ("D5", "823.6 ELI", "Adult fiction"))])
    services.circulation.checkout(desk, make_member(), "D3")
    st = services.stocktake.start(librarian, location="Adult fiction", call_from="823", call_to="823.9")
    for code in ("D1", "D3", "D4", "=cmd|' /C calc'!A0"):
        services.stocktake.scan(desk, st.id, code)
    services.stocktake.finish(librarian, st.id)
    return services.stocktake.report(desk, st.id)


def test_the_csv_has_a_row_per_listed_copy_with_its_section(counted, tmp_path) -> None:
    path = tmp_path / "count.csv"
    assert write_csv(counted, path) == 5
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["Section"], r["Barcode"]) for r in rows] == [
        ("Missing", "D5"), ("Missing", "D2"), ("Misplaced (belongs elsewhere)", "D4"),
        ("On loan but on the shelf (check in)", "D3"), ("Unknown barcodes", "'=CMD|'/CCALC'!A0")]
    assert rows[0]["Title"] == "Søren's Dune" and rows[0]["Call number"] == "823.6 ELI"
    assert rows[2]["Note"] == "Children, 823.5 AUS" and rows[3]["Status"] == "on loan"
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_has_a_section_per_kind(counted, tmp_path) -> None:
    path = tmp_path / "count.pdf"
    assert write_pdf(counted, path) == 1
    shown = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    for heading in ("Stock-take: Adult fiction, 823 to 823.9", "Missing (2)", "Misplaced (belongs elsewhere) (1)",
                    "On loan but on the shelf (check in) (1)", "Lost or withdrawn, found (0)", "Unknown barcodes (1)"):
        assert heading in shown
    assert "1 of 3 expected copies found, 4 scanned" in " ".join(shown.split())
    assert "Søren's Dune" in shown and "823.6 ELI" in shown and "Children, 823.5 AUS" in shown
    assert shown.index("Missing (2)") < shown.index("D5") < shown.index("D2") < shown.index("Misplaced")


def _call_number(rng: random.Random) -> str:
    letters = rng.choice(["QA", "qa", "Q", "QB", "P", "PZ", "FIC", "Fic", "J", "Ä", "Éc", "ZZ", "", "(QA", "QA{"])
    number = rng.choice(["", str(rng.randrange(1, 1000)), f"{rng.randrange(1, 1000)}.{rng.randrange(0, 999)}",
                         f"0{rng.randrange(10)}"])
    cutter = rng.choice(["", f" .{rng.choice('ABKZ')}{rng.randrange(1, 99)}", f" {rng.randrange(1900, 2030)}",
                         " ROW", "-x"])
    return (letters + rng.choice(["", " "]) + number + cutter).strip() or "5"


def test_the_sql_filter_lets_through_every_copy_the_range_holds(services, admin, librarian, desk, clock) -> None:
    rng = random.Random(11)
    numbers = [_call_number(rng) for _ in range(400)]
    services.catalog.add_book(admin, BookInput(title="Many"), copies=[
        CopyInput(barcode=f"R{i}", call_number=cn, location=rng.choice(["Adult fiction", "Children"]))
        for i, cn in enumerate(numbers)])
    ends = [*rng.sample(numbers, 40), "QA", "QA76", "500", "823.9", "Ä", "A", "Z", "QA{", "1"]
    checked = 0
    for _ in range(220):
        low, high = rng.choice([*ends, None]), rng.choice([*ends, None])
        if low is None and high is None or low and high and shelf_key(low) > shelf_key(high):
            continue
        location = rng.choice([None, "children"])
        st = services.stocktake.start(librarian, location=location, call_from=low, call_to=high)
        got = {line.barcode for line in services.stocktake.report(desk, st.id).missing}
        with services.library.read() as s:
            rows = s.execute(select(Copy.barcode, Copy.location, Copy.call_number)).all()
        scope = Scope(st.scope.location, low, high)
        wanted = {b for b, loc, cn in rows if scope.holds(loc, cn)}
        assert got == wanted, (low, high, location)
        checked += 1
    assert checked > 90
