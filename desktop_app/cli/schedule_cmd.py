"""`schedule run [JOB] [--force]` and `schedule status`: the desk's scheduled work from the
command line (cron on a desk without a window; see ``services/schedule.py``).

`run` without a job runs every job that is due; with one, that job if it is due (``--force``:
even if it already ran today). Exit code 0 when every job that ran succeeded, 1 when one failed
(each line says what happened).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from ..services import schedule
from .common import open_services
from .output import EXIT_OK, EXIT_REFUSED, UsageError, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("schedule", help="run the scheduled jobs (hold expiry, notices, backup, purges)",
                           description="Scheduled work: the window runs it by itself every few minutes; "
                                       "run it from cron on a desk without a window.")
    ssub = group.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)
    names = ", ".join(job.name for job in schedule.jobs_at(schedule.Place()))
    p = ssub.add_parser("run", help="run the jobs that are due (or one job)")
    p.add_argument("job", nargs="?", help=f"one job: {names} (default: every job that is due)")
    p.add_argument("--force", action="store_true", help="run the job even if it is not due")
    p.set_defaults(handler=cmd_run)
    p = ssub.add_parser("status", help="when each job last ran and how it went")
    p.set_defaults(handler=cmd_status)


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else "never"


def cmd_run(args: argparse.Namespace) -> int:
    if args.force and not args.job:
        raise UsageError("--force needs a job: `schedule run JOB --force`")
    services = open_services(args)
    try:
        lib = services.library
        results = ([schedule.run_job(lib, args.job, force=args.force)] if args.job else schedule.run_due(lib))
    finally:
        services.close()
    if not results:
        print("Nothing is due.")
        return EXIT_OK
    rows = [(r.job, "ok" if r.ok and r.ran else "not run" if r.ok else "FAILED", r.message) for r in results]
    print(table(("Job", "Result", "What happened"), rows))
    return EXIT_OK if all(r.ok for r in results) else EXIT_REFUSED


def cmd_status(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        lib = services.library
        due = set(schedule.due_jobs(lib))
        rows = [(job.name, "every day" if not job.every_minutes else f"every {job.every_minutes} min",
                 _when(run.last_started_at if run else None), _when(run.last_ok_at if run else None),
                 ("ok" if run.ok else "FAILED") if run else "", "yes" if job.name in due else "no",
                 (run.message or "") if run else job.about)
                for job, run in schedule.status(lib)]
    finally:
        services.close()
    print(table(("Job", "How often", "Last run", "Last success", "Result", "Due", "Message"), rows))
    return EXIT_OK
