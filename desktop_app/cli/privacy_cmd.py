"""`member export CARD --json F --pdf F`, `member delete CARD`, `privacy anonymise`: a member's
data (librarians), deleting a member (librarians; refused with the reason while loans are
out or fees unpaid) and forgetting who borrowed books returned long ago (the setting
``anonymise_after_days``)."""

from __future__ import annotations

import argparse

from ..services.people.member_export import write_json, write_pdf
from ..services.people.privacy import Privacy
from .common import acting_staff, open_services
from .output import EXIT_OK, UsageError


def add_parsers(sub: argparse._SubParsersAction) -> None:
    member = sub.add_parser("member", help="a member's data: export it, delete the member")
    msub = member.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    p = msub.add_parser("export", help="write everything the library holds about a member (librarians)")
    p.add_argument("card", help="the member's card number")
    p.add_argument("--json", metavar="FILE", help="write it as JSON to FILE")
    p.add_argument("--pdf", metavar="FILE", help="write it as a PDF to FILE")
    p.set_defaults(handler=cmd_export)
    p = msub.add_parser("delete", help="delete a member; their loans, holds and fees are kept anonymised "
                                       "(librarians)")
    p.add_argument("card", help="the member's card number")
    p.set_defaults(handler=cmd_delete)
    privacy = sub.add_parser("privacy", help="privacy: forget who borrowed books returned long ago")
    psub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    p = psub.add_parser("anonymise", help="drop the member of loans returned more than 'anonymise_after_days' "
                                          "days ago (librarians)")
    p.set_defaults(handler=cmd_anonymise)


def cmd_export(args: argparse.Namespace) -> int:
    if not args.json and not args.pdf:
        raise UsageError("say where to write the data: --json FILE, --pdf FILE or both")
    services = open_services(args)
    try:
        data = Privacy(services.library).export_member(acting_staff(services, args), args.card)
    finally:
        services.close()
    counts = f"{len(data.loans)} loans, {len(data.holds)} holds, {len(data.fees)} fees, {len(data.notices)} notices"
    for path, write in ((args.json, write_json), (args.pdf, write_pdf)):
        if path:
            print(f"Wrote the data of card {args.card} ({counts}) to {write(data, path)}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        done = Privacy(services.library).delete_member(acting_staff(services, args), args.card)
    finally:
        services.close()
    print(f"Deleted the member of card {args.card}; kept without them: {done.loans} loans, {done.holds} holds, "
          f"{done.fees} fees")
    return EXIT_OK


def cmd_anonymise(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        setting = services.setup.settings().get("anonymise_after_days")
        days = setting if isinstance(setting, int) else 0
        if days <= 0:
            print("Anonymising is off (setting anonymise_after_days is 0); nothing changed.")
            return EXIT_OK
        count = Privacy(services.library).anonymise_old_loans(acting_staff(services, args))
    finally:
        services.close()
    print(f"Loans returned more than {days} days ago that lost their member: {count}")
    return EXIT_OK

