"""A second start on the same library is refused and wakes the first window (two processes)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

FIRST = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from desktop_app.config import Paths
    from desktop_app.ui.shell.single_instance import SingleInstance, raise_window
    app = QApplication([])
    guard = SingleInstance(Paths(Path(sys.argv[1])))
    guard.acquire()
    window = QWidget(); window.show(); window.showMinimized()
    def woken():
        raise_window(window)
        print("raised", "minimized" if window.isMinimized() else "normal", flush=True)
        app.quit()
    guard.activated.connect(woken)
    QTimer.singleShot(20000, app.quit)
    print("listening", flush=True)
    app.exec()
    guard.release()
""")

SECOND = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from desktop_app.config import Paths
    from desktop_app.ui.shell.single_instance import LibraryAlreadyOpen, SingleInstance
    app = QCoreApplication([])
    guard = SingleInstance(Paths(Path(sys.argv[1])))
    try:
        guard.acquire()
    except LibraryAlreadyOpen as exc:
        print("refused:", exc.message, flush=True)
        print("heard" if guard.ask_first_to_raise() else "not heard", flush=True)
        sys.exit(1)
    print("opened")
""")


def test_second_start_is_refused_and_raises_the_first_window(tmp_path: Path) -> None:
    env_args = dict(capture_output=True, text=True, timeout=60)
    first = subprocess.Popen([sys.executable, "-c", FIRST, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "listening"
        second = subprocess.run([sys.executable, "-c", SECOND, str(tmp_path)], **env_args)  # type: ignore[call-overload]
        assert second.returncode == 1
        assert "already open" in second.stdout and "heard" in second.stdout.splitlines()[-1]
        assert first.stdout.readline().strip() == "raised normal"
        assert first.wait(timeout=30) == 0
    finally:
        first.kill()
    third = subprocess.run([sys.executable, "-c", SECOND, str(tmp_path)], **env_args)  # type: ignore[call-overload]
    assert third.stdout.strip() == "opened", "once the first program ended, the library opens"
