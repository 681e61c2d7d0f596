"""Use cases of the library: the only door to the data.

``Services`` wires every service on one ``Library``; the entry point, the GUI, the server
and the tests all build it the same way. The services are grouped by what they do:
``circulation`` (loans, holds, fees), ``catalog`` (books, copies, search), ``people``
(members, staff, logins), ``interchange`` (import, export, labels), ``replication`` (the
server's replay of a desk's operations); every change of the library is one transition of
theirs, run inside ``transaction.action``.
"""

from __future__ import annotations

from .catalog import Catalog
from .catalog.search import Searcher
from .circulation import Circulation
from .circulation.fees import Fees
from .circulation.holds import Holds
from .library import SYSTEM, Actor, Library, open_library, require
from .people.accounts import Accounts
from .people.members import Members
from .reports import Reports
from .setup import Setup


class Services:
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

    def close(self) -> None:
        self.search.close()
        self.library.close()


__all__ = ["SYSTEM", "Actor", "Library", "Services", "open_library", "require"]
