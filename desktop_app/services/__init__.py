"""Use cases of the library: the only door to the data.

``Services`` wires every service on one ``Library``; the entry point, the GUI, the server
and the tests all build it the same way.
"""

from __future__ import annotations

from .accounts import Accounts
from .catalog import Catalog
from .circulation import Circulation
from .fees import Fees
from .holds import Holds
from .library import SYSTEM, Actor, Library, open_library, require
from .members import Members
from .reports import Reports
from .search import Searcher
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
