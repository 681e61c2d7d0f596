"""Logs: a rotating file in the installation's log folder, secrets masked, errors with their
traceback, and the crash hook writing the traceback before telling the person."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop_app import logs
from desktop_app.config import Paths


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_file_in_the_log_folder_with_masked_secrets(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    target = logs.setup_logging(paths)
    try:
        assert target == paths.logs / logs.LOG_FILENAME
        log = logging.getLogger("desktop_app.test")
        log.info("login attempt password=hunter2 for ana")
        log.debug("too detailed for the normal log")
        try:
            raise RuntimeError("disk on fire")
        except RuntimeError:
            log.exception("checkout failed")
        _flush()
        text = target.read_text(encoding="utf-8")
        assert "Library Desk started" in text
        assert "password=***" in text and "hunter2" not in text
        assert "too detailed" not in text
        assert "RuntimeError: disk on fire" in text and "Traceback" in text
    finally:
        logging.getLogger().handlers = [h for h in logging.getLogger().handlers
                                        if not logs.is_ours(h)]


def test_setup_twice_keeps_one_file_handler_and_verbose_logs_debug(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    logs.setup_logging(paths)
    target = logs.setup_logging(paths, verbose=True)
    try:
        ours = [h for h in logging.getLogger().handlers if logs.is_ours(h)]
        assert sum(isinstance(h, logging.FileHandler) for h in ours) == 1
        logging.getLogger("desktop_app.test").debug("detail for support")
        _flush()
        assert "detail for support" in target.read_text(encoding="utf-8")
    finally:
        logging.getLogger().handlers = [h for h in logging.getLogger().handlers
                                        if not logs.is_ours(h)]


def test_log_rotates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    target = logs.setup_logging(Paths(tmp_path))
    try:
        for i in range(200):
            logging.getLogger("desktop_app.test").info("line %d %s", i, "x" * 50)
        _flush()
        rotated = sorted(p.name for p in target.parent.glob(logs.LOG_FILENAME + ".*"))
        assert rotated and len(rotated) <= logs.BACKUP_COUNT
        assert target.stat().st_size <= 2000 + 200
    finally:
        logging.getLogger().handlers = [h for h in logging.getLogger().handlers
                                        if not logs.is_ours(h)]


def test_uncaught_exception_is_logged_and_explained(tmp_path: Path) -> None:
    """A real process with the crash hook installed and no event loop: the traceback lands in the
    log and the person gets the plain-words text naming the log file."""
    script = textwrap.dedent("""
        import sys, threading
        from pathlib import Path
        from desktop_app.config import Paths
        from desktop_app.logs import setup_logging
        from desktop_app.ui.shell.crash import install_crash_handler
        paths = Paths(Path(sys.argv[1]))
        setup_logging(paths)
        install_crash_handler(paths)
        t = threading.Thread(target=lambda: 1 / 0, name="worker-x"); t.start(); t.join()
        raise ValueError("the scanner sent nonsense")
    """)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60)
    log_text = (tmp_path / "logs" / logs.LOG_FILENAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log_text and "worker-x" in log_text
    assert "ValueError: the scanner sent nonsense" in log_text
    assert "Everything that was already saved" in done.stderr
    assert str(tmp_path / "logs" / logs.LOG_FILENAME) in done.stderr
