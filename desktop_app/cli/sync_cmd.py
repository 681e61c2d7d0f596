"""`sync setup|now|status|exceptions|resolve|desks|retire`: the desk's sync with the library server.

`sync setup` is the one step that needs a person's server login: the desk then keeps its own
credential (the keyring, or a file in the data folder) and every later command syncs with
it, unattended. Commands done for a person (`resolve`, `retire`) act as the staff account of
`--as` (default: the first admin), with that account's rights on the server, at most the
desk's role.

Exit codes of `sync now`: 0 up to date, 3 the server cannot be reached (nothing lost: the
journal waits), 4 exceptions are waiting for a person, 2 setup or login needed, 1 refused.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..config import Paths
from ..services import Services, open_library
from ..sync.client import NeedLogin, ServerRefused, Unreachable
from ..sync.desk import DeskSync, JoinRefused
from ..sync.engine import ClockSkew, ManyDeletes, NotSetUp
from .common import acting_staff, paths_of
from .output import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, UsageError, error, table

EXIT_UNREACHABLE = 3
EXIT_EXCEPTIONS = 4


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="sync this desk with the library server")
    ssub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = ssub.add_parser("setup", help="log in to the server once and register this desk")
    p.add_argument("--server", required=True, help="the server's address, e.g. https://library.example.org")
    p.add_argument("--desk", required=True, help="this desk's name, e.g. 'Front desk'")
    p.add_argument("--user", required=True, help="a librarian or admin username on the server")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.add_argument("--join", action="store_true",
                   help="this desk's library moves into the (empty) server: upload all of it")
    p.add_argument("--role", choices=("desk", "librarian", "admin"),
                   help="the highest rights of this desk's work and offline logins (default: the user's role)")
    p = ssub.add_parser("now", help="send this desk's work, then fetch the server's changes")
    p.add_argument("--apply-clock-offset", action="store_true",
                   help="send even though this computer's clock is off, correcting the times by the measured offset")
    p.add_argument("--allow-deletes", action="store_true",
                   help="apply the server's deletions even when there are many (a backup is taken first)")
    ssub.add_parser("status", help="server, desk code, pending operations, last sync (no network)")
    p = ssub.add_parser("exceptions", help="what the server could not apply, for a person to resolve")
    p.add_argument("--all", action="store_true", help="every desk's, not only this desk's")
    p.add_argument("--resolved", action="store_true", help="list resolved ones instead of open ones")
    p = ssub.add_parser("resolve", help="resolve an exception (as a librarian or admin: --as)")
    p.add_argument("id", type=int)
    p.add_argument("action", help="dismiss, replace_with_second, apply_anyway or take_desk_values")
    p.add_argument("--note")
    p = ssub.add_parser("desks", help="the desks registered with the server")
    p.add_argument("--retired", action="store_true", help="also retired desks")
    p = ssub.add_parser("retire", help="retire a desk (admins: --as): its credential stops, its code is freed")
    p.add_argument("desk", help="the desk's client id or two-digit code")
    sync.set_defaults(handler=lambda args: run(args, paths_of(args)))


add_parser = add_parsers


def _password(args: argparse.Namespace, user: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--password-stdin given but standard input is empty")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password; use --password-stdin")
    return getpass.getpass(f"Server password for {user}: ")


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Run one `sync` action on the library in ``paths``; returns the exit code."""
    if not paths.database.exists():
        raise UsageError(f"there is no library in {paths.data_dir}")
    services = Services(open_library(paths))
    try:
        desk = DeskSync(services.library, paths)
        if desk.copied:
            print("This database was copied or restored: it registers with the server as a new desk.")
        action = args.sync_command
        if action in ("resolve", "retire", "desks", "exceptions"):
            desk.acting = acting_staff(services, args).username
        try:
            if action == "setup":
                return _setup(desk, args)
            if action == "now":
                return _now(desk, args)
            if action == "status":
                return _status(desk)
            if action == "exceptions":
                return _exceptions(desk, args)
            if action == "desks":
                return _desks(desk, args)
            if action == "retire":
                out = desk.retire(args.desk)
                print(f"Desk '{out['desk_name']}' is retired; its code is free for another desk.")
                return EXIT_OK
            return _resolve(desk, args)
        except Unreachable as exc:
            error(f"{exc}; the work stays in the journal and is sent at the next sync")
            return EXIT_UNREACHABLE
        except (NeedLogin, NotSetUp) as exc:
            error(str(exc))
            return EXIT_USAGE
        except (ServerRefused, JoinRefused, ManyDeletes) as exc:
            error(f"the server refused: {exc}" if isinstance(exc, ServerRefused) else str(exc))
            return EXIT_REFUSED
    finally:
        services.close()


