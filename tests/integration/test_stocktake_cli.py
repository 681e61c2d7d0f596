"""`library-desk stocktake ...` as real processes on a real library: start as a librarian, a
handheld scanner's dump on standard input as a clerk, report with CSV and PDF, finish, mark
lost; a clerk refused where a librarian is needed (exit 1)."""

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
                           "stocktake", *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_a_count_from_the_command_line(library_paths: Paths, tmp_path) -> None:
    services = Services(open_library(library_paths))
    try:
        admin = staff_actor(services.accounts.get_staff("admin"))
        services.catalog.add_book(admin, BookInput(title="Dune"), copies=[
            CopyInput(barcode=b, call_number=cn, location="Children") for b, cn in (
                ("C1", "J 500 HER"), ("C2", "J 510 HER"), ("C3", "J 600 ABC"))])
    finally:
        services.close()
    refused = _cli(library_paths, "dirk", "start", "--location", "Children")
    assert refused.returncode == 1 and "may not start a stock-take" in refused.stderr
    started = _cli(library_paths, "lena", "start", "--location", "children", "--from", "J 500", "--to", "J 599")
    assert started.returncode == 0, started.stderr
    assert "Stock-take 1 started: Children, J 500 to J 599" in started.stdout
    scanned = _cli(library_paths, "dirk", "scan", "1", stdin="c1\r\nC3\n\nXX9\nC1\n")
    assert scanned.returncode == 0, scanned.stderr
    lines = scanned.stdout.splitlines()
    assert lines[0].startswith("C1\there") and "misplaced: belongs in Children, J 600 ABC" in lines[1]
    assert lines[2].startswith("XX9\tunknown barcode") and "(scanned before)" in lines[3]
    assert "Scanned 1 expected, 1 misplaced, 1 unknown" in scanned.stderr
    report = _cli(library_paths, "dirk", "report", "1", "--csv", str(tmp_path / "r.csv"), "--pdf",
                  str(tmp_path / "r.pdf"))
    assert report.returncode == 0, report.stderr
    assert "1 of 2 expected copies found, 3 scanned" in report.stdout and "Missing: 1" in report.stdout
    assert "C2" in report.stdout and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "C2" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert _cli(library_paths, "lena", "mark-lost", "1").returncode == 1  # not finished yet
    assert _cli(library_paths, "lena", "finish", "1").returncode == 0
    assert _cli(library_paths, "dirk", "mark-lost", "1").returncode == 1
    marked = _cli(library_paths, "lena", "mark-lost", "1")
    assert marked.returncode == 0 and "Marked 1 missing copies lost: C2" in marked.stdout
    listed = _cli(library_paths, "dirk", "list")
    assert "Children, J 500 to J 599" in listed.stdout and "open" not in listed.stdout.split("\n", 2)[2]
    con = sqlite3.connect(library_paths.database)
    try:
        assert con.execute("SELECT status FROM copies WHERE barcode = 'C2'").fetchone() == ("lost",)
    finally:
        con.close()
