"""`library-desk copies bulk` as a real process: the plan without --yes changes nothing, --yes
applies it (checked in the database), a clerk is refused, bad options are usage errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from desktop_app.config import Paths
from desktop_app.services import Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.accounts import staff_actor


def _cli(paths: Paths, user: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(paths.data_dir), "--as", user,
                           "copies", "bulk", *args], input=stdin, capture_output=True, text=True, timeout=120)


def _copies(paths: Paths) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(paths.database) as con:
        return {b: (loc, call) for b, loc, call in con.execute("SELECT barcode, location, call_number FROM copies")}


def test_copies_in_bulk_from_the_command_line(library_paths: Paths) -> None:
    services = Services(open_library(library_paths))
    try:
        admin = staff_actor(services.accounts.get_staff("admin"))
        services.catalog.add_book(admin, BookInput(title="Dune"), copies=[
            CopyInput(barcode=b, call_number=cn, location="Main") for b, cn in (("C1", "FIC HER"), ("C2", "FIC HER"))])
        services.catalog.add_book(admin, BookInput(title="Emma"),
                                  copies=[CopyInput(barcode="C3", call_number="FIC AUS")])
    finally:
        services.close()
    plan = _cli(library_paths, "lena", "--barcodes", "-", "--location", "Children", "--call-prefix", "FIC=F",
                stdin="c1\nC2\nXX\n")
    assert plan.returncode == 0, plan.stderr
    assert "F HER" in plan.stdout and "No copy has this barcode" in plan.stderr and "add --yes" in plan.stderr
    assert _copies(library_paths)["C1"] == ("Main", "FIC HER")
    done = _cli(library_paths, "lena", "--search", "dune", "--location", "Children", "--call-prefix", "FIC=F", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Changed 4 fields of 2 copies; 0 refused" in done.stdout
    assert _copies(library_paths) == {"C1": ("Children", "F HER"), "C2": ("Children", "F HER"), "C3": (None, "FIC AUS")}
    refused = _cli(library_paths, "dirk", "--search", "emma", "--location", "Children", "--yes")
    assert refused.returncode == 1 and "may not edit copies in bulk" in refused.stderr
    bad = _cli(library_paths, "lena", "--search", "emma", "--call-prefix", "FIC")
    assert bad.returncode == 2 and "OLD=NEW" in bad.stderr
    assert _copies(library_paths)["C3"] == (None, "FIC AUS")
