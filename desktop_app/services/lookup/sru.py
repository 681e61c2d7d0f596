"""SRU 1.1/1.2 searchRetrieve with MARCXML records (the Library of Congress, national libraries,
Koha and Evergreen offer it): the request, and the response envelope read into MARC records.

A response is ``searchRetrieveResponse`` with ``version``, ``numberOfRecords``, ``records`` (each
``record`` holding ``recordSchema``, ``recordPacking`` and ``recordData``, the MARCXML record as
elements or, packed as a string, as escaped text) and ``diagnostics``. Namespaces differ between
versions and servers, so elements are matched by their local names.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ...domain.targets import Target
from ...formats.marc_raw import DEFAULT_LEADER, MarcField, RawRecord
from .http import BAD_DATA, DIAGNOSTIC, TargetFailed, get, safe_xml

MAX_RECORDS = 10


def _local(elem: ET.Element) -> str:
    return elem.tag.rpartition("}")[2] if isinstance(elem.tag, str) else ""


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in elem if _local(c) == name), None)


def _text(elem: ET.Element, name: str) -> str:
    child = _child(elem, name)
    return (child.text or "").strip() if child is not None else ""


def query(target: Target, isbn13: str, isbn10: str | None) -> str:
    """The CQL query for an ISBN: both forms, since catalogues keep the one printed in the book."""
    terms = [f'{target.index}="{isbn13}"'] + ([f'{target.index}="{isbn10}"'] if isbn10 else [])
    return " or ".join(terms)


@dataclass
class SruAnswer:
    number_of_records: int
    records: list[RawRecord]


def search(target: Target, isbn13: str, isbn10: str | None, *, timeout: float) -> SruAnswer:
    params = {"version": "1.1", "operation": "searchRetrieve", "query": query(target, isbn13, isbn10),
              "recordSchema": "marcxml", "maximumRecords": str(MAX_RECORDS)}
    body = get(target.url, params=params, timeout=timeout, target=target.name)
    return parse_response(body or b"", target=target.name)


def marc_record(elem: ET.Element) -> RawRecord:
    """One MARCXML ``record`` element as the importer's ``RawRecord``."""
    leader = DEFAULT_LEADER
    fields: list[MarcField] = []
    for child in elem:
        local = _local(child)
        if local == "leader":
            text = child.text or ""
            leader = (text + DEFAULT_LEADER[len(text):])[:24]
        elif local == "controlfield":
            fields.append(MarcField(child.get("tag", ""), value=child.text or ""))
        elif local == "datafield":
            subs = [(s.get("code", ""), s.text or "") for s in child if _local(s) == "subfield"]
            fields.append(MarcField(child.get("tag", ""), ind1=(child.get("ind1") or " ")[:1],
                                    ind2=(child.get("ind2") or " ")[:1], subfields=subs))
    return RawRecord(leader, fields)


def parse_response(body: bytes, *, target: str) -> SruAnswer:
    """The MARC records of an SRU response; ``TargetFailed`` for a diagnostic (its message and
    details) or an answer that is not an SRU response."""
    root = safe_xml(body, target=target)
    if _local(root) != "searchRetrieveResponse":
        raise TargetFailed(target, BAD_DATA, f"{target} did not answer as an SRU service: its answer is "
                                             f"<{_local(root)}>, not <searchRetrieveResponse>")
    diagnostics = _child(root, "diagnostics")
    if diagnostics is not None and len(diagnostics):
        first = diagnostics[0]
        words = "; ".join(w for w in (_text(first, "message"), _text(first, "details")) if w)
        words = words or _text(first, "uri") or "no reason given"
        raise TargetFailed(target, DIAGNOSTIC, f"{target} refused the search: {words}")
    given = _text(root, "numberOfRecords") or "0"
    try:
        count = int(given)
    except ValueError:
        raise TargetFailed(target, BAD_DATA, f"{target} gave a number of records that is not a number "
                                             f"({given!r})") from None
    records: list[RawRecord] = []
    holder = _child(root, "records")
    for record in holder if holder is not None else []:
        if _local(record) != "record":
            continue
        schema = _text(record, "recordSchema") or "marcxml"
        if schema.lower() not in ("marcxml", "info:srw/schema/1/marcxml-v1.1", "marc21"):
            raise TargetFailed(target, BAD_DATA, f"{target} sent records in the schema {schema!r}, "
                                                 "not MARCXML")
        data = _child(record, "recordData")
        if data is None:
            continue
        marc = next((c for c in data if _local(c) == "record"), None)
        packed = (data.text or "").strip()
        if marc is None and packed:  # recordPacking "string": the record as escaped XML text
            marc = safe_xml(packed.encode("utf-8"), target=target)
            if _local(marc) != "record":
                marc = next((c for c in marc.iter() if _local(c) == "record"), None)
        if marc is None:
            raise TargetFailed(target, BAD_DATA, f"{target} sent a record without a MARCXML <record>")
        records.append(marc_record(marc))
    return SruAnswer(count, records)
