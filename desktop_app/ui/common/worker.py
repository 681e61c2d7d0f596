"""The one worker that runs services off the GUI thread.

Jobs run in order on a single background thread (SQLite serialises writers anyway); results
come back to the GUI thread by signal. A job submitted with a ``channel`` supersedes any
older job of the same channel that has not finished: the older one is skipped if still
queued, its result dropped if it completes, and ``cancel`` callbacks (such as
``Searcher.interrupt``) are called so a long query stops at once.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)


@dataclass
class Job:
    id: int
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    channel: str | None = None
    cancel: Callable[[], None] | None = None
    cancelled: bool = field(default=False)


def _gone(callback: Callable[..., Any] | None) -> bool:
    """True when ``callback`` is a method of a Qt object already deleted (a tab whose window
    closed while its job ran): calling it would touch freed memory."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not isValid(owner)


class Worker(QObject):
    """Run callables on one background thread; deliver results on the GUI thread."""

    _finished = Signal(object, object, object)  # job, result, error
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._ids = itertools.count(1)
        self._latest: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pending = 0
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="library-desk-worker", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *, channel: str | None = None,
               cancel: Callable[[], None] | None = None) -> Job:
        job = Job(next(self._ids), fn, on_done, on_error, channel, cancel)
        with self._lock:
            if channel is not None:
                older = self._latest.get(channel)
                if older is not None and not older.cancelled:
                    older.cancelled = True
                    if older.cancel is not None:
                        try:
                            older.cancel()
                        except Exception:  # a cancel hook that fails must not stop the newer job
                            log.debug("cancel hook failed", exc_info=True)
                self._latest[channel] = job
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)
        self._queue.put(job)
        return job

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if job.cancelled:
                self._finished.emit(job, None, None)
                continue
            try:
                result = job.fn()
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread's error handler
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]  # the text rides on the exception to the GUI thread's log
                self._finished.emit(job, None, exc)
            else:
                self._finished.emit(job, result, None)

    @Slot(object, object, object)
    def _deliver(self, job: Job, result: Any, error: BaseException | None) -> None:
        with self._lock:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if job.channel is not None and self._latest.get(job.channel) is job:
                del self._latest[job.channel]
        if job.cancelled or _gone(job.on_done) or _gone(job.on_error):
            return  # asked by a widget that was closed meanwhile: nobody to tell
        if error is not None:
            if job.on_error is not None:
                job.on_error(error)
            else:
                from .errors import show_error

                show_error(None, error)
            return
        if job.on_done is not None:
            job.on_done(result)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until the queue is empty (tests and shutdown only)."""
        done = threading.Event()
        self._queue.put(Job(0, done.set, None, None))
        ok = done.wait(timeout)
        return ok

    @property
    def stopped(self) -> bool:
        """True once ``stop`` was called: nothing submitted runs any more."""
        return getattr(self, "_stop_asked", False)

    def stop(self) -> None:
        self._stop_asked = True
        self._queue.put(None)
        self._thread.join(timeout=5)
