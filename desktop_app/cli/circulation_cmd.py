"""`checkout CARD BARCODE`, `checkin BARCODE`, `renew BARCODE`."""

from __future__ import annotations

import argparse

from ..domain.text import day
from .common import acting_staff, open_services
from .output import EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checkout", help="lend a copy to a member")
    p.add_argument("card", help="the member's card number")
    p.add_argument("barcode", help="the copy's barcode")
    p.add_argument("--override", metavar="REASON", help="lend despite the rules (librarians; the reason is audited)")
    p.set_defaults(handler=cmd_checkout)
    p = sub.add_parser("checkin", help="take a copy back")
    p.add_argument("barcode")
    p.set_defaults(handler=cmd_checkin)
    p = sub.add_parser("renew", help="renew a copy's loan")
    p.add_argument("barcode")
    p.add_argument("--override", metavar="REASON", help="renew despite the rules (librarians; audited)")
    p.set_defaults(handler=cmd_renew)


def cmd_checkout(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.circulation.checkout(acting_staff(services, args), args.card, args.barcode,
                                               override_reason=args.override)
    finally:
        services.close()
    print(result.message)
    if result.overridden:
        print(f"(rules overridden: {', '.join(result.overridden)}; reason recorded)")
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.circulation.checkin(acting_staff(services, args), args.barcode)
    finally:
        services.close()
    print(result.message)
    if result.hold_for and result.pickup_by:
        print(f"HOLD SHELF: keep it for {result.hold_for} until {day(result.pickup_by)}")
    return EXIT_OK


def cmd_renew(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.circulation.renew(acting_staff(services, args), args.barcode, override_reason=args.override)
    finally:
        services.close()
    print(result.message)
    return EXIT_OK
