"""A test process that dies (a crash in C code, a hang stopped by pytest-timeout's thread, a
signal) leaves its last words in a file, and the controlling process prints them at the end.

pytest-xdist sends a worker's own standard error nowhere, so without this a worker that dies
shows only "node down: Not properly terminated" and nothing about where it was."""

from __future__ import annotations

import faulthandler
import os
import signal
import tempfile
from pathlib import Path
from typing import IO

import pytest

_FOLDER = "LIBRARY_DESK_TEST_FAULTS"
_log: IO[str] | None = None


def start(config: pytest.Config) -> None:
    """Called from pytest_configure: the controller makes the folder (its workers inherit the
    environment), every process writes its tracebacks to its own file there."""
    global _log
    if _FOLDER not in os.environ:
        os.environ[_FOLDER] = tempfile.mkdtemp(prefix="library-desk-faults-")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _log = open(Path(os.environ[_FOLDER]) / f"{worker}.log", "w", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_log, all_threads=True)
    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        faulthandler.register(signal.SIGTERM, _log, all_threads=True, chain=True)


def _timeout(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    try:
        return float(item.config.getini("timeout") or 0)
    except (TypeError, ValueError):
        return 0.0


def note(item: pytest.Item) -> None:
    """Called before each test: the file names the test that was running when the process died.
    A few seconds before pytest-timeout would end the test (its own stack dump goes to the
    worker's lost standard error, then ``os._exit``), every thread's stack is written here too."""
    if _log is None:
        return
    _log.write(f"-- {item.nodeid}\n")
    _log.flush()
    seconds = _timeout(item)
    if seconds > 10:
        faulthandler.dump_traceback_later(seconds - 5, repeat=False, file=_log)  # replaces the previous one
    else:
        faulthandler.cancel_dump_traceback_later()


def done(_item: pytest.Item) -> None:
    """Called after each test: the test ended in time, no stack dump for it."""
    if _log is not None:
        faulthandler.cancel_dump_traceback_later()


def report(terminal: pytest.TerminalReporter) -> None:
    """Called by the controller at the end: print each file that holds more than test names."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    for path in sorted(Path(os.environ.get(_FOLDER, "/nonexistent")).glob("*.log")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        if any(not line.startswith("-- ") for line in lines):
            last = max((i for i, line in enumerate(lines) if line.startswith("-- ")), default=0)
            terminal.write_sep("=", f"last words of test process {path.stem}")
            terminal.write_line("\n".join(lines[max(0, last - 2):][:400]))
