"""`library-desk audit` run as a real process: the table, the filters, --csv (audited), the
admins-only rule through --as, and bad dates said plainly (exit 1, no traceback)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.domain.errors import AuthenticationFailed
from desktop_app.services.audit import AuditFilter, AuditLog


def cli(paths: Paths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(paths.data_dir), "audit", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def logged(services, library_paths: Paths) -> Paths:
    """The template library with two failed logins: 'dirk' (wrong password) and 'nobody'."""
    for name in ("dirk", "nobody"):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login(name, "wrong password")
    return library_paths


def test_table_and_filters(logged: Paths) -> None:
    out = cli(logged)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["When", "Who", "Action", "Entity", "Details"]
    assert "nobody" in lines[2] and "login_failed" in lines[2]  # newest first
    assert "reason=unknown account" in lines[2]
    out = cli(logged, "--who", "dirk", "--action", "login_failed")
    assert out.returncode == 0, out.stderr
    body = out.stdout.splitlines()[2:]
    assert len(body) == 1 and "reason=wrong password" in body[0]
    out = cli(logged, "--since", "2000-01-01", "--until", "2000-01-31")
    assert (out.returncode, out.stdout.strip()) == (0, "No events match.")
    out = cli(logged, "--limit", "1")
    assert len(out.stdout.splitlines()) == 4 and "(the newest 1 of" in out.stdout
    out = cli(logged, "--actions")
    assert {"login_failed", "staff_create"} <= set(out.stdout.split())


def test_csv_is_written_and_audited(services, logged: Paths, admin, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    out = cli(logged, "--action", "login_failed", "--csv", str(target))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"2 events written to {target}"
    with target.open(encoding="utf-8-sig", newline="") as fh:
        assert sorted(r["Who"] for r in csv.DictReader(fh)) == ["dirk", "nobody"]
    [event] = AuditLog(services.library).find(admin, AuditFilter(action="audit_export")).items
    assert event.actor == "admin" and event.details["filters"] == {"action": "login_failed"}


def test_refusals_are_plain(logged: Paths, tmp_path: Path) -> None:
    for who in ("lena", "dirk"):
        out = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(logged.data_dir), "--as", who,
                              "audit", "--csv", str(tmp_path / "x.csv")], capture_output=True, text=True, timeout=120)
        assert out.returncode == 1 and "may not export the audit log; this needs a admin account" in out.stderr
        assert "Traceback" not in out.stderr and not (tmp_path / "x.csv").exists()
    out = cli(logged, "--since", "yesterday")
    assert out.returncode == 1 and "--since: 'yesterday' is not a date (2026-03-02)" in out.stderr
    assert "Traceback" not in out.stderr
    out = cli(logged, "--limit", "0")
    assert out.returncode == 2 and "--limit must be between 1 and" in out.stderr
