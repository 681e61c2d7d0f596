"""MARC21 records as plain fields, and the ISO 2709 byte layout (parse and build).

A :class:`RawRecord` is what both the binary and the MARCXML readers produce before the
catalogue mapping in :mod:`marc_map`. Parsing one record either returns a ``RawRecord`` or
raises :class:`RecordError` whose ``reason`` says in plain words what is broken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pymarc.marc8 import MARC8ToUnicode

FIELD_END = b"\x1e"
RECORD_END = b"\x1d"
SUBFIELD_MARK = b"\x1f"
DEFAULT_LEADER = "00000nam a2200000 u 4500"
_MARC8_FINALS = frozenset(b"BE1234NQS")  # G0/G1 graphic sets a designation may name
_MARC8_TECHNICAL = frozenset(b"sgbp")  # ESC s / g / b / p: one-byte technical switches


class RecordError(Exception):
    """One record cannot be read; ``reason`` is a sentence fragment, ``tag`` the field."""

    def __init__(self, reason: str, tag: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.tag = tag


@dataclass(slots=True)
class MarcField:
    """A control field (``value`` set) or a data field (indicators and subfields)."""

    tag: str
    value: str | None = None
    ind1: str = " "
    ind2: str = " "
    subfields: list[tuple[str, str]] = field(default_factory=list)

    def get(self, code: str) -> str | None:
        """First value of subfield ``code``, or None."""
        for c, v in self.subfields:
            if c == code:
                return v
        return None

    def get_all(self, code: str) -> list[str]:
        """Every value of subfield ``code`` in order."""
        return [v for c, v in self.subfields if c == code]


@dataclass(slots=True)
class RawRecord:
    """Leader (24 characters) and fields in file order."""

    leader: str
    fields: list[MarcField] = field(default_factory=list)

    def get_fields(self, *tags: str) -> list[MarcField]:
        """Fields whose tag is one of ``tags``, in file order."""
        return [f for f in self.fields if f.tag in tags]

    def first(self, tag: str) -> MarcField | None:
        """The first field with ``tag`` or None."""
        for f in self.fields:
            if f.tag == tag:
                return f
        return None


def is_control_tag(tag: str) -> bool:
    """Tags 001-009 hold control fields (no indicators, no subfields)."""
    return tag.isdigit() and tag < "010"


def _check_marc8_escapes(data: bytes) -> str | None:
    """Return a description of the first invalid MARC-8 escape sequence, or None."""
    pos = data.find(b"\x1b")
    while pos != -1:
        nxt = data[pos + 1 : pos + 2]
        seq_end = pos + 2
        if nxt and nxt[0] in _MARC8_TECHNICAL:
            pass
        elif nxt and nxt in b"(,)-$":
            final_at = pos + 2
            if nxt == b"$" and data[final_at : final_at + 1] in (b",", b")", b"-", b"("):
                final_at += 1
            final = data[final_at : final_at + 1]
            if not final or final[0] not in _MARC8_FINALS:
                shown = data[pos : final_at + 1][1:].decode("latin-1")
                return f"the escape sequence ESC {shown!r} names no MARC-8 character set"
            seq_end = final_at + 1
        else:
            shown = nxt.decode("latin-1") if nxt else "end of field"
            return f"an escape character is followed by {shown!r}, which is no MARC-8 escape"
        pos = data.find(b"\x1b", seq_end)
    return None


def decode_marc8(data: bytes) -> str:
    """Decode MARC-8 bytes to NFC Unicode; raise ValueError for a damaged sequence."""
    if data.isascii() and b"\x1b" not in data:
        return data.decode("ascii")
    problem = _check_marc8_escapes(data)
    if problem:
        raise ValueError(problem)
    try:
        return str(MARC8ToUnicode(quiet=True).translate(data))
    except (IndexError, TypeError, KeyError, ValueError) as exc:
        raise ValueError(f"MARC-8 text cannot be decoded ({exc})") from exc


def _utf8_error(tag: str, data: bytes, exc: UnicodeDecodeError) -> RecordError:
    bad = data[exc.start : exc.start + 1].hex().upper()
    return RecordError(
        f"field {tag} is not valid UTF-8 (byte 0x{bad} at offset {exc.start}) although the "
        "leader says UTF-8 (position 9 = 'a')",
        tag,
    )


def _record_uses_utf8(leader: str, body: bytes) -> bool:
    """UTF-8 if the leader says so, or if undeclared text is valid UTF-8 without escapes."""
    if leader[9] == "a":
        return True
    if body.isascii() or b"\x1b" in body:
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_field(tag: str, raw: bytes, utf8: bool) -> MarcField:
    if utf8:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _utf8_error(tag, raw, exc) from None
        if is_control_tag(tag):
            return MarcField(tag, value=text)
        parts = text[2:].split("\x1f")
        subs = [(p[:1], p[1:]) for p in parts[1:] if p]
        ind1, ind2 = (text[0:1] or " "), (text[1:2] or " ")
        return MarcField(tag, ind1=ind1, ind2=ind2, subfields=subs)
    try:
        if is_control_tag(tag):
            return MarcField(tag, value=decode_marc8(raw))
        pieces = raw[2:].split(SUBFIELD_MARK)
        subs = [(decode_marc8(p[:1]), decode_marc8(p[1:])) for p in pieces[1:] if p]
    except ValueError as exc:
        raise RecordError(f"field {tag}: {exc}", tag) from None
    ind = raw[0:2].decode("latin-1").ljust(2)
    return MarcField(tag, ind1=ind[0], ind2=ind[1], subfields=subs)


def parse_record(data: bytes) -> RawRecord:
    """Parse one ISO 2709 record (including its final 0x1D) or raise :class:`RecordError`."""
    if len(data) < 24:
        raise RecordError(f"the record is only {len(data)} bytes long, shorter than a leader")
    head = data[:24].decode("latin-1")
    if not head[:5].isdigit():
        raise RecordError(
            f"leader is not a MARC21 leader (it should start with a 5-digit record length, "
            f"not {head[:5]!r})"
        )
    if int(head[:5]) != len(data):
        raise RecordError(
            f"the leader gives the record length as {int(head[:5])} bytes but the record "
            f"ends after {len(data)} bytes"
        )
    if not head[12:17].isdigit():
        raise RecordError(f"the base address in the leader ({head[12:17]!r}) is not a number")
    base = int(head[12:17])
    if base < 25 or base > len(data) - 1:
        raise RecordError(f"the base address in the leader ({base}) points outside the record")
    if data[base - 1 : base] != FIELD_END:
        raise RecordError(f"the directory does not end at the base address ({base})")
    directory = data[24 : base - 1]
    if not directory:
        raise RecordError("the record has no fields")
    if len(directory) % 12:
        raise RecordError(
            f"the directory is {len(directory)} bytes long, not a multiple of 12 (bad directory)"
        )
    body = data[base:-1]
    utf8 = _record_uses_utf8(head, body)
    fields: list[MarcField] = []
    for n in range(0, len(directory), 12):
        entry = directory[n : n + 12]
        if not (entry.isascii() and entry[3:].isdigit()):
            shown = entry.decode("latin-1", "replace")
            raise RecordError(f"directory entry {n // 12 + 1} is damaged ({shown!r})")
        tag = entry[:3].decode("ascii")
        length, start = int(entry[3:7]), int(entry[7:12])
        if length < 1 or start + length > len(body):
            raise RecordError(f"field {tag} in the directory points outside the record", tag)
        raw = body[start : start + length]
        if raw[-1:] != FIELD_END:
            raise RecordError(f"field {tag} does not end with a field terminator", tag)
        fields.append(_decode_field(tag, raw[:-1], utf8))
    return RawRecord(head, fields)


def build_record(record: RawRecord) -> bytes:
    """Encode ``record`` as ISO 2709 bytes in UTF-8 (leader position 9 set to 'a').

    Raises ValueError when a field or the record exceeds the limits of the format.
    """
    directory: list[bytes] = []
    chunks: list[bytes] = []
    offset = 0
    for f in record.fields:
        if f.value is not None:
            raw = f.value.encode("utf-8")
        else:
            text = (f.ind1 or " ")[0] + (f.ind2 or " ")[0]
            text += "".join(f"\x1f{c}{v}" for c, v in f.subfields)
            raw = text.encode("utf-8")
        raw += FIELD_END
        if len(raw) > 9999:
            raise ValueError(f"field {f.tag} is {len(raw)} bytes long; MARC21 allows 9999")
        directory.append(f"{f.tag:>03.3}{len(raw):04d}{offset:05d}".encode("ascii"))
        chunks.append(raw)
        offset += len(raw)
    base = 24 + 12 * len(directory) + 1
    total = base + offset + 1
    if total > 99999:
        raise ValueError(f"the record would be {total} bytes long; MARC21 allows 99999")
    lead = (record.leader + DEFAULT_LEADER[len(record.leader) :])[:24]
    lead = f"{total:05d}{lead[5:9]}a22{base:05d}{lead[17:20]}4500"
    return b"".join([lead.encode("ascii"), *directory, FIELD_END, *chunks, RECORD_END])


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """Remove control characters that would break the MARC structure (tabs/newlines kept)."""
    return CONTROL_CHARS.sub("", text)
