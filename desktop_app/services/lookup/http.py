"""Asking a catalogue over HTTP: one GET with the library's timeout, the answer's size capped,
and every way it can fail turned into a :class:`TargetFailed` whose ``kind`` says what went
wrong (offline, timeout, http, bad_data, diagnostic) and whose message a clerk understands."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import httpx

from ... import __version__
from ...domain.errors import LibraryError

OFFLINE, TIMEOUT, HTTP, BAD_DATA, DIAGNOSTIC = "offline", "timeout", "http", "bad_data", "diagnostic"
#: The kinds that mean the catalogue was not reached at all (the ISBN may be queued).
UNREACHED = (OFFLINE, TIMEOUT)
#: A record answer or a cover larger than this is refused (a catalogue does not send that much).
MAX_ANSWER = 5 * 1024 * 1024
USER_AGENT = f"LibraryDesk/{__version__} (ISBN look-up)"


class TargetFailed(LibraryError):
    """A catalogue could not answer: ``kind`` is one of the module's kinds, ``target`` its name."""

    def __init__(self, target: str, kind: str, message: str) -> None:
        super().__init__(message)
        self.target = target
        self.kind = kind


def get(url: str, *, params: dict[str, str] | None = None, timeout: float, target: str,
        not_found_ok: bool = False) -> bytes | None:
    """The body of ``GET url``; None for a 404 when ``not_found_ok`` (a cover that is not
    there). Raises ``TargetFailed`` for anything else that is not a 2xx answer."""
    host = urlsplit(url).hostname or url
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=3,
                          headers={"User-Agent": USER_AGENT}) as client, \
                client.stream("GET", url, params=params) as answer:
            if answer.status_code == 404 and not_found_ok:
                return None
            if answer.status_code >= 400:
                raise TargetFailed(target, HTTP, f"{target} answered with an error (HTTP {answer.status_code} "
                                                 f"{answer.reason_phrase}); try again later or check its address")
            body = bytearray()
            for chunk in answer.iter_bytes():
                body += chunk
                if len(body) > MAX_ANSWER:
                    raise TargetFailed(target, BAD_DATA, f"{target} sent more than {MAX_ANSWER // 1048576} MB; "
                                                         "the answer was refused")
            return bytes(body)
    except httpx.TimeoutException:
        raise TargetFailed(target, TIMEOUT, f"{target} did not answer within {timeout:g} seconds") from None
    except httpx.ConnectError as exc:
        why = str(exc).lower()
        if "name" in why or "resolve" in why or "nodename" in why or "getaddrinfo" in why:
            text = f"{target} cannot be reached: the name {host} is not known (is this desk offline?)"
        else:
            text = f"{target} cannot be reached at {host} (is this desk offline, or the address wrong?)"
        raise TargetFailed(target, OFFLINE, text) from None
    except (httpx.TooManyRedirects, httpx.RemoteProtocolError, httpx.UnsupportedProtocol,
            httpx.InvalidURL) as exc:
        raise TargetFailed(target, HTTP, f"{target} did not answer as a web service should ({exc})") from None
    except httpx.TransportError as exc:
        raise TargetFailed(target, OFFLINE, f"{target} cannot be reached ({exc})") from None


def safe_xml(data: bytes | str, *, target: str) -> ET.Element:
    """Parse a catalogue's XML without a document type: entity declarations (the billion laughs,
    external files) are refused before the parser sees them."""
    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "replace")
    body = data if isinstance(data, bytes) else data.encode("utf-8")
    if b"<!DOCTYPE" in body.upper() or b"<!ENTITY" in body.upper():
        raise TargetFailed(target, BAD_DATA, f"{target} sent XML with a document type declaration; "
                                             "it was refused for safety")
    try:
        return ET.fromstring(body)
    except ET.ParseError as exc:
        line, column = exc.position
        shown = head.decode("utf-8", "replace").strip()[:60]
        raise TargetFailed(target, BAD_DATA, f"{target} sent broken XML (line {line}, column {column + 1}; "
                                             f"it starts {shown!r})") from None
