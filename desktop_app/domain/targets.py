"""The catalogues an ISBN is looked up in, as a librarian lists them in Settings: one target a
line, tried in order, ``KIND URL [INDEX] [NAME...]``:

    sru https://lx2.loc.gov:210/LCDB bath.isbn Library of Congress
    openlibrary https://openlibrary.org Open Library

- ``sru``: an SRU 1.1/1.2 searchRetrieve service returning MARCXML; INDEX is the CQL index of
  the ISBN (``bath.isbn`` by default, ``dc.identifier`` and ``num`` are common);
- ``openlibrary``: the Open Library Books API (JSON) at that base address; INDEX is ``-``.

Blank lines and lines starting with ``#`` are ignored. ``parse_targets`` refuses a line it cannot
use, naming its number and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import InvalidInput

KINDS = ("sru", "openlibrary")
DEFAULT_INDEX = {"sru": "bath.isbn", "openlibrary": "-"}

DEFAULT_TARGETS = "\n".join((
    "sru http://lx2.loc.gov:210/LCDB bath.isbn Library of Congress",
    "openlibrary https://openlibrary.org - Open Library",
))


@dataclass(frozen=True)
class Target:
    kind: str
    url: str
    index: str
    name: str

    @property
    def line(self) -> str:
        return f"{self.kind} {self.url} {self.index} {self.name}".rstrip()


def parse_targets(text: str, *, field: str = "lookup_targets") -> list[Target]:
    """The targets of ``text`` in order, or ``InvalidInput`` naming the first bad line."""
    targets: list[Target] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        kind = words[0].lower()
        if kind not in KINDS:
            raise InvalidInput(f"Line {number} of the look-up targets: {words[0]!r} is not a kind of target "
                               f"(one of {', '.join(KINDS)})", field=field)
        if len(words) < 2:
            raise InvalidInput(f"Line {number} of the look-up targets: the address is missing", field=field)
        url = words[1]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidInput(f"Line {number} of the look-up targets: {url!r} is not an http:// or https:// "
                               "address", field=field)
        try:
            parts.port  # noqa: B018 - raises ValueError for a port that is not a number
        except ValueError:
            raise InvalidInput(f"Line {number} of the look-up targets: the port of {url!r} is not a number",
                               field=field) from None
        index = words[2] if len(words) > 2 else DEFAULT_INDEX[kind]
        names = words[3:]
        if kind == "openlibrary":
            if index != "-":  # "openlibrary URL Open Library": no index was given, the rest is the name
                names = words[2:]
            index = "-"
        elif index == "-" or not all(c.isalnum() or c in "._-" for c in index):
            raise InvalidInput(f"Line {number} of the look-up targets: {index!r} is not a CQL index such as "
                               "bath.isbn", field=field)
        name = " ".join(names) or parts.hostname
        targets.append(Target(kind, url.rstrip("/"), index, name))
    return targets
