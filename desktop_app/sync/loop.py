"""Background sync for the GUI: ``SyncLoop`` runs ``DeskSync.sync_now`` every ``interval``
seconds on its own thread, backs off exponentially (with jitter) while the server cannot be
reached, and reports each state change to ``on_status`` ("syncing", "up to date", "offline",
"login needed", "error") with the report or the error. ``trigger()`` asks for a sync now.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from typing import Any

from .client import NeedLogin, SyncError, Unreachable
from .engine import NotSetUp

LOG = logging.getLogger("library_desk.sync.loop")
MIN_BACKOFF_S = 5.0
MAX_BACKOFF_S = 300.0


def next_backoff(current: float) -> float:
    """The wait after one more failure: doubled, capped, with up to 20 % jitter."""
    base = min(MAX_BACKOFF_S, max(MIN_BACKOFF_S, current * 2))
    return base * (1 + random.uniform(0, 0.2))


class SyncLoop:
    def __init__(self, sync_now: Callable[[], Any], *, interval: float = 60.0,
                 on_status: Callable[[str, Any], None] | None = None) -> None:
        self._sync_now = sync_now
        self.interval = interval
        self._on_status = on_status or (lambda _state, _info: None)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.backoff = 0.0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="desk-sync", daemon=True)
            self._thread.start()

    def trigger(self) -> None:
        self.backoff = 0.0
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def run_once(self) -> float:
        """One attempt; returns the seconds to wait before the next one."""
        self._on_status("syncing", None)
        try:
            report = self._sync_now()
        except Unreachable as exc:
            self.backoff = next_backoff(self.backoff)
            self._on_status("offline", exc)
            return self.backoff
        except (NeedLogin, NotSetUp) as exc:
            self._on_status("login needed", exc)
            return self.interval
        except SyncError as exc:
            self._on_status("error", exc)
            return self.interval
        except Exception as exc:  # the loop must survive; the error is shown and logged
            LOG.exception("sync failed")
            self._on_status("error", exc)
            return self.interval
        self.backoff = 0.0
        self._on_status("up to date", report)
        return self.interval

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = self.run_once()
            self._wake.wait(wait)
            self._wake.clear()
