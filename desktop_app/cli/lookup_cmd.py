"""`lookup ISBN [--add] [--choose N] [--copies N] [--target URL] [--queue]`: look an ISBN up in the
library's catalogues (or the one at URL) and print the hits; --add adds the first (or the
--choose'n) hit as a title, with its record and cover (a librarian: see --as). `lookup --queued`
lists the ISBNs queued while no catalogue could be reached; `lookup --retry` asks for them now.

Exit codes: 0 found (or added), 1 not found or refused, 2 usage, 3 no catalogue could be reached
(with --queue the ISBN is then queued for the desk's scheduled work).
"""

from __future__ import annotations

import argparse

from ..services.catalog import CopyInput
from ..services.lookup import target_of
from .common import acting_staff, open_services
from .output import EXIT_OK, EXIT_REFUSED, UsageError, error, table

EXIT_UNREACHABLE = 3


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lookup", help="look an ISBN up in the library's catalogues (SRU, Open Library)")
    p.add_argument("isbn", nargs="?", help="the ISBN (10 or 13 digits, hyphens allowed)")
    p.add_argument("--add", action="store_true", help="add the hit as a new title (librarians)")
    p.add_argument("--choose", type=int, default=1, metavar="N", help="with --add: the N-th hit (default 1)")
    p.add_argument("--copies", type=int, default=0, metavar="N", help="with --add: also add N copies")
    p.add_argument("--target", metavar="URL", help="ask only this catalogue (an SRU address, or an Open "
                                                    "Library one such as https://openlibrary.org)")
    p.add_argument("--queue", action="store_true", help="queue the ISBN when no catalogue can be reached")
    p.add_argument("--queued", action="store_true", help="list the queued ISBNs")
    p.add_argument("--retry", action="store_true", help="look the queued ISBNs up now")
    p.set_defaults(handler=cmd_lookup)


def cmd_lookup(args: argparse.Namespace) -> int:
    if args.queued or args.retry:
        if args.isbn or args.add:
            raise UsageError("--queued and --retry take no ISBN")
        return _queue(args)
    if not args.isbn:
        raise UsageError("give an ISBN to look up (or --queued)")
    if args.choose < 1 or args.copies < 0:
        raise UsageError("--choose counts from 1 and --copies cannot be negative")
    targets = [target_of(args.target)] if args.target else None
    services = open_services(args)
    try:
        actor = acting_staff(services, args)
        result = services.lookup.look_up(args.isbn, targets=targets)
        for failure in result.failures:
            error(failure.message)
        if not result.hits:
            if not result.reached:
                if args.queue:
                    services.lookup.queue(actor, args.isbn)
                    print(f"ISBN {result.isbn13} is queued: the desk looks it up again when a catalogue answers")
                else:
                    error(result.message)
                return EXIT_UNREACHABLE
            error(result.message)
            return EXIT_REFUSED
        rows = [(n, h.record.title, h.record.authors[0].name if h.record.authors else "", h.record.year or "",
                 h.record.publisher or "", h.source) for n, h in enumerate(result.hits, 1)]
        print(table(["#", "Title", "Author", "Year", "Publisher", "Source"], rows))
        if not args.add:
            return EXIT_OK
        if args.choose > len(result.hits):
            raise UsageError(f"--choose {args.choose}: there are only {len(result.hits)} hits")
        hit = result.hits[args.choose - 1]
        book_id = services.lookup.add_hit(actor, hit, copies=[CopyInput() for _ in range(args.copies)],
                                          targets=targets)
        view = services.catalog.book(book_id)
        barcodes = ", ".join(c.barcode for c in view.copies)
        print(f"Added '{view.values['title']}' (book {book_id})" + (f" with copies {barcodes}" if barcodes else "")
              + ("; with its cover" if services.lookup.cover(book_id) else ""))
        return EXIT_OK
    finally:
        services.close()


def _queue(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.retry:
            print(services.lookup.retry_waiting(acting_staff(services, args)))
        requests = services.lookup.requests()
        print(table(["ISBN", "State", "Queued by", "Tries", "Found"],
                    [(r.isbn, r.state.replace("_", " "), r.queued_by or "", r.tries,
                      (r.message or "").splitlines()[0][:70] if r.state == "found" and r.message else "")
                     for r in requests]))
        return EXIT_OK
    finally:
        services.close()
