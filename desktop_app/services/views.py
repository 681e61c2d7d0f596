"""The paged lists and single records the REST API reads (``Services.lists``): the catalog's
(``catalog.lists``), the members' (``people.lists``) and circulation's (``circulation.lists``),
each with its own rights checks. Paging and cursors are ``listing``'s."""

from __future__ import annotations

from .catalog.lists import CatalogLists
from .circulation.lists import CirculationLists
from .library import Library
from .people.lists import MemberLists


class ListQueries(CatalogLists, MemberLists, CirculationLists):
    """Authors, books, copies, members, loans, holds and fees, a page at a time, and one of each."""

    def __init__(self, library: Library) -> None:
        self.lib = library
