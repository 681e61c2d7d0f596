"""The library server's scheduled work: a background thread, started in the application's
lifespan, that runs the server's jobs of ``services/schedule.py`` (hold expiry, anonymising,
purges, its own database backups, and the notices when this server is the sender) every
``schedule_interval_s`` seconds and once at start.

With several uvicorn workers every worker has this thread, but a job runs in one of them at a
time: ``run_job`` claims the job's ``ScheduledRun`` row in a write transaction (``SELECT ... FOR
UPDATE`` on PostgreSQL; SQLite serialises writers), and a job another worker claimed or
already ran today is not run again.

Purging deletions keeps the change feed's contract (``sync/feed.py``): deletions announced
more than ``keep_tombstones_days`` ago are forgotten, and a desk whose cursor is older than the
purge gets 410 and downloads everything again.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..db.sync_models import SyncFeed
from ..services import Library
from ..services.schedule import SCHEDULE, SERVER, Place, RunResult, run_due
from .backup import daily_backup
from .settings import ServerSettings
from .sync.feed import purge_tombstones

LOG = logging.getLogger("library_desk.server.schedule")


def purge_feed(lib: Library, cutoff: datetime) -> int:
    """Forget the deletions announced before ``cutoff`` (see the module doc); returns how many."""
    with lib.read() as s:
        last = s.scalar(select(func.max(SyncFeed.seq)).where(SyncFeed.op == "delete", SyncFeed.changed_at < cutoff))
    return purge_tombstones(lib.engine, int(last) + 1) if last is not None else 0


def notice_options(settings: ServerSettings) -> dict[str, Any]:
    """How this server sends notices: its mail server and the folder of its letters."""
    from ..services.notices import SmtpConfig
    from .backup import ServerBackupFailed, backup_folder

    options: dict[str, Any] = {}
    if settings.smtp_url:
        options["smtp"] = SmtpConfig.from_url(settings.smtp_url, sender=settings.notice_from)
    if settings.letters_dir:
        options["letters_dir"] = Path(settings.letters_dir).expanduser()
    else:
        try:
            options["letters_dir"] = backup_folder(settings).parent / "letters"
        except ServerBackupFailed:
            pass  # a PostgreSQL server without folders: the run says it has nowhere for letters
    return options


def server_place(settings: ServerSettings) -> Place:
    """What the jobs need to know of this server."""
    def notices() -> dict[str, Any]:
        return notice_options(settings)

    return Place(name=SERVER, backup=daily_backup(settings), purge_feed=purge_feed,
                 send_notices=settings.send_notices, notice_options=notices)


class ServerScheduler:
    """Runs the due jobs at start and every ``interval_s`` seconds until ``stop``."""

    def __init__(self, library: Library, settings: ServerSettings, *, interval_s: float | None = None) -> None:
        self.library = library
        self.place = server_place(settings)
        self.interval_s = float(settings.schedule_interval_s if interval_s is None else interval_s)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rounds = 0
        self.last: list[RunResult] = []

    def tick(self) -> list[RunResult]:
        """Run every job due now (one failing never stops the others, nor the thread)."""
        try:
            self.last = run_due(self.library, actor=SCHEDULE, place=self.place)
        except Exception:  # the database is down: the next tick tries again
            LOG.exception("the scheduled jobs could not run")
            self.last = []
        self.rounds += 1
        for result in self.last:
            if result.ran:
                (LOG.info if result.ok else LOG.error)("scheduled job %s: %s", result.job, result.message)
        return self.last

    def _loop(self) -> None:
        self.tick()  # at start: what is overdue (a day the server was down) runs now
        while not self._stop.wait(self.interval_s):
            self.tick()

    def start(self) -> None:
        """Start the thread (a no-op when the interval is 0: this server runs no jobs)."""
        if self.interval_s <= 0 or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="library-desk-schedule", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 60.0) -> None:
        """Stop after the job in progress (a backup is never cut off halfway, within ``timeout``)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
