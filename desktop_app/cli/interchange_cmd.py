"""`import FILE`, `export KIND PATH`, `labels PATH`, `cards PATH`.

Exit codes: 0 done (a dry run: the real import would succeed); 1 the file is bad or nothing
was imported (the message names the file, the record or line, and the problem), or the
library refused; 2 usage. The import shows a progress bar on stderr when it is a terminal,
otherwise one final line.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from datetime import date, datetime

from ..formats.csv_read import BOOK_COLUMNS, MEMBER_COLUMNS
from ..services.interchange import (
    EXPORT_KINDS,
    FORMATS,
    LABEL_SHEETS,
    MEMBER_CARD_SHEETS,
    ImportReport,
    choose_copies,
    choose_members,
    export,
    import_file,
    print_cards,
    print_labels,
)
from .common import acting_staff, open_services
from .output import EXIT_OK, EXIT_REFUSED, UsageError, error

SHOWN_PROBLEMS = 20


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import books (MARC21, MARCXML, CSV) or members (CSV) from a file")
    p.add_argument("file")
    p.add_argument("--format", choices=FORMATS, help="the file's format (default: detected)")
    p.add_argument("--dry-run", action="store_true", help="check the file and say what would happen; change nothing")
    dup = p.add_mutually_exclusive_group()
    dup.add_argument("--update", action="store_true", help="update records that are already in the library")
    dup.add_argument("--skip-duplicates", action="store_true", help="leave such records alone (the default)")
    p.add_argument("--keep-good", action="store_true", help="import the good records even if some are bad")
    p.add_argument("--report", metavar="PATH", help="write the problems to this CSV file")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                   help="CSV only: read FIELD from the column HEADER (repeatable)")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("export", help="export books, copies, members, loans, overdue (CSV) or the catalog (MARC)")
    p.add_argument("kind", choices=EXPORT_KINDS)
    p.add_argument("path")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("labels", help="print spine/barcode labels of copies to a PDF")
    p.add_argument("path")
    p.add_argument("--sheet", default=LABEL_SHEETS[0], choices=LABEL_SHEETS)
    p.add_argument("--skip", type=int, default=0, metavar="N", help="leave the first N labels of the sheet empty")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--copies", nargs="+", metavar="BARCODE")
    which.add_argument("--range", metavar="FROM-TO")
    which.add_argument("--search", metavar="TEXT", help="every copy of the books a catalog search finds")
    which.add_argument("--new", action="store_true", help="copies added today (or since --since)")
    p.add_argument("--since", metavar="DATE", help="with --new: added since this date or date and time")
    p.set_defaults(handler=cmd_labels)
    p = sub.add_parser("cards", help="print member cards to a PDF")
    p.add_argument("path")
    p.add_argument("--sheet", default=MEMBER_CARD_SHEETS[0], choices=MEMBER_CARD_SHEETS)
    p.add_argument("--skip", type=int, default=0, metavar="N")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--members", nargs="+", metavar="CARD")
    who.add_argument("--category", metavar="CODE")
    who.add_argument("--all", action="store_true")
    p.set_defaults(handler=cmd_cards)


def _mapping(pairs: list[str], fmt: str | None) -> dict[str, str] | None:
    if not pairs:
        return None
    if fmt in ("marc", "marcxml"):
        raise UsageError("--map applies to CSV files only")
    known = set(MEMBER_COLUMNS if fmt == "csv-members" else BOOK_COLUMNS)
    if fmt is None:
        known |= set(MEMBER_COLUMNS)
    mapping = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise UsageError(f"--map wants FIELD=HEADER, not {pair!r}")
        if field.strip() not in known:
            raise UsageError(f"--map: unknown field {field.strip()!r}; known: {', '.join(sorted(known))}")
        mapping[field.strip()] = header.strip()
    return mapping


class _Bar:
    """Progress on stderr: a redrawn bar on a terminal, nothing otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.shown = False

    def __call__(self, done: int, total: int, records: int) -> None:
        if not self.tty:
            return
        share = done / total if total else 1.0
        filled = int(share * 30)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%} {records:,} records")
        sys.stderr.flush()
        self.shown = True

    def end(self, report: ImportReport) -> None:
        if self.shown:
            sys.stderr.write("\n")
        elif not self.tty:
            noun = "record" if report.records == 1 else "records"
            print(f"read {report.records:,} {noun} ({report.bytes_read:,} bytes) in {report.seconds:.1f} s",
                  file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    if args.keep_good and not args.report:
        raise UsageError("--keep-good needs --report PATH (where the bad records are listed)")
    mapping = _mapping(args.map, args.format)
    services = open_services(args)
    bar = _Bar()
    cancel = threading.Event()
    try:
        actor = acting_staff(services, args)
        try:
            report = import_file(services, actor, args.file, fmt=args.format,
                                 mode="update" if args.update else "skip", dry_run=args.dry_run,
                                 keep_good=args.keep_good, report_path=args.report, mapping=mapping,
                                 progress=bar, cancel=cancel)
        except KeyboardInterrupt:
            cancel.set()
            raise
    finally:
        services.close()
    bar.end(report)
    print(report.summary())
    if report.problems:
        for problem in report.problems[:SHOWN_PROBLEMS]:
            print(f"  {problem.severity}: {problem}", file=sys.stderr)
        if report.problems_total > SHOWN_PROBLEMS:
            where = f" (all in {args.report})" if args.report else " (use --report PATH to list them all)"
            print(f"  ... and {report.problems_total - SHOWN_PROBLEMS:,} more{where}", file=sys.stderr)
    bad = report.counts.get("bad", 0) and not report.keep_good
    if report.status in ("rolled_back", "failed", "cancelled") or (report.status == "dry_run" and bad):
        error(report.message or f"{report.file}: nothing was imported")
        return EXIT_REFUSED
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    started = time.monotonic()
    try:
        result = export(services, acting_staff(services, args), args.kind, args.path)
    finally:
        services.close()
    print(f"exported {result.rows:,} {'titles' if args.kind in ('marc', 'marcxml') else 'rows'} to "
          f"{result.path} in {time.monotonic() - started:.1f} s")
    for problem in result.problems[:SHOWN_PROBLEMS]:
        print(f"  skipped: {problem}", file=sys.stderr)
    return EXIT_OK


def _since(text: str | None) -> date | datetime | None:
    if text is None or text.strip().lower() == "today":
        return None
    try:
        return datetime.fromisoformat(text) if ("T" in text or " " in text.strip()) else date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--since wants a date like 2026-03-02 or 2026-03-02T09:00, not {text!r}") from None


def _range(text: str) -> tuple[str, str]:
    low, sep, high = text.partition("..")
    if not sep:
        if text.count("-") != 1:
            raise UsageError(f"--range wants FROM-TO (or FROM..TO when barcodes contain '-'), not {text!r}")
        low, _, high = text.partition("-")
    if not low.strip() or not high.strip():
        raise UsageError(f"--range wants two barcodes, not {text!r}")
    return low.strip(), high.strip()


def cmd_labels(args: argparse.Namespace) -> int:
    if args.since and not args.new:
        raise UsageError("--since goes with --new")
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        if args.copies:
            labels = choose_copies(services, barcodes=args.copies)
        elif args.range:
            labels = choose_copies(services, barcode_range=_range(args.range))
        elif args.search is not None:
            labels = choose_copies(services, search=args.search)
        else:
            labels = choose_copies(services, new=True, since=_since(args.since))
        result = print_labels(services, actor, args.path, labels, sheet=args.sheet, skip=args.skip)
    finally:
        services.close()
    print(f"{result.items:,} labels on {result.pages} page(s) written to {result.path}")
    return EXIT_OK


def cmd_cards(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        cards = choose_members(services, cards=args.members, category=args.category, everyone=args.all)
        result = print_cards(services, actor, args.path, cards, sheet=args.sheet, skip=args.skip)
    finally:
        services.close()
    print(f"{result.items:,} member cards on {result.pages} page(s) written to {result.path}")
    return EXIT_OK
