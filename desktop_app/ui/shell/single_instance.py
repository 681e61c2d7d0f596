"""One window per library, and a second start that brings the first window forward.

The operating-system lock (``services.maintenance.lock_library``) is what guarantees that two
programs never write to one library. This module adds the courtesy on top: the first program
listens on a local socket named after the data folder; a second start that finds the library
locked connects to it and says "raise", and the first window comes to the front (where the
window manager allows it; some refuse focus stealing and flash the task-bar entry instead).

Use from ``run_gui``::

    guard = SingleInstance(paths)
    try:
        lock = guard.acquire()          # the OS lock; starts listening
    except LibraryAlreadyOpen as exc:
        guard.ask_first_to_raise()      # best effort
        show the message exc.message; return 1
    guard.activated.connect(lambda: raise_window(window))
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ...services.maintenance import LibraryAlreadyOpen, LockHandle, lock_library

log = logging.getLogger(__name__)
RAISE = b"raise\n"
TIMEOUT_MS = 500

__all__ = ["LibraryAlreadyOpen", "SingleInstance", "raise_window", "server_name"]


def server_name(paths: Any) -> str:
    """A short socket name unique to this user and data folder (Unix socket paths are short)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        user = "user"
    digest = hashlib.sha256(f"{user}\0{paths.data_dir}".encode()).hexdigest()[:20]
    return f"library-desk-{digest}"


def raise_window(window: QWidget) -> None:
    """Bring ``window`` to the front: un-minimise, raise, and ask for focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """The lock plus the local socket that lets a second start wake the first."""

    activated = Signal()

    def __init__(self, paths: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.name = server_name(paths)
        self.lock: LockHandle | None = None
        self._server: QLocalServer | None = None

    def acquire(self, *, purpose: str = "the Library Desk window") -> LockHandle:
        """Take the library lock (raises ``LibraryAlreadyOpen``) and start listening."""
        self.lock = lock_library(self.paths, purpose=purpose)
        self._listen()
        return self.lock

    def _listen(self) -> None:
        # Holding the lock proves no other live program owns the name: a socket file left by a
        # crash can be removed safely.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance socket %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    @Slot()
    def _on_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.waitForReadyRead(TIMEOUT_MS)
            if bytes(sock.readAll().data()).startswith(RAISE.strip()):
                log.info("a second start asked this window to come forward")
                self.activated.emit()
            sock.disconnectFromServer()
            sock.deleteLater()

    def ask_first_to_raise(self) -> bool:
        """From a second start: ask the running program to show its window. True if it heard."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(TIMEOUT_MS):
            return False
        sock.write(RAISE)
        ok = sock.waitForBytesWritten(TIMEOUT_MS)
        sock.disconnectFromServer()
        return bool(ok)

    def release(self) -> None:
        """Stop listening and release the lock (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
