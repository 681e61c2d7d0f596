"""`serve`: run the library server (needs the `server` extra)."""

from __future__ import annotations

import argparse

from .output import UsageError


def _environment() -> str:
    """The server's environment variables for the help, or why there are none (the packaged
    desk program carries no server at all)."""
    try:
        from ..server.settings import environment_help  # plain Python: no server extra needed
    except ImportError:
        return "environment:\n  (the library server is not part of this installation)"
    return "environment:\n" + environment_help()


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the library server that desks sync with",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Run the library server. Settings come from the environment (see "
                                   "docs/security.md); LIBRARY_DESK_JWT_SECRET is required.",
                       epilog=_environment())
    p.add_argument("action", nargs="?", choices=["backup"],
                   help="backup: write a checked backup of the server's database now (to LIBRARY_DESK_BACKUP_DIR) "
                        "and exit instead of serving")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    p.add_argument("--database-url", help="sqlite:///PATH (default: server/library.sqlite3 in the data folder) "
                                          "or postgresql+psycopg://USER:PASSWORD@HOST/DB")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from ..server.run import serve
        from ..server.settings import default_database_url
    except ImportError as exc:
        raise UsageError(f"the server is not installed ({exc}); install the package with the [server] extra") from exc
    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    url = args.database_url or default_database_url(args.data_dir)
    if args.action == "backup":
        return _backup(url)
    return serve(host=args.host, port=args.port, database_url=url, workers=args.workers)


def _backup(url: str) -> int:
    """`serve backup`: one checked backup of the server's database, now (the server may be running)."""
    from datetime import UTC, datetime

    from ..server.backup import backup_now
    from ..server.settings import ConfigError, from_env

    try:
        settings = from_env(database_url=url)
    except ConfigError as exc:
        raise UsageError(str(exc)) from exc
    made, checked = backup_now(settings, datetime.now(UTC))
    print(f"Backup written: {made} ({made.stat().st_size} bytes; checked: {checked})")
    return 0
