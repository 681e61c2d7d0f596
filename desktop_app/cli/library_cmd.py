"""Commands that create, fill, search, check and back up a library."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ..domain.text import day
from .common import acting_staff, open_services, paths_of, read_password
from .output import EXIT_OK, EXIT_REFUSED, UsageError, error, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new library with its first admin")
    p.add_argument("--name", required=True, help="the library's name")
    p.add_argument("--admin", default="admin", help="username of the first admin (default: admin)")
    p.add_argument("--admin-name", default="Administrator", help="display name of the first admin")
    p.add_argument("--password-stdin", action="store_true", help="read the admin password from standard input")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="create a demo library with realistic data")
    p.add_argument("--books", type=int, default=300, help="number of books (default 300; 1000000 takes minutes)")
    p.add_argument("--members", type=int, help="number of members (default: books/20, 30 to 50,000)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the admin password from standard input (default password: 'demo-admin')")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("search", help="search the catalog")
    p.add_argument("text", help="words, the start of words, an ISBN")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("overdue", help="list overdue loans")
    p.set_defaults(handler=cmd_overdue)

    p = sub.add_parser("backup", help="back up the library now (checked after writing)")
    p.add_argument("path", nargs="?", help="folder for the backup (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="list the backups, newest first")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="replace the library with a backup (the current file is kept aside)")
    p.add_argument("backup", help="the backup file (see `library-desk backups`)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", help="check the database and the search index")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("migrate", help="bring the database to this version's schema")
    p.set_defaults(handler=cmd_migrate)


def cmd_init(args: argparse.Namespace) -> int:
    paths = paths_of(args)
    if paths.database.exists() and paths.database.stat().st_size:
        services = open_services(args)
        try:
            if services.setup.is_initialised():
                raise UsageError(f"{paths.data_dir} already holds a library")
        finally:
            services.close()
    password = read_password(args, "Password for the first admin: ")
    services = open_services(args, must_exist=False)
    try:
        services.setup.initialise(library_name=args.name, admin_username=args.admin, admin_name=args.admin_name,
                                  admin_password=password)
    finally:
        services.close()
    print(f"Library {args.name!r} created in {paths.data_dir}; admin: {args.admin}")
    return EXIT_OK


DEMO_PASSWORD = "demo-admin"


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import generate_demo

    paths = paths_of(args)
    if paths.database.exists() and paths.database.stat().st_size:
        raise UsageError(f"{paths.data_dir} already holds a library; choose an empty --data-dir for the demo")
    if args.books < 1:
        raise UsageError("--books must be at least 1")
    password = read_password(args) if args.password_stdin else DEMO_PASSWORD
    services = open_services(args, must_exist=False)
    try:
        admin = services.setup.initialise(library_name="Demo Library", admin_username="admin",
                                          admin_name="Demo Admin", admin_password=password)
        started = time.perf_counter()
        summary = generate_demo(services, admin, books=args.books, members=args.members,
                                progress=lambda msg: print(msg, flush=True))
        elapsed = time.perf_counter() - started
    finally:
        services.close()
    print(f"Demo library in {paths.data_dir} ({elapsed:.1f} s): {summary.books:,} books, {summary.copies:,} copies, "
          f"{summary.members:,} members, {summary.loans:,} on loan ({summary.overdue:,} overdue), "
          f"{summary.holds} holds, {summary.fees} fees.")
    if not args.password_stdin:
        print(f"Log in as 'admin' with the password '{DEMO_PASSWORD}'.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.search.books(args.text)
        rows = services.search.book_rows(result.ids[: args.limit])
    finally:
        services.close()
    if not rows:
        print(f"No book matches {args.text!r}")
        return EXIT_OK
    print(table(("Title", "Authors", "Year", "ISBN", "Available"),
                [(r.title[:60], r.authors[:40], r.year, r.isbn13, f"{r.available}/{r.copies}") for r in rows]))
    more = "more than " if result.capped else ""
    print(f"\n{len(rows)} shown of {more}{result.total:,} matches")
    return EXIT_OK


def cmd_overdue(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        rows = services.reports.overdue(acting_staff(services, args))
    finally:
        services.close()
    if not rows:
        print("Nothing is overdue.")
        return EXIT_OK
    print(table(("Due", "Days", "Barcode", "Title", "Member", "Card", "Email"),
                [(day(r.due_date), r.days_overdue, r.barcode, r.title[:40], r.member_name, r.card_number, r.email)
                 for r in rows]))
    print(f"\n{len(rows)} overdue loans")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        target = services.maintenance.backup_now(Path(args.path) if args.path else None)
    finally:
        services.close()
    print(f"Backup written and checked: {target}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from ..services import maintenance

    found = maintenance.backups_in(paths_of(args))
    if not found:
        print("No backups yet. Make one with `library-desk backup`.")
        return EXIT_OK
    print(table(("Backup", "Size", "Folder"),
                [(p.name, f"{p.stat().st_size / 1e6:.1f} MB", p.parent) for p in found]))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore with the library closed: the one-program lock is held, so no window or other
    command can be using it meanwhile."""
    import sys

    from ..services import maintenance

    paths = paths_of(args)
    backup = Path(args.backup)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("restoring replaces the library; confirm with --yes")
        answer = input(f"Replace the library in {paths.data_dir} with {backup.name}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return EXIT_OK
    lock = maintenance.lock_library(paths, purpose="library-desk restore")
    try:
        aside = maintenance.restore(paths, backup)
    finally:
        lock.release()
    print(f"Library restored from {backup}. The previous file is kept as {aside}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        problems = services.maintenance.check()
    finally:
        services.close()
    if problems:
        for problem in problems:
            error(problem)
        error("the library has problems: restore it from a backup (see `library-desk backup`) or ask for help")
        return EXIT_REFUSED
    print("The database and its search index are healthy.")
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    services = open_services(args)  # opening a library migrates it, with a backup first
    services.close()
    print("The database is at this version's schema.")
    return EXIT_OK
