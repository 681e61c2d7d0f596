"""`stocktake start|list|scan|report|finish|mark-lost`: count a shelf from the command line.

`scan ID [FILE]` reads barcodes one a line from FILE or standard input (a handheld scanner's
dump) and prints each outcome; `report ID [--csv FILE] [--pdf FILE]` prints the report and
writes it."""

from __future__ import annotations

import argparse
import sys

from ..services.catalog.stocktake import StocktakeReport
from .common import acting_staff, open_services
from .output import EXIT_OK, UsageError, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("stocktake", help="count the copies on a shelf range or in a location")
    cmds = top.add_subparsers(dest="stocktake_command", metavar="ACTION", required=True)
    p = cmds.add_parser("start", help="start a count (librarians)")
    p.add_argument("--location", help="the location counted (see Settings, Catalog)")
    p.add_argument("--from", dest="call_from", metavar="CALL_NUMBER", help="the first call number of the range")
    p.add_argument("--to", dest="call_to", metavar="CALL_NUMBER", help="the last call number of the range")
    p.add_argument("--name", help="a name for the count (default: what it counts)")
    p.set_defaults(handler=cmd_start)
    p = cmds.add_parser("list", help="the counts, newest first")
    p.add_argument("--open", action="store_true", help="only counts not finished")
    p.set_defaults(handler=cmd_list)
    p = cmds.add_parser("scan", help="scan barcodes, one a line, from a file or standard input")
    p.add_argument("id", type=int, help="the count's number (see `stocktake list`)")
    p.add_argument("file", nargs="?", help="a file of barcodes (default: standard input)")
    p.set_defaults(handler=cmd_scan)
    p = cmds.add_parser("report", help="what is missing, misplaced, on loan, found, unknown")
    p.add_argument("id", type=int)
    p.add_argument("--csv", metavar="FILE", help="also write the report as CSV")
    p.add_argument("--pdf", metavar="FILE", help="also write the report as PDF")
    p.set_defaults(handler=cmd_report)
    p = cmds.add_parser("finish", help="finish a count (librarians)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_finish)
    p = cmds.add_parser("mark-lost", help="mark the copies a finished count missed lost (librarians)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_mark_lost)


def cmd_start(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        st = services.stocktake.start(acting_staff(services, args), location=args.location,
                                      call_from=args.call_from, call_to=args.call_to, name=args.name)
    finally:
        services.close()
    print(f"Stock-take {st.id} started: {st.name}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        counts = services.stocktake.listing(acting_staff(services, args), open_only=args.open)
    finally:
        services.close()
    rows = [(c.id, c.name, c.started_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.started_by or "",
             c.finished_at.astimezone().strftime("%Y-%m-%d %H:%M") if c.finished_at else "open", c.scanned)
            for c in counts]
    print(table(("Count", "Name", "Started", "By", "Finished", "Scanned"), rows) if rows else "No stock-takes.")
    return EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    if args.file:
        try:
            with open(args.file, encoding="utf-8-sig") as fh:
                lines = fh.read().splitlines()
        except OSError as exc:
            raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    else:
        lines = sys.stdin.read().splitlines()
    codes = [line.strip() for line in lines if line.strip()]
    services = open_services(args)
    tally: dict[str, int] = {}
    try:
        actor = acting_staff(services, args)
        for code in codes:
            r = services.stocktake.scan(actor, args.id, code)
            what = {"expected": "here", "misplaced": f"misplaced: belongs in {r.belongs}",
                    "on_loan": "on loan: check it in", "found": f"{r.status}: found!",
                    "unknown": "unknown barcode"}[r.outcome.value]
            print(f"{r.barcode}\t{what}{' (scanned before)' if r.again else ''}\t{r.title or ''}")
            if not r.again:
                tally[r.outcome.value] = tally.get(r.outcome.value, 0) + 1
    finally:
        services.close()
    print("Scanned " + (", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(tally.items())) or "nothing new"),
          file=sys.stderr)
    return EXIT_OK


def _print_report(report: StocktakeReport) -> None:
    from ..services.catalog.stocktake_output import SECTION_TITLES

    info = report.info
    print(f"Stock-take {info.id}: {info.name} ({'finished' if info.finished else 'open'}); "
          f"{report.here} of {report.expected} expected copies found, {info.scanned} scanned")
    for key, lines in report.sections():
        print(f"\n{SECTION_TITLES[key]}: {len(lines)}")
        if lines:
            print(table(("Barcode", "Title", "Call number", "Location", "Status", "Note"),
                        [(x.barcode, x.title, x.call_number, x.location, x.status, x.note) for x in lines]))


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.catalog.stocktake_output import write_csv, write_pdf

    services = open_services(args)
    try:
        report = services.stocktake.report(acting_staff(services, args), args.id)
    finally:
        services.close()
    _print_report(report)
    try:
        if args.csv:
            print(f"Wrote {write_csv(report, args.csv)} rows to {args.csv}", file=sys.stderr)
        if args.pdf:
            print(f"Wrote {write_pdf(report, args.pdf)} pages to {args.pdf}", file=sys.stderr)
    except OSError as exc:
        raise UsageError(f"cannot write the report: {exc.strerror or exc}") from exc
    return EXIT_OK


def cmd_finish(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        st = services.stocktake.finish(acting_staff(services, args), args.id)
    finally:
        services.close()
    print(f"Stock-take {st.id} finished: {st.name}, {st.scanned} scanned")
    return EXIT_OK


def cmd_mark_lost(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        marked = services.stocktake.mark_missing_lost(acting_staff(services, args), args.id)
    finally:
        services.close()
    print(f"Marked {len(marked)} missing copies lost" + (f": {', '.join(marked)}" if marked else ""))
    return EXIT_OK
