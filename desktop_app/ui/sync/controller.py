"""The GUI's side of sync: one ``SyncController`` per logged-in window owns the desk's
``DeskSync``, the background ``SyncLoop`` and a network worker, and turns what they report
into ``SyncSnapshot``s for the status bar and the Settings section.

Threads (contract): nothing here touches the network or the database on the GUI thread.
- ``SyncLoop`` syncs on its own thread (every ``interval`` seconds, and at once on
  ``sync_now``); its status and progress callbacks run on that thread, build a snapshot
  there (a local database read) and reach the GUI thread only through Qt signals.
- Test connection, setup, login, listing and resolving exceptions run on ``net``, a worker
  of their own, so a slow server never delays the desk's worker (check-outs).
- Calls that reach the server with the desk's credential (sync, setup, exceptions, resolve,
  desks) hold one lock so two threads never fetch a token at once; ``test_connection`` needs
  none. Calls made for the person at the desk name the logged-in staff account
  (``DeskSync.acting``): the server gives them that account's rights, at most the desk's.

``controller_for(ctx)`` gives the one controller of a ``UiContext`` (the main window and the
Settings section share it). The ``DeskSync`` and its lock are shared by every controller of one
open library (``_SHARED``), so a sync still finishing after a logout never overlaps the next one.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ...config import SYNC_USERNAME
from ...services.changes import Changes
from ...sync.client import ServerRefused, SyncError
from ...sync.desk import DeskSync, JoinRefused, ServerCheck, test_connection
from ...sync.engine import ManyDeletes
from ...sync.loop import SyncLoop
from ..common.context import UiContext
from ..common.i18n import tr
from ..common.worker import Worker

log = logging.getLogger(__name__)


@dataclass
class _Shared:
    lock: threading.RLock = field(default_factory=threading.RLock)
    desk: DeskSync | None = None


_SHARED: weakref.WeakKeyDictionary[Any, _Shared] = weakref.WeakKeyDictionary()


class SyncCancelled(SyncError):
    """Raised from the progress callback when the person pressed Cancel: the sync stops at
    the end of the current page (each page is saved with its cursor, so nothing is half done)."""


@dataclass(frozen=True)
class SyncSnapshot:
    """What the status bar shows. ``state``: "not set up", "starting", "syncing",
    "up to date", "offline", "login needed", "error" or "cancelled"."""

    state: str
    configured: bool = False
    pending: int = 0
    last_sync_at: datetime | None = None
    exceptions: int | None = None  # None: not known yet
    message: str = ""
    server_url: str | None = None
    desk_name: str | None = None
    desk_code: str | None = None
    progress: str = ""
    deletes_waiting: int = 0  # the last sync stopped before deleting this many rows here


def error_message(error: BaseException) -> str:
    """A sentence for a person about a sync or setup error."""
    if isinstance(error, JoinRefused):
        return str(error)
    if isinstance(error, ServerRefused) and error.status == 401:
        return tr("The server refused the login: {reason}").format(reason=error)
    if isinstance(error, ServerRefused) and error.status == 403:
        return tr("This server account may not do that: {reason}").format(reason=error)
    if isinstance(error, (SyncError, ValueError)):
        return str(error) or type(error).__name__
    return getattr(error, "message", None) or tr("Unexpected problem: {error}").format(error=error)


class SyncController(QObject):
    """Signals (always delivered on the GUI thread): ``snapshot_changed(SyncSnapshot)``,
    ``progress(phase, done, total or None)``, ``login_needed()`` (once until a login works)."""

    snapshot_changed = Signal(object)
    progress = Signal(str, int, object)
    login_needed = Signal()
    _snapshot_from_thread = Signal(object)

    def __init__(self, ctx: UiContext, *, desk_sync: Callable[[], DeskSync] | None = None,
                 interval: float = 60.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncController")
        self.ctx = ctx
        self.interval = interval
        self._make_desk = desk_sync or (lambda: DeskSync(ctx.services.library, ctx.paths))
        self._shared = _SHARED.setdefault(ctx.services.library, _Shared())
        self.loop: Any = None  # SyncLoop once sync is set up
        self.net = Worker(self)
        self.snapshot = SyncSnapshot("starting")
        self.show_progress = True  # False after the person cancelled a sync (until "Sync now")
        self._lock = self._shared.lock
        self._cancel = threading.Event()
        self._allow_deletes = False
        self._stopped = False
        self._asked_login = False
        self._exceptions: int | None = None
        self._snapshot_from_thread.connect(self._deliver)
        ctx.events.changed.connect(self._local_change)

    # -- life -----------------------------------------------------------------------------
    def start(self) -> None:
        """Open the desk's sync state (on ``net``) and start the loop when sync is set up."""
        self.net.submit(self._open, self._opened, self._failed)

    @property
    def desk(self) -> DeskSync | None:
        return self._shared.desk

    def _desk(self) -> DeskSync:
        """The shared DeskSync, made on first use (call with the lock held, off the GUI thread),
        acting for this window's staff account."""
        if self._shared.desk is None:
            self._shared.desk = self._make_desk()
        self._shared.desk.acting = self.ctx.actor.username
        return self._shared.desk

    def _open(self) -> SyncSnapshot:
        with self._lock:
            self._desk()
        return self._read("not set up")

    def _opened(self, snapshot: SyncSnapshot) -> None:
        self._deliver(snapshot)
        if snapshot.configured:
            self.ensure_loop()

    def _failed(self, error: BaseException) -> None:
        log.warning("sync could not start: %s", getattr(error, "__traceback_text__", error))
        self._deliver(replace(self.snapshot, state="error", message=error_message(error)))

    def ensure_loop(self) -> None:
        if self.loop is None and self.desk is not None and not self._stopped:
            self.loop = SyncLoop(self._sync_job, interval=self.interval, on_status=self._on_status)
            self.loop.start()

    def sync_now(self, *, allow_deletes: bool = False) -> None:
        """Sync at once (starting the loop if sync was just set up); shows progress again.
        ``allow_deletes``: a person confirmed the server's many deletions (once)."""
        if not self.snapshot.configured:
            self.ctx.events.status_message.emit(tr("Sync is not set up: an admin sets it up in Settings"))
            return
        self._allow_deletes = allow_deletes
        self.show_progress = True
        self._cancel.clear()
        if self.loop is None:
            self.ensure_loop()
        else:
            self.loop.trigger()

    def cancel_sync(self) -> None:
        """Stop the running sync at the next page; later syncs run without the progress window."""
        self.show_progress = False
        self._cancel.set()

    def stop(self, timeout: float = 3.0) -> None:
        """At logout or quit: cancel a running sync and stop the loop and the network worker.
        Waits at most ``timeout`` seconds for the current page to be saved."""
        self._stopped = True
        self._cancel.set()
        if self.loop is not None:
            self.loop.stop(timeout)
            self.loop = None
        self.net.stop()

    # -- the sync thread ---------------------------------------------------------------------
    def _sync_job(self) -> tuple[Any, int | None]:
        assert self.desk is not None
        if not self._stopped:
            self._cancel.clear()
        with self._lock:
            allow, self._allow_deletes = self._allow_deletes, False
            report = self._desk().sync_now(self._progress, allow_deletes=allow)
            try:
                self._exceptions = len(self.desk.exceptions())
            except SyncError as exc:  # the sync itself worked; the count stays unknown
                log.info("could not count sync exceptions: %s", exc)
        return report, self._exceptions

    def _progress(self, phase: str, done: int, total: int | None) -> None:
        if self._cancel.is_set():
            raise SyncCancelled(tr("The sync was stopped; it goes on from here at the next sync"))
        if not self._stopped:
            self.progress.emit(phase, done, total)

    def _on_status(self, state: str, info: Any) -> None:
        if self._stopped:
            return
        if isinstance(info, SyncCancelled):
            state = "cancelled"
        message = error_message(info) if isinstance(info, BaseException) else ""
        try:
            snapshot = self._read(state, message)
            if isinstance(info, ManyDeletes):
                snapshot = replace(snapshot, deletes_waiting=info.count)
        except Exception as exc:  # the status must still reach the person
            log.exception("could not read the sync state")
            snapshot = replace(self.snapshot, state=state, message=message or str(exc))
        self._snapshot_from_thread.emit(snapshot)

    def _read(self, state: str, message: str = "") -> SyncSnapshot:
        """A snapshot from the local database (any thread but the GUI's)."""
        assert self.desk is not None
        st = self.desk.status()
        if not st.configured:
            state = "not set up"
        elif state == "not set up":
            state = "starting"
        return SyncSnapshot(state, st.configured, st.pending, st.last_sync_at, self._exceptions, message,
                            st.server_url, st.desk_name, st.desk_code)

    # -- the GUI thread ----------------------------------------------------------------------
    @Slot(object)
    def _deliver(self, snapshot: SyncSnapshot) -> None:
        if self._stopped:
            return
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)
        if snapshot.state == "login needed" and snapshot.configured and not self._asked_login:
            self._asked_login = True
            self.login_needed.emit()

    def _local_change(self, changed: Changes) -> None:
        """After a check-out or an edit, show the new pending count (local read on the worker)."""
        if not changed.touches("journal") or self.desk is None or self._stopped:
            return
        keep = self.snapshot
        self.ctx.worker.submit(self.desk.status, lambda st: self._deliver(replace(self.snapshot, pending=st.pending))
                               if self.snapshot is keep else None, lambda _e: None, channel="sync-pending")

    def set_exception_count(self, count: int) -> None:
        self._exceptions = count
        self._deliver(replace(self.snapshot, exceptions=count))

    # -- network actions for the Settings section and the exceptions window -------------------
    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> None:
        def locked() -> Any:
            with self._lock:
                self._desk()
                return fn()

        self.net.submit(locked, on_done, on_error)

    def test_connection(self, url: str, on_done: Callable[[ServerCheck], None]) -> None:
        self.net.submit(lambda: test_connection(url), on_done,
                        lambda e: on_done(ServerCheck(url, False, error=error_message(e))))

    def setup(self, url: str, desk_name: str, username: str, password: str,
              on_done: Callable[[dict[str, Any]], None], on_error: Callable[[BaseException], None], *,
              join: bool = False) -> None:
        """Log in and register (``DeskSync.setup``; ``join``: upload this library into an
        empty server), then sync at once. The password lives only in this call."""
        def done(result: dict[str, Any]) -> None:
            self._asked_login = False
            self.ctx.settings.set(SYNC_USERNAME, username)
            self._deliver(result.pop("snapshot"))
            on_done(result)
            self.sync_now()

        def run() -> dict[str, Any]:
            out = self._desk().setup(url, desk_name, username, password, join_library=join,
                                     progress=lambda phase, n, total: self.progress.emit(phase, n, total))
            return {**out, "snapshot": self._read("starting")}

        self._submit(run, done, on_error)

    def login(self, username: str, password: str, on_done: Callable[[bool], None],
              on_error: Callable[[BaseException], None]) -> None:
        """A person logs in once to give this desk a working credential again (it was retired,
        or the keyring that kept it is gone)."""
        def done(_result: dict[str, Any]) -> None:
            self._asked_login = False
            self.ctx.settings.set(SYNC_USERNAME, username)
            on_done(True)
            self.sync_now()

        def run() -> dict[str, Any]:
            desk = self._desk()
            st = desk.status()
            return desk.setup(st.server_url or "", st.desk_name or "desk", username, password)

        self._submit(run, done, on_error)

    def exceptions(self, mine: bool, on_done: Callable[[list[dict[str, Any]]], None],
                   on_error: Callable[[BaseException], None]) -> None:
        def done(rows: list[dict[str, Any]]) -> None:
            if mine:
                self.set_exception_count(len(rows))
            on_done(rows)

        self._submit(lambda: self._desk().exceptions(mine=mine), done, on_error)

    def resolve(self, exception_id: int, action: str, note: str | None,
                on_done: Callable[[dict[str, Any]], None], on_error: Callable[[BaseException], None]) -> None:
        self._submit(lambda: self._desk().resolve(exception_id, action, note), on_done, on_error)

    def desks(self, on_done: Callable[[list[dict[str, Any]]], None],
              on_error: Callable[[BaseException], None]) -> None:
        self._submit(lambda: self._desk().desks(), on_done, on_error)

    def retire(self, client_id: str, on_done: Callable[[dict[str, Any]], None],
               on_error: Callable[[BaseException], None]) -> None:
        self._submit(lambda: self._desk().retire(client_id), on_done, on_error)


def controller_for(ctx: UiContext) -> SyncController:
    """The one controller of ``ctx`` (made on first use, a child of ``ctx.events``)."""
    found = ctx.events.findChild(SyncController, "syncController")
    if isinstance(found, SyncController):
        return found
    return SyncController(ctx, parent=ctx.events)