def _setup(desk: DeskSync, args: argparse.Namespace) -> int:
    def show(phase: str, done: int, total: int | None) -> None:
        if phase == "upload" and (done % 20000 < 2000 or done == total):
            print(f"  uploaded {done:,}{f' of {total:,}' if total else ''} rows")

    out = desk.setup(args.server, args.desk, args.user, _password(args, args.user), join_library=args.join,
                     role=args.role, progress=show)
    print(f"Desk '{args.desk}' registered with {args.server} (desk code {out.get('desk_code') or 'unchanged'}, "
          f"role {out.get('role') or 'unchanged'}).")
    if out.get("joined"):
        sent = out["joined"]["sent"]
        print(f"This library is now the server's: {sum(sent.values()):,} rows uploaded "
              f"({', '.join(f'{n:,} {k}' for k, n in sent.items() if n)}).")
    where = out.get("credential")
    print("The desk's credential is kept in the system keyring." if where == "keyring" else
          f"The desk's credential is kept in {where} (readable only by this account); it is not in backups.")
    return EXIT_OK


def _now(desk: DeskSync, args: argparse.Namespace) -> int:
    try:
        report = desk.sync_now(apply_clock_offset=args.apply_clock_offset, allow_deletes=args.allow_deletes)
    except ClockSkew as exc:
        error(str(exc))
        return EXIT_REFUSED
    statuses = ", ".join(f"{n} {k}" for k, n in sorted(report.statuses.items())) or "nothing"
    print(f"Sent {report.pushed} operations ({statuses}); received {report.pulled} changes"
          f"{f' and {report.deleted} deletions' if report.deleted else ''}"
          f"{' (full download)' if report.full_resync else ''}.")
    for message in report.messages:
        print(f"  ! {message}")
    waiting = desk.exceptions()
    if waiting:
        print(f"{len(waiting)} sync exception(s) wait for a person: `library-desk sync exceptions`.")
        return EXIT_EXCEPTIONS
    return EXIT_OK


def _status(desk: DeskSync) -> int:
    st = desk.status()
    rows = [("server", st.server_url or "(none)"), ("desk", st.desk_name or ""), ("desk code", st.desk_code or ""),
            ("client id", st.client_id or "(not registered)"), ("credential", st.credential or "(none)"),
            ("pending operations", st.pending), ("refused or conflicting", st.rejected),
            ("last sync", st.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") if st.last_sync_at else "never"),
            ("clock offset", f"{st.clock_offset_s:+.1f} s")]
    print(table(("", ""), rows))
    if st.needs_setup_reason:
        print(f"Note: {st.needs_setup_reason}")
    return EXIT_OK


def _exceptions(desk: DeskSync, args: argparse.Namespace) -> int:
    rows = desk.exceptions(status="resolved" if args.resolved else "open", mine=not args.all)
    if not rows:
        print("No sync exceptions.")
        return EXIT_OK
    print(table(("id", "desk", "kind", "problem", "actions"),
                [(r["id"], r["desk_name"], r["kind"], r["message"], ", ".join(r["actions"]) or r["resolution"])
                 for r in rows]))
    return EXIT_EXCEPTIONS if not args.resolved else EXIT_OK


def _desks(desk: DeskSync, args: argparse.Namespace) -> int:
    rows = desk.desks(retired=args.retired)
    print(table(("code", "desk", "role", "last seen", "client id", "retired"),
                [(d["desk_code"] or "-", d["desk_name"], d["role"], (d["last_seen_at"] or "")[:16].replace("T", " "),
                  d["client_id"], (d["retired_at"] or "")[:10]) for d in rows]))
    return EXIT_OK


def _resolve(desk: DeskSync, args: argparse.Namespace) -> int:
    out = desk.resolve(args.id, args.action, args.note)
    if out.get("applied") is False and args.action != "dismiss":
        error("; ".join(out.get("messages") or ["the action could not be applied"]))
        return EXIT_REFUSED
    print(f"Exception {args.id} resolved ({args.action}).")
    return EXIT_OK
