"""`fees CARD`, `pay FEE_ID [--amount 2.50]`, `charge CARD AMOUNT NOTE`: what a member owes,
a payment in full or in part, a charge added by hand (librarians)."""

from __future__ import annotations

import argparse

from ..domain.payments import parse_cents
from ..domain.text import day, money
from .common import acting_staff, open_services
from .output import EXIT_OK, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fees", help="list a member's fees (open ones unless --all)")
    p.add_argument("card", help="the member's card number")
    p.add_argument("--all", action="store_true", help="paid and waived fees too")
    p.set_defaults(handler=cmd_fees)
    p = sub.add_parser("pay", help="record a payment of a fee, in full or in part")
    p.add_argument("fee_id", type=int, help="the fee's number (see `fees CARD`)")
    p.add_argument("--amount", metavar="AMOUNT", help="the amount paid, like 2.50 (default: all the fee still owes)")
    p.set_defaults(handler=cmd_pay)
    p = sub.add_parser("charge", help="charge a member by hand: a lost card, printing (librarians)")
    p.add_argument("card", help="the member's card number")
    p.add_argument("amount", help="the amount, like 2.50")
    p.add_argument("note", nargs="+", help="what the charge is for")
    p.set_defaults(handler=cmd_charge)


def cmd_fees(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        fees = services.fees.for_member(acting_staff(services, args), args.card, open_only=not args.all)
    finally:
        services.close()
    if not fees:
        print("No open fees." if not args.all else "No fees.")
        return EXIT_OK
    rows = [(f.id, day(f.created_at.astimezone().date()), f.kind, money(f.amount_cents), money(f.paid_cents),
             money(f.balance_cents), "open" if f.open else "paid" if f.paid else "waived", f.note or "")
            for f in fees]
    print(table(("Fee", "Date", "Kind", "Amount", "Paid", "Left", "State", "Note"), rows))
    print(f"Owed in all: {money(sum(f.balance_cents for f in fees))}")
    return EXIT_OK


def cmd_pay(args: argparse.Namespace) -> int:
    amount = parse_cents(args.amount) if args.amount is not None else None
    services = open_services(args)
    try:
        fee = services.fees.pay(acting_staff(services, args), args.fee_id, amount)
    finally:
        services.close()
    if fee.paid:
        print(f"Fee {fee.id} ({fee.note or fee.kind}) is paid: {money(fee.amount_cents)}")
    else:
        print(f"Paid {money(amount or 0)} of fee {fee.id} ({fee.note or fee.kind}); "
              f"{money(fee.balance_cents)} left to pay")
    return EXIT_OK


def cmd_charge(args: argparse.Namespace) -> int:
    amount = parse_cents(args.amount)
    services = open_services(args)
    try:
        fee = services.fees.charge(acting_staff(services, args), args.card, amount, " ".join(args.note))
    finally:
        services.close()
    print(f"Charged {money(fee.amount_cents)} to card {args.card} ({fee.note}): fee {fee.id}")
    return EXIT_OK
