"""The command line, run as a real process: a demo library, then circulation as a librarian
would do it at a terminal, with the exit codes and messages the README promises."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, input=stdin, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "demo"
    done = cli(folder, "demo", "--books", "120")
    assert done.returncode == 0, done.stderr
    assert "120 books" in done.stdout and "Log in as 'admin'" in done.stdout
    return folder


def query(folder: Path, sql: str, *params: object) -> list[tuple]:
    con = sqlite3.connect(folder / "library.sqlite3")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def free_copy_and_member(folder: Path) -> tuple[str, str, str]:
    barcode, title = query(folder, "SELECT c.barcode, b.title FROM copies c JOIN books b ON b.id = c.book_id "
                                   "WHERE c.status = 'available' AND NOT EXISTS (SELECT 1 FROM holds h WHERE "
                                   "h.book_id = b.id AND h.status IN ('waiting','ready')) ORDER BY c.id LIMIT 1")[0]
    card = query(folder, "SELECT m.card_number FROM members m JOIN member_categories c ON c.id = m.category_id "
                         "WHERE c.code = 'adult' AND m.blocked = 0 AND m.expires > date('now') AND NOT EXISTS "
                         "(SELECT 1 FROM loans l WHERE l.member_id = m.id AND l.returned_at IS NULL) "
                         "AND NOT EXISTS (SELECT 1 FROM fees f WHERE f.member_id = m.id) ORDER BY m.id LIMIT 1")[0][0]
    return barcode, title, card


def test_checkout_renew_checkin_round(demo_dir: Path) -> None:
    barcode, title, card = free_copy_and_member(demo_dir)
    out = cli(demo_dir, "checkout", card, barcode)
    assert out.returncode == 0, out.stderr
    assert f"'{title}' ({barcode}) lent to" in out.stdout and "due" in out.stdout
    again = cli(demo_dir, "checkout", card, barcode)
    assert again.returncode == 1
    assert f"Copy {barcode} '{title}' is on loan to" in again.stderr
    renewed = cli(demo_dir, "renew", barcode)  # lent a moment ago: a renewal would give no more time
    assert renewed.returncode == 1 and "renewing it today would not give more time" in renewed.stderr
    back = cli(demo_dir, "checkin", barcode)
    assert back.returncode == 0 and "returned by" in back.stdout
    not_on_loan = cli(demo_dir, "renew", barcode)
    assert not_on_loan.returncode == 1 and "is not on loan" in not_on_loan.stderr
    audit = query(demo_dir, "SELECT action, actor FROM audit_events WHERE details LIKE ? ORDER BY id", f"%{barcode}%")
    assert [a for a, _ in audit][-2:] == ["checkout", "checkin"]
    assert {actor for _, actor in audit} == {"admin"}


def test_refusals_and_usage_errors_have_their_exit_codes(demo_dir: Path) -> None:
    barcode, _title, _card = free_copy_and_member(demo_dir)
    unknown_card = cli(demo_dir, "checkout", "NOPE-1", barcode)
    assert unknown_card.returncode == 1 and "No member has the card number 'NOPE-1'" in unknown_card.stderr
    unknown_copy = cli(demo_dir, "checkin", "999999")
    assert unknown_copy.returncode == 1 and "No copy has the barcode '999999'" in unknown_copy.stderr
    assert cli(demo_dir, "frobnicate").returncode == 2
    assert cli(demo_dir, "checkout", "only-one-arg").returncode == 2
    no_user = cli(demo_dir, "--as", "ghost", "overdue")
    assert no_user.returncode == 1 and "no staff account named 'ghost'" in no_user.stderr


def test_search_and_overdue_print_tables(demo_dir: Path) -> None:
    title = query(demo_dir, "SELECT title FROM books ORDER BY id LIMIT 1")[0][0]
    word = max(title.split(), key=len)
    found = cli(demo_dir, "search", word.lower())
    assert found.returncode == 0 and title in found.stdout
    isbn = query(demo_dir, "SELECT isbn13 FROM books WHERE isbn13 IS NOT NULL ORDER BY id LIMIT 1")[0][0]
    dashed = f"{isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}"
    by_isbn = cli(demo_dir, "search", dashed)
    assert by_isbn.returncode == 0 and isbn in by_isbn.stdout
    weird = cli(demo_dir, "search", 'NEAR( "* -OR 🙂')
    assert weird.returncode == 0
    overdue = cli(demo_dir, "overdue")
    assert overdue.returncode == 0
    n = query(demo_dir,
              "SELECT count(*) FROM loans WHERE returned_at IS NULL AND due_date < date('now', 'localtime')")[0][0]
    assert (f"{n} overdue loans" in overdue.stdout) if n else ("Nothing is overdue" in overdue.stdout)


def test_init_staff_and_password_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    made = cli(folder, "init", "--name", "Village Library", "--password-stdin", stdin="a long password\n")
    assert made.returncode == 0, made.stderr
    twice = cli(folder, "init", "--name", "Again", "--password-stdin", stdin="a long password\n")
    assert twice.returncode == 2 and "already holds a library" in twice.stderr
    short = cli(folder, "staff", "add", "clerk", "--role", "desk", "--password-stdin", stdin="short\n")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    added = cli(folder, "staff", "add", "clerk", "--role", "desk", "--password-stdin", stdin="clerk password\n")
    assert added.returncode == 0
    listed = cli(folder, "staff", "list")
    assert "clerk" in listed.stdout and "desk" in listed.stdout
    as_desk = cli(folder, "--as", "clerk", "staff", "add", "other", "--password-stdin", stdin="other password\n")
    assert as_desk.returncode == 1 and "may not create staff accounts" in as_desk.stderr
    assert cli(folder, "staff", "unlock", "clerk").returncode == 0
    assert cli(folder, "check").returncode == 0
    (tmp_path / "usb").mkdir()
    backup = cli(folder, "backup", str(tmp_path / "usb"))
    assert backup.returncode == 0, backup.stderr
    assert list((tmp_path / "usb").glob("*.sqlite3"))


def test_commands_on_a_missing_library_say_how_to_create_one(tmp_path: Path) -> None:
    out = cli(tmp_path / "empty", "overdue")
    assert out.returncode == 2 and "library-desk init" in out.stderr


def test_backup_list_and_restore_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    assert cli(folder, "demo", "--books", "30").returncode == 0
    made = cli(folder, "backup")
    assert made.returncode == 0, made.stderr
    listed = cli(folder, "backups")
    assert listed.returncode == 0 and ".sqlite3" in listed.stdout
    backup = next(iter(sorted((folder / "backups").glob("*.sqlite3"))))
    before = query(folder, "SELECT count(*) FROM loans")[0][0]
    barcode, _title, card = free_copy_and_member(folder)
    assert cli(folder, "checkout", card, barcode).returncode == 0
    assert query(folder, "SELECT count(*) FROM loans")[0][0] == before + 1
    refused = cli(folder, "restore", str(backup))
    assert refused.returncode == 2 and "--yes" in refused.stderr
    restored = cli(folder, "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "previous file is kept" in restored.stdout
    assert query(folder, "SELECT count(*) FROM loans")[0][0] == before
    assert cli(folder, "check").returncode == 0
    garbage = tmp_path / "not-a-backup.sqlite3"
    garbage.write_bytes(b"hello" * 1000)
    bad = cli(folder, "restore", str(garbage), "--yes")
    assert bad.returncode == 1 and "not-a-backup.sqlite3" in bad.stderr
