"""`copies bulk`: change many copies at once from the command line (librarians).

The copies are a file of barcodes (one a line, a handheld scanner's dump; `-` for standard
input) or those of the titles a search finds (`--search TEXT`). Without `--yes` it only prints
the plan (what would change, what is refused); with `--yes` it applies it, each change through
the catalogue's transitions (audited, synced)."""

from __future__ import annotations

import argparse
import sys

from ..services.catalog.bulk import STATUSES, BulkChange, BulkPlan
from .common import acting_staff, open_services
from .output import EXIT_OK, UsageError, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("copies", help="copies in bulk")
    cmds = top.add_subparsers(dest="copies_command", metavar="ACTION", required=True)
    p = cmds.add_parser("bulk", help="change the location, call number prefix, status or item type of many copies")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--barcodes", metavar="FILE", help="a file of barcodes, one a line (- for standard input)")
    which.add_argument("--search", metavar="TEXT", help="the copies of the titles this catalog search finds")
    p.add_argument("--location", help="the new location (\"\" clears it)")
    p.add_argument("--call-prefix", metavar="OLD=NEW", help="replace a call number prefix, e.g. FIC=F")
    p.add_argument("--status", choices=STATUSES, help="the new status")
    p.add_argument("--item-type", help="the new item type of the copies' titles")
    p.add_argument("--yes", action="store_true", help="apply the change (without it: only show the plan)")
    p.set_defaults(handler=cmd_bulk)


def _barcodes(path: str) -> list[str]:
    if path == "-":
        lines = sys.stdin.read().splitlines()
    else:
        try:
            with open(path, encoding="utf-8-sig") as fh:
                lines = fh.read().splitlines()
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return [line.strip() for line in lines if line.strip()]


def _change(args: argparse.Namespace) -> BulkChange:
    prefix = None
    if args.call_prefix is not None:
        if "=" not in args.call_prefix:
            raise UsageError("--call-prefix takes OLD=NEW, e.g. FIC=F")
        old, new = args.call_prefix.split("=", 1)
        prefix = (old, new)
    return BulkChange(location=args.location, call_prefix=prefix, status=args.status, item_type=args.item_type)


def _print_plan(plan: BulkPlan) -> None:
    if plan.lines:
        print(table(("Barcode", "Title", "Field", "Before", "After"),
                    [(x.barcode, x.title, x.field.replace("_", " "), x.before or "", x.after or "")
                     for x in plan.lines]))
    if plan.refusals:
        print(table(("Barcode", "Title", "Refused"), [(r.barcode, r.title, r.reason) for r in plan.refusals]),
              file=sys.stderr)
    print(f"{plan.copies} copies selected: {plan.changing} would change, {plan.unchanged} already so, "
          f"{len(plan.refusals)} refused", file=sys.stderr)


def cmd_bulk(args: argparse.Namespace) -> int:
    change = _change(args)
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        if args.search is not None:
            codes = services.bulk.barcodes_of_books(services.search.books(args.search).ids)
        else:
            codes = _barcodes(args.barcodes)
        plan = services.bulk.plan(actor, codes, change)
        _print_plan(plan)
        if not args.yes:
            print("Nothing changed: add --yes to apply.", file=sys.stderr)
            return EXIT_OK
        result = services.bulk.apply(actor, codes, change)
    finally:
        services.close()
    print(f"Changed {result.changed} fields of {result.copies} copies; {len(result.refusals)} refused")
    return EXIT_OK
