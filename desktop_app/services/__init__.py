"""Use cases of the library: the only door to the data.

``Services`` wires every service on one ``Library``; the entry point, the GUI, the server
and the tests all build it the same way. The services are grouped by what they do:
``circulation`` (loans, holds, fees), ``catalog`` (books, copies, search), ``people``
(members, staff, logins), ``interchange`` (import, export, labels), ``replication`` (the
server's replay of a desk's operations); every change of the library is one transition of
theirs, run inside ``transaction.action``.
"""

from __future__ import annotations

from collections.abc import Callable

from .catalog import Catalog
from .catalog.browse import BookRowFetcher, BrowseQueries
from .catalog.bulk import Bulk
from .catalog.search import Searcher
from .catalog.stocktake import Stocktakes
from .changes import Changes
from .circulation import Circulation
from .circulation.fees import Fees
from .circulation.holds import Holds
from .desk_queries import DeskQueries
from .library import SYSTEM, Actor, Library, open_library, require
from .lookup import Lookup
from .maintenance import Maintenance
from .people.accounts import Accounts
from .people.members import Members
from .reports import Reports
from .setup import Setup
from .views import ListQueries


class Services:
    """Every use case and query of one library. Changes go through the services named after
    what they change; reads through ``queries`` (a member's card at the desk), ``browse`` (the
    staff windows' lists and details), ``search`` and ``book_rows()``; backups and checks
    through ``maintenance``; import, export and labels through ``services.interchange``'s
    functions, which take these ``Services`` as their first argument."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.accounts = Accounts(library)
        self.catalog = Catalog(library)
        self.members = Members(library)
        self.circulation = Circulation(library)
        self.holds = Holds(library)
        self.fees = Fees(library)
        self.reports = Reports(library)
        self.setup = Setup(library)
        self.search = Searcher(library)
        self.lists = ListQueries(library)
        self.queries = DeskQueries(library)
        self.browse = BrowseQueries(library)
        self.maintenance = Maintenance(library)
        self.lookup = Lookup(library)  # ISBN look-up, covers and the offline look-up queue
        self.stocktake = Stocktakes(library)  # shelf counts (catalog/stocktake.py)
        self.bulk = Bulk(library)  # bulk edit of copies (catalog/bulk.py)

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Hear of every committed change (``services.changes``); returns the unsubscriber."""
        return self.library.subscribe(listener)

    def book_rows(self) -> BookRowFetcher:
        """A reader of catalog rows by id with a read connection of its own (a table model
        that fetches windows of rows as the clerk scrolls keeps one; close it after)."""
        return BookRowFetcher(self.library)

    def close(self) -> None:
        self.search.close()
        self.library.close()


__all__ = ["SYSTEM", "Actor", "Library", "Services", "open_library", "require"]
