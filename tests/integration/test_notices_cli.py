"""`library-desk notices ...` as a real process against a real mail server on 127.0.0.1."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from mailserver import mail_server


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("notices") / "demo"
    done = cli(folder, "demo", "--books", "120")
    assert done.returncode == 0, done.stderr
    return folder


def _count(folder: Path, sql: str) -> int:
    con = sqlite3.connect(folder / "library.sqlite3")
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def test_send_dry_run_then_for_real_then_nothing_twice(demo_dir: Path, tmp_path: Path) -> None:
    overdue = _count(demo_dir, "SELECT count(DISTINCT member_id) FROM loans WHERE returned_at IS NULL "
                               "AND due_date < date('now')")
    assert overdue > 0, "the demo library has overdue loans"
    dry = cli(demo_dir, "notices", "send", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "a dry run: nothing sent" in dry.stdout
    assert _count(demo_dir, "SELECT count(*) FROM notices") == 0
    with mail_server(utf8=True) as box:  # the demo's members include søren@... addresses
        sent = cli(demo_dir, "notices", "send", "--smtp", box.url, "--letters", str(tmp_path))
        assert sent.returncode == 0, sent.stdout + sent.stderr
        emailed = _count(demo_dir, "SELECT count(*) FROM notices WHERE channel = 'email'")
        assert emailed == len(box.received) > 0
        assert f"emailed {emailed}" in sent.stdout
        again = cli(demo_dir, "notices", "send", "--smtp", box.url, "--letters", str(tmp_path))
        assert again.returncode == 0 and "emailed 0" in again.stdout and len(box.received) == emailed
    log = cli(demo_dir, "notices", "log", "--limit", "5")
    assert log.returncode == 0 and "Subject" in log.stdout and "email" in log.stdout


def test_a_bad_smtp_address_and_an_unreachable_server_are_said(demo_dir: Path, tmp_path: Path) -> None:
    bad = cli(demo_dir, "notices", "send", "--smtp", "http://mail.example")
    assert bad.returncode != 0 and "smtp://host:587" in bad.stderr
    with mail_server() as gone:
        url = gone.url
    down = cli(demo_dir, "notices", "send", "--smtp", url, "--day", "2031-01-01", "--letters", str(tmp_path))
    assert down.returncode == 1 and "Emails stopped: The mail server 127.0.0.1" in down.stdout


def test_a_template_is_shown_changed_and_refused_when_it_names_an_unknown_field(demo_dir: Path,
                                                                                 tmp_path: Path) -> None:
    shown = cli(demo_dir, "notices", "template", "hold_ready", "--language", "fr")
    assert shown.returncode == 0 and "Subject: Votre réservation est disponible : {title}" in shown.stdout
    body = tmp_path / "body.txt"
    body.write_text("Bonjour {member_name}, {colour}\n", encoding="utf-8")
    refused = cli(demo_dir, "notices", "template", "hold_ready", "--language", "fr", "--body-file", str(body))
    assert refused.returncode == 1 and "{colour}, which is not a field of notices" in refused.stderr
    body.write_text("Bonjour {member_name} :\n{items}\nÀ bientôt.\n", encoding="utf-8")
    changed = cli(demo_dir, "notices", "template", "hold_ready", "--language", "fr", "--body-file", str(body))
    assert changed.returncode == 0 and "À bientôt." in changed.stdout
    back = cli(demo_dir, "notices", "template", "hold_ready", "--language", "fr", "--reset")
    assert back.returncode == 0 and "À bientôt." not in back.stdout
