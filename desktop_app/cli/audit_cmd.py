"""`audit [--since DATE] [--until DATE] [--who NAME] [--action A] [--text T] [--limit N] [--csv FILE]`:
the audit log, newest first, as a table (admins: the command acts as ``--as``, default the
first admin). ``--csv`` writes every matching event to a file instead (that export is itself
recorded in the log). Dates are the library's local days, or times with their zone."""

from __future__ import annotations

import argparse

from ..services.audit import MAX_PAGE, AuditFilter, AuditLine, AuditLog, parse_when
from .common import acting_staff, open_services
from .output import EXIT_OK, UsageError, table

DEFAULT_LIMIT = 100
MAX_LIMIT = 100_000


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="read the audit log: who did what, when (admins)")
    p.add_argument("--since", metavar="DATE", help="from this day (2026-03-02) or time with its zone, inclusive")
    p.add_argument("--until", metavar="DATE", help="through this day, or up to this time")
    p.add_argument("--who", metavar="NAME", help="only what this account did (staff username, card number)")
    p.add_argument("--action", metavar="A", help="only this action (e.g. login_failed, checkout, book_delete)")
    p.add_argument("--entity", metavar="KIND", help="only rows of this kind (book, member, fee...)")
    p.add_argument("--text", metavar="T", help="only events with this text in the who, row or details")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                   help=f"show at most N events (default {DEFAULT_LIMIT}; ignored with --csv)")
    p.add_argument("--csv", metavar="FILE", help="write every matching event to this CSV file instead")
    p.add_argument("--actions", action="store_true", help="list the actions the log holds, then exit")
    p.set_defaults(handler=cmd_audit)


def _filter(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(who=args.who, action=args.action, entity=args.entity,
                       since=parse_when(args.since, field="--since"), until=parse_when(args.until, field="--until"),
                       text=args.text)


def _row(line: AuditLine) -> tuple[str, str, str, str, str]:
    when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return when, line.actor, line.action, line.entity, line.details_text()


def cmd_audit(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be between 1 and {MAX_LIMIT}")
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        log = AuditLog(services.library)
        if args.actions:
            print("\n".join(log.actions(actor)))
            return EXIT_OK
        f = _filter(args)
        if args.csv:
            rows = log.write_csv(actor, args.csv, f)
            print(f"{rows} events written to {args.csv}")
            return EXIT_OK
        lines: list[AuditLine] = []
        total, cursor = None, None
        while len(lines) < args.limit:
            page = log.find(actor, f, limit=min(MAX_PAGE, args.limit - len(lines)), cursor=cursor)
            total = page.total if total is None else total
            lines += page.items
            cursor = page.next_cursor
            if cursor is None:
                break
    finally:
        services.close()
    if not lines:
        print("No events match.")
        return EXIT_OK
    print(table(("When", "Who", "Action", "Entity", "Details"), [_row(line) for line in lines]))
    if total is not None and total > len(lines):
        print(f"(the newest {len(lines)} of {total} events; use --limit, --since or --csv for more)")
    return EXIT_OK
