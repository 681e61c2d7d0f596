"""The desk's scheduled work while the program is open (``services/schedule.py``): a QTimer
checks every few minutes, and once at start (so what a missed day left undone runs now),
which jobs are due, and runs them one after the other on the GUI's worker, never on the GUI
thread.

- A round in progress is never started twice: a tick during one does nothing.
- The desk's scan path stays fast: while the clerk is scanning (a scan within the last
  ``quiet_s`` seconds, as ``last_scan`` tells), the next job waits a few seconds.
- A job's failure is announced once (``failure``: the main window's status bar says it), not
  at every retry, nor again unless it fails differently; until the job works again the
  status bar keeps a short warning whose tooltip says why (``failed_jobs``).
- ``pause``/``resume`` hold the schedule while the library is being restored.

The program's ``DeskApp`` owns one scheduler for as long as it runs; the main window it
shows attaches to it (``MainWindow(..., scheduler=...)``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from ...services import Services, schedule
from ..common.i18n import N_, tr
from ..common.worker import Worker

log = logging.getLogger(__name__)

#: What a person reads for each job.
JOB_TEXT = {
    "hold_expiry": N_("Expiring uncollected holds"),
    "notices": N_("Sending the notices to members"),
    "backup": N_("The daily backup"),
    "anonymise": N_("Anonymising old loans"),
    "purge": N_("Clearing old records"),
    "lookups": N_("Looking up queued ISBNs"),
}
CHECK_EVERY_MS = 3 * 60 * 1000
QUIET_S = 5.0  # seconds without a scan before a job may start
WAIT_MS = 3000  # how long a job waits for a scan burst to end before it looks again


def job_text(name: str) -> str:
    return tr(JOB_TEXT[name]) if name in JOB_TEXT else name


class DeskScheduler(QObject):
    """See the module doc. ``round_done(list[RunResult])`` after each round of due jobs;
    ``failure(str)`` once per new failure, a sentence for the status bar."""

    round_done = Signal(list)
    failure = Signal(str)

    def __init__(self, services: Callable[[], Services], worker: Worker, *, interval_ms: int = CHECK_EVERY_MS,
                 quiet_s: float = QUIET_S, wait_ms: int = WAIT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.quiet_s, self.wait_ms = quiet_s, wait_ms
        #: The ``time.monotonic()`` of the desk's last scan (set by the main window; None: no desk).
        self.last_scan: Callable[[], float] | None = None
        self.running = False
        self.rounds = 0
        self.results: list[schedule.RunResult] = []
        self._queue: list[str] = []
        self._paused = False
        self._waiting = False
        self._announced: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    # -- control ------------------------------------------------------------------------
    def start(self) -> None:
        """Check now (on the event loop's next turn) and every ``interval_ms`` from now on."""
        self._timer.start()
        QTimer.singleShot(0, self, self.tick)  # with self as context: never after self is gone

    def stop(self) -> None:
        self._timer.stop()
        self._queue.clear()

    def pause(self) -> None:
        """No new job starts until ``resume`` (the one running finishes)."""
        self._paused = True
        self._queue.clear()

    def resume(self) -> None:
        self._paused = False
        QTimer.singleShot(0, self, self.tick)  # with self as context: never after self is gone

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    # -- a round --------------------------------------------------------------------------
    def tick(self) -> None:
        """Look for due jobs and run them, unless a round is going or the clerk is scanning."""
        if self._worker.stopped:  # the program is closing (or a test's window is gone): no more rounds
            self.stop()
            return
        if self.running or self._paused:
            return
        if self._scanning():
            self._later(self.tick)
            return
        self.running = True
        self.results = []
        lib = self._services().library
        self._worker.submit(lambda: schedule.due_jobs(lib), self._alive(self._got_due), self._alive(self._round_failed))

    def _alive(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """``fn`` for a worker's answer, which does nothing once this scheduler is gone."""
        def deliver(value: Any) -> None:
            if isValid(self):
                fn(value)
        return deliver

    def _scanning(self) -> bool:
        return self.last_scan is not None and time.monotonic() - self.last_scan() < self.quiet_s

    def _later(self, step: Callable[[], None]) -> None:
        if not self._waiting:
            self._waiting = True
            QTimer.singleShot(self.wait_ms, self, lambda: self._resume_step(step))

    def _resume_step(self, step: Callable[[], None]) -> None:
        self._waiting = False
        step()

    def _got_due(self, names: list[str]) -> None:
        self._queue = list(names)
        self._next()

    def _next(self) -> None:
        if self._paused or not self._queue:
            self._end_round()
            return
        if self._scanning():
            self._later(self._next)
            return
        name = self._queue.pop(0)
        lib = self._services().library
        self._worker.submit(lambda: schedule.run_job(lib, name), self._alive(self._job_done),
                            self._alive(lambda exc: self._job_done(schedule.RunResult(name, True, False, str(exc)))))

    def _job_done(self, result: schedule.RunResult) -> None:
        self.results.append(result)
        if result.ran and result.ok:
            self._announced.pop(result.job, None)
        elif not result.ok and self._announced.get(result.job) != result.message:
            self._announced[result.job] = result.message
            self.failure.emit(tr("{job} did not work: {reason}").format(job=job_text(result.job),
                                                                       reason=result.message))
        self._next()

    def _round_failed(self, exc: BaseException) -> None:
        log.warning("the scheduled jobs could not be looked up: %s", exc)
        self._end_round()

    def _end_round(self) -> None:
        self.running = False
        self.rounds += 1
        self.round_done.emit(list(self.results))

    def failures(self) -> list[str]:
        """The failures announced and not yet mended, as the status bar said them."""
        return [tr("{job} did not work: {reason}").format(job=job_text(job), reason=message)
                for job, message in self._announced.items()]

    def failed_jobs(self) -> dict[str, str]:
        """Job name -> why its last run failed, for the jobs not mended since."""
        return dict(self._announced)
