"""Starting the library server: what ``library-desk serve`` calls.

``serve`` checks the configuration, opens and migrates the database once (refusing a
database newer than this program), makes sure it has a first admin, then runs uvicorn with
one or more worker processes. It returns a process exit code instead of raising:
0 after a clean stop, 2 for a configuration or database problem (with a message on stderr).

First admin of a new server database (no staff accounts yet), without any GUI or CLI step:
set the variables of ``settings.FIRST_START`` (``LIBRARY_DESK_ADMIN_PASSWORD``, optionally
the username and the library's name) for the first start; they are ignored once the library
has staff. Remove the password from the environment afterwards.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping

from ..db.engine import DatabaseUnreadable
from ..db.migrate import DatabaseTooNew
from ..domain.errors import LibraryError
from ..services import Services
from .settings import FIRST_START, ConfigError, ServerSettings, env_name, first_start, from_env


class NotInitialised(Exception):
    """The database has no staff account and no first admin was configured."""


def ensure_initialised(services: Services, env: Mapping[str, str]) -> bool:
    """Initialise an empty library from ``env`` (see the module doc). Returns True when it
    created the first admin, False when the library already had staff."""
    if services.accounts.has_staff():
        return False
    password = first_start(env, "admin_password")
    if not password:
        raise NotInitialised(f"This database has no staff accounts yet. Start the server once with "
                             f"{env_name('admin_password')} set (and {env_name('admin_username')}, default "
                             f"{FIRST_START['admin_username'][0]!r}) to create the first admin.")
    services.setup.initialise(
        library_name=first_start(env, "library_name"), admin_username=first_start(env, "admin_username"),
        admin_name="Administrator", admin_password=password,
    )
    return True


def prepare(settings: ServerSettings, env: Mapping[str, str]) -> None:
    """Check settings, migrate the database and make sure it has a first admin."""
    from .app import open_database

    settings.check()
    services = Services(open_database(settings.database_url))
    try:
        ensure_initialised(services, env)
    finally:
        services.close()


def serve(host: str = "127.0.0.1", port: int = 8080, database_url: str | None = None, workers: int = 1) -> int:
    """Run the server until stopped. See the module doc for exit codes."""
    import uvicorn

    from .logging import configure

    configure()
    try:
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        settings = from_env(database_url=database_url)
        prepare(settings, os.environ)
    except (ConfigError, DatabaseTooNew, DatabaseUnreadable, NotInitialised, LibraryError) as exc:
        print(f"library-desk serve: {exc}", file=sys.stderr)
        return 2
    os.environ[env_name("database_url")] = settings.database_url  # seen by every worker
    config = uvicorn.Config("desktop_app.server.app:app_from_env", factory=True, host=host, port=port,
                            workers=workers, log_config=None, access_log=False, proxy_headers=False)
    if workers == 1:
        server = uvicorn.Server(config)
        server.run()
        return 0 if server.started else 2
    from uvicorn.supervisors import Multiprocess

    sock = config.bind_socket()
    # The shared listening socket is made without IPPROTO_TCP, so asyncio does not set
    # TCP_NODELAY on accepted connections and every reply waits ~40 ms (Nagle against delayed
    # ACKs). Linux copies the option from the listening socket to the accepted ones.
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m desktop_app.server.run [--host H] [--port P] [--database-url U] [--workers N]``
    (the same as ``library-desk serve``; used by the tests and benchmarks)."""
    import argparse

    parser = argparse.ArgumentParser(prog="library-desk serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--database-url")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    return serve(args.host, args.port, args.database_url, args.workers)


if __name__ == "__main__":
    raise SystemExit(main())
