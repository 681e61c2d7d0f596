"""The privacy commands as real processes on a real library: `member export` (JSON and PDF),
`member delete` (refused with the reason while a loan is out, exit 1), `privacy anonymise`;
as a librarian, and refused to a desk clerk."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from desktop_app.config import Paths
from desktop_app.services import Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.accounts import staff_actor
from desktop_app.services.people.members import MemberInput


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def query(paths: Paths, sql: str) -> list[tuple]:
    con = sqlite3.connect(paths.database)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _stock(paths: Paths) -> tuple[str, list[str]]:
    """A member with a loan returned 20 days ago and one still out; returns card, barcodes."""
    svc = Services(open_library(paths))
    try:
        admin = staff_actor(svc.accounts.get_staff("admin"))
        book = svc.catalog.add_book(admin, BookInput(title="Kindred", authors=[("Octavia E. Butler", "author")]),
                                    copies=[CopyInput(), CopyInput()])
        codes = [c.barcode for c in svc.catalog.book(book).copies]
        card = svc.members.register(admin, MemberInput(first_name="Zoë", last_name="Novák")).card_number
        real = svc.library.clock
        svc.library.set_clock(lambda: real() - timedelta(days=20))
        svc.circulation.checkout(admin, card, codes[0])
        svc.circulation.checkin(admin, codes[0])
        svc.library.set_clock(real)
        svc.circulation.checkout(admin, card, codes[1])
        return card, codes
    finally:
        svc.close()


def test_export_delete_and_anonymise_from_the_command_line(library_paths: Paths, tmp_path: Path) -> None:
    card, codes = _stock(library_paths)
    folder = library_paths.data_dir
    usage = cli(folder, "member", "export", card)
    assert usage.returncode == 2 and "--json FILE" in usage.stderr
    refused = cli(folder, "--as", "dirk", "member", "export", card, "--json", str(tmp_path / "x.json"))
    assert refused.returncode == 1 and "this needs a librarian account" in refused.stderr
    out = cli(folder, "--as", "lena", "member", "export", card, "--json", str(tmp_path / "z.json"),
              "--pdf", str(tmp_path / "z.pdf"))
    assert out.returncode == 0, out.stderr
    assert "2 loans, 0 holds, 0 fees, 0 notices" in out.stdout
    data = json.loads((tmp_path / "z.json").read_text(encoding="utf-8"))
    assert data["record"]["last_name"] == "Novák" and len(data["loans"]) == 2
    assert (tmp_path / "z.pdf").read_bytes().startswith(b"%PDF")
    off = cli(folder, "privacy", "anonymise")
    assert off.returncode == 0 and "off" in off.stdout
    svc = Services(open_library(library_paths))
    try:
        svc.setup.update_settings(staff_actor(svc.accounts.get_staff("admin")), anonymise_after_days=14)
    finally:
        svc.close()
    done = cli(folder, "--as", "lena", "privacy", "anonymise")
    assert done.returncode == 0, done.stderr
    assert "more than 14 days ago that lost their member: 1" in done.stdout
    assert query(library_paths, "SELECT member_id IS NULL FROM loans ORDER BY id") == [(1,), (0,)]
    still_out = cli(folder, "--as", "lena", "member", "delete", card)
    assert still_out.returncode == 1 and "Zoë Novák" in still_out.stderr and "1 loan out" in still_out.stderr
    assert cli(folder, "checkin", codes[1]).returncode == 0
    assert cli(folder, "--as", "dirk", "member", "delete", card).returncode == 1
    gone = cli(folder, "--as", "lena", "member", "delete", card)
    assert gone.returncode == 0, gone.stderr
    assert "kept without them: 1 loans" in gone.stdout
    assert query(library_paths, "SELECT count(*) FROM members") == [(0,)]
    assert query(library_paths, "SELECT count(*), count(member_id) FROM loans") == [(2, 0)]
