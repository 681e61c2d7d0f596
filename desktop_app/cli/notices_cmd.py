"""`notices send [--dry-run] [--smtp URL] [--from ADDRESS] [--day DATE] [--letters FOLDER]`: send
the notices due (reminders, overdue notices, holds) by email and print letters for members without
one; `notices log [CARD]`: what was sent; `notices template KIND [--language L]`: a template's
text, or `--subject/--body-file` to change it (librarians)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..domain.errors import InvalidInput
from ..domain.text import day
from ..services.notices import KINDS, LANGUAGES, NoticeRun, Notices, SmtpConfig, send_notices
from .common import acting_staff, open_services
from .output import EXIT_OK, EXIT_REFUSED, table


def add_parsers(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("notices", help="email notices to members, print letters, read what was sent")
    inner = group.add_subparsers(dest="notices_command", metavar="ACTION", required=True)
    p = inner.add_parser("send", help="send the notices due today (librarians)")
    p.add_argument("--dry-run", action="store_true", help="say what would be sent; send and record nothing")
    p.add_argument("--smtp", metavar="URL", help="mail server for this run: smtp://user:password@host:587 "
                                                  "(STARTTLS) or smtps://host:465 (TLS); ?security=none for a "
                                                  "server on this computer")
    p.add_argument("--from", dest="sender", metavar="ADDRESS", help="sender address (default: the settings')")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="act as if today were this day (default: today)")
    p.add_argument("--letters", metavar="FOLDER", help="where the PDF of letters goes (default: the data folder)")
    p.set_defaults(handler=cmd_send)
    p = inner.add_parser("log", help="the notices sent, newest first")
    p.add_argument("card", nargs="?", help="only this member's")
    p.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    p.set_defaults(handler=cmd_log)
    p = inner.add_parser("template", help="show or change the text of a kind of notice")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--language", choices=LANGUAGES, default="en")
    p.add_argument("--subject", help="the new subject")
    p.add_argument("--body-file", metavar="FILE", help="a UTF-8 text file with the new body")
    p.add_argument("--reset", action="store_true", help="go back to the text shipped with the program")
    p.set_defaults(handler=cmd_template)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--day {text!r} is not a date like 2026-12-02", field="day") from None


def cmd_send(args: argparse.Namespace) -> int:
    smtp = SmtpConfig.from_url(args.smtp, sender=args.sender or "") if args.smtp else None
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        if smtp is None and args.sender:
            from ..services.notices.run import library_settings

            smtp = SmtpConfig.from_settings(library_settings(services.library))
            smtp = smtp.with_sender(args.sender) if smtp else None
        run = send_notices(services.library, actor, today=_day(args.day), dry_run=args.dry_run, smtp=smtp,
                           letters_dir=Path(args.letters) if args.letters else None,
                           progress=_progress if sys.stderr.isatty() else None)
    finally:
        services.close()
    print(summary(run))
    return EXIT_REFUSED if run.error or run.refused else EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"\r  {done:,} of {total:,}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def summary(run: NoticeRun) -> str:
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(run.by_kind.items())) or "none"
    if run.dry_run:
        lines = [f"Notices due on {day(run.day)}: {run.planned} ({kinds}); a dry run: nothing sent."]
        for w in run.previews:
            lines.append(f"  {w.planned.kind:<12} {w.planned.channel:<6} {w.planned.email or w.planned.member_name}: "
                         f"{w.subject}")
        return "\n".join(lines)
    lines = [f"Notices due on {day(run.day)}: {run.planned} ({kinds}); emailed {run.emailed}, "
             f"letters {run.printed}, not sent {run.unsent}."]
    if run.letters_pdf:
        lines.append(f"Letters to print: {run.letters_pdf}")
    lines += [f"Refused: {r}" for r in run.refused]
    if run.error:
        lines.append(f"Emails stopped: {run.error}")
    return "\n".join(lines)


def cmd_log(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        found = Notices(services.library).log(acting_staff(services, args), card_number=args.card, limit=args.limit)
    finally:
        services.close()
    if not found:
        print("No notices sent.")
        return EXIT_OK
    print(table(("Sent", "Kind", "By", "To", "Card", "Subject"),
                [(n.sent_at.astimezone().strftime("%Y-%m-%d %H:%M"), n.kind, n.channel, n.recipient or "",
                  n.card_number or "(anonymised)", n.subject) for n in found]))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        notices = Notices(services.library)
        if args.reset:
            chosen = notices.reset_template(acting_staff(services, args), args.kind, args.language)
        elif args.subject is not None or args.body_file is not None:
            current = notices.template(args.kind, args.language)
            body = Path(args.body_file).read_text(encoding="utf-8") if args.body_file else current.body
            chosen = notices.save_template(acting_staff(services, args), args.kind, args.language,
                                           subject=args.subject if args.subject is not None else current.subject,
                                           body=body)
        else:
            chosen = notices.template(args.kind, args.language)
    finally:
        services.close()
    print(f"Subject: {chosen.subject}\n\n{chosen.body}")
    return EXIT_OK
