"""Argument parsing and dispatch. Exit codes: 0 success, 1 the library's rules refuse (the
reason on stderr), 2 usage error; `sync now` adds 3 (server unreachable) and 4 (exceptions);
`lookup` adds 3 (no catalogue could be reached).

The command line trusts the operating-system account that owns the data folder: commands act
as the staff user named by ``--as`` (default: the first admin) without asking a password, and
every change is recorded in the audit log under that name.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from .. import __version__
from .output import EXIT_REFUSED, EXIT_USAGE, UsageError, error

Handler = Callable[[argparse.Namespace], int]


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="folder of the library (default: the user data folder, or "
                                           "$LIBRARY_DESK_DATA_DIR)")
    parser.add_argument("--as", dest="as_user", metavar="USER", help="staff user to act as (default: the first admin)")
    parser.add_argument("--self-test", action="store_true", help="check that this installation works, then exit")
    parser.add_argument("--verbose", action="store_true", help="log more detail")


def build_parser() -> argparse.ArgumentParser:
    from . import (
        audit_cmd,
        bulk_cmd,
        circulation_cmd,
        fees_cmd,
        interchange_cmd,
        library_cmd,
        lookup_cmd,
        notices_cmd,
        privacy_cmd,
        schedule_cmd,
        staff_cmd,
        stocktake_cmd,
    )

    parser = argparse.ArgumentParser(prog="library-desk", description="Library Desk: circulation for small libraries.")
    parser.add_argument("--version", action="version", version=f"Library Desk {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    library_cmd.add_parsers(sub)
    staff_cmd.add_parsers(sub)
    circulation_cmd.add_parsers(sub)
    fees_cmd.add_parsers(sub)
    interchange_cmd.add_parsers(sub)
    privacy_cmd.add_parsers(sub)
    schedule_cmd.add_parsers(sub)
    notices_cmd.add_parsers(sub)
    audit_cmd.add_parsers(sub)
    lookup_cmd.add_parsers(sub)
    stocktake_cmd.add_parsers(sub)
    bulk_cmd.add_parsers(sub)
    for optional in ("sync_cmd", "serve_cmd"):  # need the httpx / [server] extras
        try:
            module = __import__(f"desktop_app.cli.{optional}", fromlist=["add_parsers"])
        except ImportError:
            continue
        module.add_parsers(sub)
    return parser


def _quick_parse(argv: list[str]) -> argparse.Namespace | None:
    """The global options when no command is given (the GUI start), without importing the
    command modules; None when there is a command or a request for help or the version."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    quick = argparse.ArgumentParser(add_help=False)
    _global_options(quick)
    known, rest = quick.parse_known_args(argv)
    return None if rest else known


def run(argv: list[str]) -> int:
    args = _quick_parse(argv)
    if args is None:
        args = build_parser().parse_args(argv)
        if not args.command:
            args.command = None
    else:
        args.command = None
    if args.self_test:
        from ..ui.shell.selftest import run_self_test

        return run_self_test()
    if not args.command:
        return _gui(args)
    handler: Handler = args.handler
    from ..domain.errors import LibraryError

    try:
        return handler(args)
    except UsageError as exc:
        error(str(exc))
        return EXIT_USAGE
    except LibraryError as exc:
        error(exc.message)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except Exception as exc:  # the library itself could not be opened, a disk error...
        name = type(exc).__name__
        if name in ("DatabaseUnreadable", "DatabaseTooNew", "LibraryAlreadyOpen"):
            error(str(exc))
            return EXIT_REFUSED
        raise


def _gui(args: argparse.Namespace) -> int:
    from ..config import resolve_paths

    paths = resolve_paths(args.data_dir)
    try:
        from ..ui.shell.app import run_gui
        from ..ui.shell.selftest import startup_probe
    except ImportError as exc:  # a broken installation: say so plainly
        error(f"the window cannot open: {exc}")
        return EXIT_USAGE
    if os.environ.get("LIBRARY_DESK_STARTUP_PROBE") == "1":
        # only start up to the first window, print how long that took since the process
        # started, and exit (benchmarks, scripts/ci_bundle.sh)
        return startup_probe(paths)
    return run_gui(paths, sys.argv[:1])
