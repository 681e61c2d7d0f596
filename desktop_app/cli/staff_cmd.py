"""`staff add|list|passwd|unlock`."""

from __future__ import annotations

import argparse

from .common import acting_staff, open_services, read_password
from .output import EXIT_OK, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="staff accounts")
    ssub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    p = ssub.add_parser("add", help="add a staff account")
    p.add_argument("username")
    p.add_argument("--name", help="display name")
    p.add_argument("--role", choices=("admin", "librarian", "desk"), default="desk")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=cmd_add)
    p = ssub.add_parser("list", help="list staff accounts")
    p.set_defaults(handler=cmd_list)
    p = ssub.add_parser("passwd", help="set a staff account's password")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(handler=cmd_passwd)
    p = ssub.add_parser("unlock", help="unlock an account locked after failed logins")
    p.add_argument("username")
    p.set_defaults(handler=cmd_unlock)


def cmd_add(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        password = read_password(args, f"Password for {args.username}: ")
        user = services.accounts.create_staff(actor, username=args.username, display_name=args.name or args.username,
                                              password=password, role=args.role)
        print(f"Staff account {user.username!r} ({user.role}) created")
    finally:
        services.close()
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        users = services.accounts.list_staff(acting_staff(services, args))
    finally:
        services.close()
    print(table(("Username", "Name", "Role", "Active", "Locked until"),
                [(u.username, u.display_name, u.role, "yes" if u.active else "no",
                  u.locked_until.astimezone().strftime("%Y-%m-%d %H:%M") if u.locked_until else "") for u in users]))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        password = read_password(args, f"New password for {args.username}: ")
        services.accounts.change_password(actor, args.username, password)
        print(f"Password of {args.username!r} changed")
    finally:
        services.close()
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        services.accounts.unlock(acting_staff(services, args), args.username)
        print(f"Account {args.username!r} unlocked")
    finally:
        services.close()
    return EXIT_OK
