"""`library-desk schedule run|status` as a real process on a copy of the template library:
what cron on a desk without a window runs."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop_app.config import Paths


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def runs(folder: Path) -> dict[str, tuple[int, int]]:
    con = sqlite3.connect(folder / "library.sqlite3")
    try:
        return {job: (n, ok) for job, n, ok in con.execute("SELECT job, runs, ok FROM scheduled_runs")}
    finally:
        con.close()


def test_schedule_run_and_status(library_paths: Paths) -> None:
    folder = library_paths.data_dir
    before = cli(folder, "schedule", "status")
    assert before.returncode == 0, before.stderr
    lines = before.stdout.splitlines()
    assert lines[0].split()[:3] == ["Job", "How", "often"]
    assert any(line.startswith("hold_expiry") and "never" in line and " yes " in line for line in lines)
    assert any(line.startswith("purge") and "every 360 min" in line for line in lines)

    first = cli(folder, "schedule", "run")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "hold_expiry  ok" in first.stdout and "backup written:" in first.stdout
    assert {job: runs(folder)[job] for job in ("hold_expiry", "backup", "purge")} == {
        "hold_expiry": (1, 1), "backup": (1, 1), "purge": (1, 1)}
    assert len(list(library_paths.backups.glob("library-*-daily.sqlite3"))) == 1

    second = cli(folder, "schedule", "run")  # the same day: nothing more to do
    assert second.returncode == 0
    assert "hold_expiry" not in second.stdout and "backup" not in second.stdout
    not_due = cli(folder, "schedule", "run", "backup")
    assert not_due.returncode == 0 and "not run" in not_due.stdout and "not due yet" in not_due.stdout
    forced = cli(folder, "schedule", "run", "backup", "--force")
    assert forced.returncode == 0 and "today's backup was already there" in forced.stdout
    assert runs(folder)["backup"] == (2, 1)

    after = cli(folder, "schedule", "status")
    assert any(line.startswith("backup") and " ok " in line and " no " in line for line in after.stdout.splitlines())


def test_schedule_refuses_what_it_cannot_do(library_paths: Paths) -> None:
    folder = library_paths.data_dir
    unknown = cli(folder, "schedule", "run", "dust_shelves")
    assert unknown.returncode == 1
    assert "There is no scheduled job 'dust_shelves' at the desk; the jobs are hold_expiry" in unknown.stderr
    usage = cli(folder, "schedule", "run", "--force")
    assert usage.returncode == 2 and "--force needs a job" in usage.stderr

