"""The desk's scheduled work in the GUI (ui/shell/scheduler.py): the main window's scheduler
runs the due jobs on the worker thread (the ScheduledRun rows appear), never two rounds at
once, waits while the clerk scans, and says a failure once in the status bar."""

from __future__ import annotations

import logging
import shutil

import pytest
from sqlalchemy import select

from desktop_app.config import Paths
from desktop_app.db.notice_models import ScheduledRun
from desktop_app.services import Services
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.shell.app import DeskApp
from desktop_app.ui.shell.login import LoginWindow
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.scheduler import DeskScheduler

JOBS = {"hold_expiry", "backup", "purge"}


def _runs(services: Services) -> dict[str, int]:
    with services.library.read() as s:
        return {row.job: row.runs for row in s.scalars(select(ScheduledRun))}


@pytest.fixture
def window(qtbot, ctx: UiContext, services: Services, worker: Worker):  # type: ignore[no-untyped-def]
    scheduler = DeskScheduler(lambda: services, worker, interval_ms=600_000, quiet_s=1.0, wait_ms=200)
    main = MainWindow(ctx, desk_name="Front desk", scheduler=scheduler)
    qtbot.addWidget(main)
    main.show()
    yield main
    scheduler.stop()
    worker.wait_idle(30)


def test_the_windows_scheduler_runs_due_jobs_on_the_worker(qtbot, window, services, caplog) -> None:
    caplog.set_level(logging.INFO, logger="desktop_app.services.schedule")
    scheduler = window.scheduler
    with qtbot.waitSignal(scheduler.round_done, timeout=60_000) as done:
        scheduler.start()
        scheduler.tick()  # a tick while the round is going starts nothing
        scheduler.tick()
    assert JOBS <= {r.job for r in done.args[0]} and all(r.ok for r in done.args[0])
    assert scheduler.rounds == 1
    runs = _runs(services)
    assert {runs[job] for job in JOBS} == {1}
    threads = {r.threadName for r in caplog.records if r.getMessage().startswith("scheduled job ")}
    assert threads == {"library-desk-worker"}  # never the GUI thread
    # The next tick finds nothing due the same day.
    with qtbot.waitSignal(scheduler.round_done, timeout=30_000) as again:
        scheduler.tick()
    assert [r for r in again.args[0] if r.job in JOBS] == []
    assert {_runs(services)[job] for job in JOBS} == {1}


def test_a_job_waits_while_the_clerk_scans(qtbot, window, services, stock) -> None:
    scheduler = window.scheduler
    window.desk.submit_code(stock.ana)  # a card scanned just now
    scheduler.tick()
    assert not scheduler.running and _runs(services) == {}  # it waits for the scans to stop
    with qtbot.waitSignal(scheduler.round_done, timeout=60_000):
        pass
    assert JOBS <= set(_runs(services))


def test_a_failure_is_said_once_in_the_status_bar(qtbot, window, services, library_paths: Paths) -> None:
    scheduler = window.scheduler
    shutil.rmtree(library_paths.backups, ignore_errors=True)
    library_paths.backups.write_text("not a folder")
    said: list[str] = []
    scheduler.failure.connect(said.append)
    with qtbot.waitSignal(scheduler.round_done, timeout=60_000):
        scheduler.tick()
    assert len(said) == 1 and said[0].startswith("The daily backup did not work: The backup folder ")
    warning = window.schedule_label
    assert warning.isVisible() and warning.text() == "⚠ The daily backup did not work"
    assert warning.toolTip().startswith("The daily backup: The backup folder ")
    window.grab().save(str(library_paths.data_dir / "schedule-failure.png"))
    with qtbot.waitSignal(scheduler.round_done, timeout=60_000) as retried:  # retried, failing the same way
        scheduler.tick()
    assert [r.job for r in retried.args[0]] == ["backup"] and not retried.args[0][0].ok
    assert len(said) == 1 and warning.isVisible()  # said once, still there
    library_paths.backups.unlink()
    library_paths.backups.mkdir()
    with qtbot.waitSignal(scheduler.round_done, timeout=60_000) as mended:
        scheduler.tick()
    assert mended.args[0][0].ok and scheduler.failures() == []
    assert not warning.isVisible()


def test_the_program_runs_its_schedule_from_the_login_window_on(qtbot, services, library_paths) -> None:
    app = DeskApp(services, library_paths)
    try:
        with qtbot.waitSignal(app.scheduler.round_done, timeout=60_000):
            app.start()
        assert isinstance(app.window, LoginWindow)
        assert JOBS <= set(_runs(services))
        assert len(list(library_paths.backups.glob("library-*-daily.sqlite3"))) == 1
    finally:
        app.scheduler.stop()
        app.worker.wait_idle(30)
        app.worker.stop()
