"""Crash safety: a child process lends and returns books and is killed with SIGKILL at random
moments, 50 times, on the same library. After every kill the database is intact and loans and
journal rows match one to one: every committed loan has its checkout row (and its checkin row
once returned), and every such row has its loan."""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.services import Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.accounts import staff_actor
from desktop_app.services.people.members import MemberInput

KILLS = 50
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _prepare(template: Path, folder: Path) -> None:
    import shutil

    shutil.copytree(template, folder)
    svc = Services(open_library(Paths(folder)))
    try:
        admin = staff_actor(svc.accounts.get_staff("admin"))
        for n in range(6):
            svc.catalog.add_book(admin, BookInput(title=f"Book {n}"),
                                 copies=[CopyInput(barcode=f"C{n}{k}") for k in range(4)])
        for n in range(4):
            svc.members.register(admin, MemberInput(first_name=f"Reader{n}", last_name="Crash", category="staff"))
    finally:
        svc.close()


def _spawn(folder: Path, errors: Path) -> subprocess.Popen[str]:
    """Start crash_child.py (it imports once, then forks a worker per round). Its standard error
    goes to the file ``errors``: a pipe nobody reads fills up and stops the child mid-write."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with errors.open("w", encoding="utf-8") as sink:
        child = subprocess.Popen([sys.executable, str(CHILD), str(folder)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=sink, text=True, env=env, cwd=ROOT)
    assert child.stdout is not None
    line = child.stdout.readline()
    if line != "loaded\n":
        child.kill()
        child.wait()
        raise AssertionError(f"crash_child did not start: {line!r} {_tail(errors)}")
    return child


def _tail(errors: Path) -> str:
    return errors.read_text(encoding="utf-8", errors="replace")[-3000:]


class Silent(AssertionError):
    """crash_child said nothing for too long (it and its worker have been killed)."""


class _Lines:
    """The child's lines, read by a thread: ``next()`` waits at most a minute, so a child that
    hangs is reported with its errors instead of waiting for the suite's timeout."""

    def __init__(self, child: subprocess.Popen[str], errors: Path) -> None:
        self.child = child
        self.errors = errors
        self.seen: list[str] = []  # the last lines read, for a failure message
        self.queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.child.stdout is not None
        for line in self.child.stdout:
            self.queue.put(line)
        self.queue.put("")

    def next(self, seconds: float = 60.0) -> str:
        try:
            line = self.queue.get(timeout=seconds)
        except queue.Empty:
            workers = _children(self.child.pid)
            states = f"crash_child {_state(self.child.pid)}, its workers " + ", ".join(
                f"{pid} {_state(pid)}" for pid in workers)
            for pid in workers:
                os.kill(pid, signal.SIGKILL)
            self.child.kill()
            self.child.wait()
            raise Silent(f"crash_child said nothing for {seconds:.0f} s ({states}; last lines "
                                 f"{self.seen[-5:]}): {_tail(self.errors)}") from None
        if not line:
            self.child.wait()
            raise AssertionError(f"crash_child ended unexpectedly: {_tail(self.errors)}")
        self.seen = [*self.seen[-4:], line]
        return line


def _parent_of(pid: int) -> int | None:
    """The parent process of ``pid`` (Linux), or None when it has gone."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _state(pid: int) -> str:
    """What Linux says a process is doing (state and kernel wait), for a failure message."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        status = dict(line.split(":", 1) for line in lines if ":" in line)
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError as exc:
        return f"gone ({exc.__class__.__name__})"
    return f"{status.get('State', '?').strip()} in {wchan or '-'}"


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _check(db: Path) -> tuple[int, int]:
    """Assert the library is healthy; return (loans, journal rows)."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []

        def none(sql: str) -> None:
            rows = con.execute(sql).fetchall()
            assert rows == [], (sql, rows[:5])

        none("SELECT l.uuid FROM loans l WHERE (SELECT count(*) FROM journal j WHERE j.kind = 'checkout' "
             "AND json_extract(j.args, '$.loan_uuid') = l.uuid) != 1")
        none("SELECT l.uuid FROM loans l WHERE l.returned_at IS NOT NULL AND (SELECT count(*) FROM journal j "
             "WHERE j.kind = 'checkin' AND json_extract(j.args, '$.loan_uuid') = l.uuid) != 1")
        none("SELECT j.seq FROM journal j WHERE j.kind = 'checkout' AND NOT EXISTS (SELECT 1 FROM loans l "
             "WHERE l.uuid = json_extract(j.args, '$.loan_uuid'))")
        none("SELECT j.seq FROM journal j WHERE j.kind = 'checkin' AND json_extract(j.args, '$.loan_uuid') IS NOT NULL "
             "AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.uuid = json_extract(j.args, '$.loan_uuid') "
             "AND l.returned_at IS NOT NULL)")
        none("SELECT copy_id FROM loans WHERE returned_at IS NULL GROUP BY copy_id HAVING count(*) > 1")
        none("SELECT c.barcode FROM copies c WHERE (c.status = 'on_loan') != EXISTS (SELECT 1 FROM loans l "
             "WHERE l.copy_id = c.id AND l.returned_at IS NULL)")
        seqs = [r[0] for r in con.execute("SELECT seq FROM journal ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1))
        return con.execute("SELECT count(*) FROM loans").fetchone()[0], len(seqs)
    finally:
        con.close()


@pytest.mark.slow
def test_killed_at_random_moments_nothing_is_lost_or_half_written(template_library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    _prepare(template_library, folder)
    db = Paths(folder).database
    rng = random.Random(20260302)
    errors = tmp_path / "crash_child.err"
    child = _spawn(folder, errors)
    lines = _Lines(child, errors)
    done = loans = 0
    stalls: list[str] = []
    try:
        for kill in range(KILLS):
            assert child.stdin is not None
            child.stdin.write(f"{kill}\n")
            child.stdin.flush()
            ready = lines.next().split()
            assert ready[:1] == ["ready"], ready
            worker = int(ready[1])
            time.sleep(rng.uniform(0.0, 0.3))
            # Only ever a worker of crash_child: a pid that has ended may already be another process's.
            assert _parent_of(worker) == child.pid, f"worker {worker} ended before it was killed"
            os.kill(worker, signal.SIGKILL)
            reported = 0
            try:
                while True:
                    line = lines.next()
                    if line.startswith("dead"):
                        assert line.split()[1:] == [str(worker), str(int(signal.SIGKILL))], line
                        break
                    reported += line.startswith("out ")
            except Silent as stall:
                # Seen once in a dozen runs on a loaded machine: after the kill, crash_child never
                # reported its worker dead. The library is checked all the same; a fresh crash_child
                # goes on, and more than two such rounds fail the test with what Linux said.
                stalls.append(str(stall))
                assert len(stalls) <= 2, stalls
                warnings.warn(f"crash round {kill} stalled and was restarted: {stall}", stacklevel=1)
                child = _spawn(folder, errors)
                lines = _Lines(child, errors)
            done += reported
            loans, _ = _check(db)
            assert loans >= done  # every lend the worker reported is still there
    finally:
        if child.poll() is None and child.stdin is not None:
            child.stdin.close()
            child.wait(timeout=30)
    # The kills landed in the middle of work, not only before it started.
    assert done > KILLS and loans > KILLS
