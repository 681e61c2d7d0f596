"""Opening the library for a command, and who the command acts as."""

from __future__ import annotations

import argparse
import getpass
import sys

from ..config import Paths, resolve_paths
from ..services import Actor, Services, open_library
from ..services.people.accounts import staff_actor
from .output import UsageError


def paths_of(args: argparse.Namespace) -> Paths:
    return resolve_paths(args.data_dir)


def open_services(args: argparse.Namespace, *, must_exist: bool = True) -> Services:
    paths = paths_of(args)
    if must_exist and not paths.database.exists():
        raise UsageError(f"there is no library in {paths.data_dir}; create one with `library-desk init` "
                         "or `library-desk demo`")
    return Services(open_library(paths))


def acting_staff(services: Services, args: argparse.Namespace) -> Actor:
    """The staff account named by --as, else the first admin (no password: see module doc)."""
    desk = str(services.setup.settings().get("desk_name") or "command line")
    if args.as_user:
        user = services.accounts.get_staff(args.as_user)
        if not user.active:
            raise UsageError(f"the staff account {args.as_user!r} is deactivated")
        return staff_actor(user, desk)
    admin = services.accounts.first_admin()
    if admin is None:
        raise UsageError("this library has no admin yet; run `library-desk init` first")
    return staff_actor(admin, desk)


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--password-stdin given but standard input is empty")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password; use --password-stdin")
    first = getpass.getpass(prompt)
    second = getpass.getpass("Again: ")
    if first != second:
        raise UsageError("the two passwords differ")
    return first
