"""A real HTTP server on 127.0.0.1 that answers like the catalogues an ISBN is looked up in:

- ``/sru``: an SRU 1.1 searchRetrieve service (the Library of Congress's shape: a
  ``zs:searchRetrieveResponse`` with ``version``, ``numberOfRecords``, ``records/record/recordData``
  holding ``marc:record`` MARCXML, or ``diagnostics``);
- ``/ol``: the Open Library Books API (``/ol/api/books?bibkeys=ISBN:...&format=json&jscmd=data``)
  and its covers (``/ol/b/isbn/ISBN-M.jpg?default=false``, 404 when there is none).

Tests fill ``Catalogues.sru`` (ISBN -> MARCXML records), ``.books`` (ISBN -> Books API data) and
``.covers`` (ISBN -> image bytes), and can make it misbehave: ``sleep`` seconds before answering,
``broken`` (XML that is not well-formed), ``diagnostic`` (an SRU diagnostic), ``status`` (an HTTP
error). ``requests`` lists what was asked (path and query)."""

from __future__ import annotations

import io
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

SRW = "http://www.loc.gov/zing/srw/"
MARC = "http://www.loc.gov/MARC21/slim"


def marcxml(isbn: str, title: str, *, author: str | None = None, year: int | None = None,
            publisher: str | None = None, control: str | None = None, subtitle: str | None = None,
            subjects: tuple[str, ...] = (), series: str | None = None) -> str:
    """One MARCXML ``marc:record`` as the Library of Congress sends it (prefixed namespace)."""
    def sub(code: str, text: str) -> str:
        return f'<marc:subfield code="{code}">{escape(text)}</marc:subfield>'

    def df(tag: str, ind: str, *subs: str) -> str:
        return f'<marc:datafield tag="{tag}" ind1="{ind[0]}" ind2="{ind[1]}">{"".join(subs)}</marc:datafield>'

    parts = ['<marc:leader>01142cam  2200301 a 4500</marc:leader>']
    if control:
        parts += [f'<marc:controlfield tag="001">{control}</marc:controlfield>',
                  '<marc:controlfield tag="003">DLC</marc:controlfield>']
    parts += ['<marc:controlfield tag="005">20250101120000.0</marc:controlfield>',
              f'<marc:controlfield tag="008">990101s{year or 2000}    nyu           000 1 eng  </marc:controlfield>',
              df("020", "  ", sub("a", f"{isbn} (pbk.)")), df("040", "  ", sub("a", "DLC"), sub("c", "DLC"))]
    if author:
        parts.append(df("100", "1 ", sub("a", f"{author},"), sub("d", "1920-1986.")))
    title_subs = [sub("a", f"{title} /" if not subtitle else f"{title} :")]
    if subtitle:
        title_subs.append(sub("b", f"{subtitle} /"))
    title_subs.append(sub("c", f"by {author}." if author else "anonymous."))
    parts.append(df("245", "10", *title_subs))
    if publisher or year:
        parts.append(df("260", "  ", sub("a", "New York :"), sub("b", f"{publisher or 'Unknown'},"),
                        sub("c", f"{year or ''}.")))
    parts.append(df("300", "  ", sub("a", "412 p. ;"), sub("c", "18 cm.")))
    if series:
        parts.append(df("490", "0 ", sub("a", series)))
    parts += [df("650", " 0", sub("a", s)) for s in subjects]
    return f'<marc:record xmlns:marc="{MARC}">{"".join(parts)}</marc:record>'


def sru_response(records: list[str], *, diagnostic: str | None = None) -> str:
    if diagnostic:
        return (f'<?xml version="1.0"?><zs:searchRetrieveResponse xmlns:zs="{SRW}"><zs:version>1.1</zs:version>'
                f'<zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics>'
                f'<diag:diagnostic xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/">'
                f'<diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:message>Query syntax error</diag:message>'
                f'<diag:details>{escape(diagnostic)}</diag:details></diag:diagnostic></zs:diagnostics>'
                f'</zs:searchRetrieveResponse>')
    body = "".join(f"<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking>"
                   f"<zs:recordData>{r}</zs:recordData><zs:recordPosition>{n}</zs:recordPosition></zs:record>"
                   for n, r in enumerate(records, 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><zs:searchRetrieveResponse xmlns:zs="{SRW}">'
            f'<zs:version>1.1</zs:version><zs:numberOfRecords>{len(records)}</zs:numberOfRecords>'
            f'<zs:records>{body}</zs:records></zs:searchRetrieveResponse>')


def cover_jpeg(width: int = 600, height: int = 900, colour: tuple[int, int, int] = (180, 40, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


@dataclass
class Catalogues:
    host: str
    port: int
    sru: dict[str, list[str]] = field(default_factory=dict)
    books: dict[str, dict] = field(default_factory=dict)
    covers: dict[str, bytes] = field(default_factory=dict)
    sleep: float = 0.0
    broken: bool = False
    diagnostic: str | None = None
    status: int | None = None
    requests: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def sru_url(self) -> str:
        return f"{self.base}/sru"

    @property
    def ol_url(self) -> str:
        return f"{self.base}/ol"

    def targets(self) -> str:
        """The ``lookup_targets`` setting naming this server's two catalogues."""
        return f"sru {self.sru_url} bath.isbn Test SRU\nopenlibrary {self.ol_url} - Test Open Library"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, code: int, body: bytes, kind: str) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass

    def do_GET(self) -> None:
        cat = self.server.catalogues
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        cat.requests.append((parts.path, query))
        if cat.sleep:
            time.sleep(cat.sleep)
        if cat.status:
            self._send(cat.status, b"<html>Service Unavailable</html>", "text/html")
            return
        if parts.path == "/sru":
            if cat.broken:
                self._send(200, b"<?xml version='1.0'?><zs:searchRetrieveResponse><zs:records>", "text/xml")
                return
            cql = (query.get("query") or [""])[0]
            isbns = re.findall(r"[0-9X]{10,13}", cql)
            records = next((cat.sru[i] for i in isbns if i in cat.sru), [])
            self._send(200, sru_response(records, diagnostic=cat.diagnostic).encode("utf-8"), "text/xml")
        elif parts.path == "/ol/api/books":
            if cat.broken:
                self._send(200, b'{"ISBN:', "application/json")
                return
            keys = (query.get("bibkeys") or [""])[0].split(",")
            answer = {k: cat.books[k.removeprefix("ISBN:")] for k in keys if k.removeprefix("ISBN:") in cat.books}
            self._send(200, json.dumps(answer).encode("utf-8"), "application/json")
        elif parts.path.startswith("/ol/b/isbn/"):
            isbn = parts.path.removeprefix("/ol/b/isbn/").split("-")[0]
            if isbn in cat.covers:
                self._send(200, cat.covers[isbn], "image/jpeg")
            else:
                self._send(404, b"not found", "text/plain")
        else:
            self._send(404, b"not found", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    catalogues: Catalogues


def free_port() -> int:
    """A port nothing listens on (now): a refused connection, as when a desk is offline."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def catalogue_server(port: int = 0) -> Iterator[Catalogues]:
    """Run the catalogues until the block ends (on ``port`` when given: a server that comes up
    where a desk found nothing before)."""
    server = _Server(("127.0.0.1", port), _Handler)
    server.catalogues = Catalogues("127.0.0.1", int(server.server_address[1]))
    thread = threading.Thread(target=server.serve_forever, name="catalogue-server", daemon=True)
    thread.start()
    try:
        yield server.catalogues
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
