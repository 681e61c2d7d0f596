"""The crash dialog: an uncaught exception (from the GUI thread or another thread) is logged with
its traceback and shown once, in plain words, with where the log is."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.shell.crash import CrashReporter, crash_message


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


def test_message_is_plain_and_names_the_log(tmp_path: Path) -> None:
    text = crash_message(KeyError("copy_id"), tmp_path / "library-desk.log")
    assert "already saved" in text and str(tmp_path / "library-desk.log") in text
    assert "KeyError" in text


def test_exceptions_from_threads_reach_one_dialog(qtbot, tmp_path: Path, shown: list[str], caplog) -> None:
    reporter = CrashReporter(tmp_path / "library-desk.log")
    reporter.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="scanner-thread")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        assert "ZeroDivisionError" in shown[0]
        sys.excepthook(ValueError, ValueError("bad scan"), None)
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
        assert "bad scan" in shown[1]
        assert "scanner-thread" in caplog.text and "ValueError: bad scan" in caplog.text
    finally:
        reporter.uninstall()
