"""Mapping between MARC21 bibliographic fields and :class:`BookRecord` (both directions).

Read side (:func:`raw_to_book`): 020 ISBN, 100/110/700/710 contributors, 245 title, 250
edition, 260/264 publisher and year, 830/490 series, 650/651/655 subjects, 008/041 language,
082/090/050 call number, 520 description, Koha 942 $c item type (else the leader), Koha 952 and
standard 852 holdings. Write side
(:func:`book_to_raw`) produces the same fields so that reading back gives an equal record.
"""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.values import ItemType
from desktop_app.formats.isbn import InvalidIsbn, normalize_isbn
from desktop_app.formats.marc_raw import MarcField, RawRecord, clean_text
from desktop_app.formats.records import AuthorCredit, BookRecord, CopyRecord, Problem, role_for

ROLE_CODES = {"author": "aut", "editor": "edt", "illustrator": "ill", "translator": "trl", "narrator": "nrt",
               "contributor": "ctb"}
NAME_TAGS = ("100", "110", "111", "700", "710", "711")
SUBJECT_TAGS = ("600", "610", "611", "630", "648", "650", "651", "655")
_SUBDIVISIONS = "vxyz"
_NOT_TEXT = "0123456789e"  # authority links, relators, thesaurus, linkage: not part of a heading
_SERIES_VOLUME = re.compile(r"^(?:v|vol|no|nr|bd|t|tome|book)\.?\s*(?=\d)", re.IGNORECASE)
# Leader/06 (type of record) and, for a serial, leader/07 "s" (bibliographic level).
_TYPE_BY_LEADER = {
    "a": ItemType.BOOK, "t": ItemType.BOOK, "i": ItemType.AUDIOBOOK, "j": ItemType.MUSIC, "g": ItemType.DVD,
    "k": ItemType.OTHER, "e": ItemType.MAP, "f": ItemType.MAP, "c": ItemType.SCORE, "d": ItemType.SCORE,
    "m": ItemType.SOFTWARE, "o": ItemType.KIT, "p": ItemType.KIT, "r": ItemType.OTHER,
}
_LEADER_BY_TYPE = {
    ItemType.BOOK: "am", ItemType.EBOOK: "am", ItemType.AUDIOBOOK: "im", ItemType.MUSIC: "jm", ItemType.DVD: "gm",
    ItemType.MAGAZINE: "as", ItemType.MAP: "em", ItemType.SCORE: "cm", ItemType.SOFTWARE: "mm",
    ItemType.GAME: "rm", ItemType.KIT: "om", ItemType.OTHER: "rm",
}
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_ISBN_TOKEN = re.compile(r"[0-9Xx][0-9Xx\- ]{8,}[0-9Xx]")
_STATUS_SUBFIELDS = (("0", "withdrawn"), ("1", "lost"), ("4", "damaged"), ("7", "not_for_loan"))
_TRAILING = " /:;,=."


def strip_isbd(text: str | None) -> str | None:
    """Drop trailing ISBD punctuation (" /", " :", ";", ",", "=", final "."), keep initials.

    A final full stop after a one-letter word ("Brown, Martin C.") or an ellipsis is kept.
    """
    if text is None:
        return None
    text = text.strip()
    while text and text[-1] in _TRAILING:
        if text[-1] == ".":
            words = text[:-1].split()
            if text.endswith("...") or (words and len(words[-1].strip(".")) == 1):
                break
        text = text[:-1].rstrip()
    return text or None


def _roles(field: MarcField, warn: list[tuple[str, str]], name: str) -> list[str]:
    """The roles of a name field from its $e terms and $4 codes, in order, each once. A term
    or code Library Desk does not know credits the name as contributor and is reported (the
    kept record keeps it as given)."""
    found: list[str] = []
    # $e is the relator term, but of a meeting (X11) it is a subordinate unit and $j the term
    terms = field.get_all("j" if field.tag.endswith("11") else "e") + field.get_all("4")
    if not terms:
        return ["author"]
    for raw in terms:
        word = raw.strip().strip(".,;: ").lower()
        if not word:
            continue
        role = role_for(word)
        if role is None:
            role = "contributor"
            warn.append((field.tag, f"{name}: the relator {raw.strip().strip('.,;: ')!r} is not a role Library "
                                    "Desk knows; credited as contributor (the kept record has it as given)"))
        if role not in found:
            found.append(role)
    if len(found) > 1 and "contributor" in found:
        found.remove("contributor")  # "editor, cover designer": the known role is enough
    return found or ["author"]


def authors_of(raw: RawRecord, warn: list[tuple[str, str]]) -> list[AuthorCredit]:
    credits: list[AuthorCredit] = []
    for f in raw.get_fields(*NAME_TAGS):
        if f.tag.startswith("7") and f.get("t"):
            continue  # name/title entry for a work contained in the item, not a credit
        name = f.get("a")
        if f.tag[1:] in ("10", "11") and name:
            name = ". ".join(p for p in (strip_isbd(s) for s in f.get_all("a") + f.get_all("b")) if p)
        name = strip_isbd(name)
        if not name:
            continue
        for role in _roles(f, warn, name):
            credit = AuthorCredit(name, role)
            if credit not in credits:
                credits.append(credit)
    return credits


def subject_of(field: MarcField) -> str | None:
    head = [v.strip() for c, v in field.subfields if c not in _SUBDIVISIONS and c not in _NOT_TEXT]
    rest = [strip_isbd(v) for c, v in field.subfields if c in _SUBDIVISIONS]
    text = " -- ".join(p for p in [strip_isbd(" ".join(h for h in head if h)), *rest] if p)
    return text or None


def _series(raw: RawRecord) -> tuple[str | None, str | None]:
    """(series, number in it) from 8XX or 440 (controlled), else 490."""
    for tag in ("800", "810", "811", "830", "440", "490"):
        f = raw.first(tag)
        if f is None:
            continue
        name = f.get("t") if tag in ("800", "810", "811") else f.get("a")
        name = strip_isbd(name)
        if not name:
            continue
        vol = strip_isbd(f.get("v"))
        if vol and vol.endswith(".") and vol[:-1].rstrip()[-1:].isdigit():
            vol = vol[:-1].rstrip()  # "1." is a number, not an initial
        return name, (_SERIES_VOLUME.sub("", vol) or vol) if vol else None
    return None, None


def _extent(raw: RawRecord) -> str | None:
    f = raw.first("300")
    if f is None:
        return None
    text = " ".join(v.strip() for c, v in f.subfields if c in "abcef" and v.strip())
    return strip_isbd(text)


def _links(raw: RawRecord) -> list[str]:
    links: list[str] = []
    for f in raw.get_fields("856"):
        for url in f.get_all("u"):
            url = url.strip()
            if url.lower().startswith(("http://", "https://", "ftp://")) and " " not in url and ";" not in url \
                    and url not in links:
                links.append(url)
    return links


def control_number(raw: RawRecord) -> str | None:
    """"003 001" of ``raw`` ("DLC 2001012345"), the 001 alone, or None."""
    f001, f003 = raw.first("001"), raw.first("003")
    number = (f001.value or "").strip() if f001 else ""
    if not number:
        return None
    agency = (f003.value or "").strip() if f003 else ""
    return (f"{agency} {number}" if agency else number)[:80]


def _call_number(raw: RawRecord) -> str | None:
    for tag in ("092", "082", "090", "050"):
        f = raw.first(tag)
        if f and f.get("a"):
            text = f.get("a") or ""
            if tag in ("082", "092"):
                text = text.replace("/", "").replace("'", "")
            if tag in ("050", "090") and f.get("b"):
                text = f"{text} {f.get('b')}"
            return text.strip() or None
    return None


def _language(raw: RawRecord) -> str | None:
    f008 = raw.first("008")
    if f008 and f008.value and len(f008.value) >= 38:
        code = f008.value[35:38].lower()
        if code.isalpha() and code != "und":
            return code
    f041 = raw.first("041")
    if f041 and f041.get("a"):
        code = (f041.get("a") or "")[:3].lower()
        if len(code) == 3 and code.isalpha() and code != "und":
            return code
    return None


def _price_cents(text: str) -> int | None:
    match = re.search(r"\d+(?:[.,]\d{1,2})?", text.replace(" ", ""))
    if not match:
        return None
    whole, _, frac = match.group().replace(",", ".").partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def _copies(raw: RawRecord, warn: list[tuple[str, str]]) -> list[CopyRecord]:
    copies: list[CopyRecord] = []
    for f in raw.get_fields("952", "852"):
        barcode = (f.get("p") or "").strip()
        if not barcode:
            warn.append((f.tag, "a copy without a barcode ($p) was skipped"))
            continue
        notes = "; ".join(v for v in f.get_all("x") + f.get_all("z") if v.strip()) or None
        if f.tag == "852":
            call = " ".join(v for v in (f.get("h"), f.get("i")) if v) or None
            copies.append(CopyRecord(barcode, call, f.get("c") or f.get("b"), notes=notes))
            continue
        status = next((s for code, s in _STATUS_SUBFIELDS if (f.get(code) or "0") not in ("0", "")), None)
        price = None
        if f.get("g"):
            price = _price_cents(f.get("g") or "")
            if price is None:
                warn.append(("952", f"price {f.get('g')!r} of copy {barcode} is not a number"))
        acquired = None
        if f.get("d"):
            try:
                acquired = date.fromisoformat((f.get("d") or "").strip()[:10])
            except ValueError:
                warn.append(("952", f"date acquired {f.get('d')!r} of copy {barcode} is not YYYY-MM-DD"))
        copies.append(CopyRecord(barcode, f.get("o"), f.get("c"), status, price, acquired, notes))
    return copies


def raw_to_book(raw: RawRecord, *, source: str, where: str) -> tuple[BookRecord | None, list[Problem]]:
    """Map one record; return (book or None, problems). No book means an error problem."""
    t245 = raw.first("245")
    title = strip_isbd(t245.get("a")) if t245 else None
    if t245 and title:
        parts = [strip_isbd(v) for c, v in t245.subfields if c in "np"]
        title = ". ".join([title, *(p for p in parts if p)])
    if not title:
        return None, [Problem(source, where, "245", "the record has no title (field 245 $a)")]
    warn: list[tuple[str, str]] = []
    book = BookRecord(title=title, source_ref=where)
    book.subtitle = strip_isbd(t245.get("b")) if t245 else None
    bad_isbns: list[str] = []
    for f in raw.get_fields("020"):
        for value in f.get_all("a"):
            token = _ISBN_TOKEN.search(value)
            try:
                book.isbn13, book.isbn10 = normalize_isbn(token.group() if token else value)
                break
            except InvalidIsbn as exc:
                bad_isbns.append(str(exc))
        if book.isbn13:
            break
    if not book.isbn13 and bad_isbns:
        warn.append(("020", bad_isbns[0]))
    book.authors = authors_of(raw, warn)
    f250 = raw.first("250")
    # an edition statement's final full stop usually ends an abbreviation ("2nd ed."): kept
    book.edition = ((f250.get("a") or "").strip().rstrip(" /:;,=").strip() or None) if f250 else None
    f264 = raw.get_fields("264")
    pub = raw.first("260") or next((f for f in f264 if f.ind2 == "1"), None) or next(iter(f264), None)
    if pub:
        book.publisher = strip_isbd(pub.get("b"))
        year = _YEAR.search(" ".join(pub.get_all("c")))
        book.year = int(year.group(1)) if year else None
    f008 = raw.first("008")
    if book.year is None and f008 and f008.value and f008.value[7:11].isdigit():
        book.year = int(f008.value[7:11])
    book.series, book.series_number = _series(raw)
    book.extent = _extent(raw)
    book.links = _links(raw)
    book.control_number = control_number(raw)
    for f in raw.get_fields(*SUBJECT_TAGS):
        subject = subject_of(f)
        if subject and subject not in book.subjects:
            book.subjects.append(subject)
    book.language = _language(raw)
    book.call_number = _call_number(raw)
    notes = [v.strip() for f in raw.get_fields("520") for v in f.get_all("a") if v.strip()]
    book.description = "\n\n".join(notes) or None
    kind = _TYPE_BY_LEADER.get(raw.leader[6:7], ItemType.BOOK)
    if kind is ItemType.BOOK and raw.leader[7:8] == "s":
        kind = ItemType.MAGAZINE
    f942 = raw.first("942")  # Koha's item type of the record ($c), as we also write it
    code = (f942.get("c") or "").strip() if f942 else ""
    if code:
        named = ItemType.parse(code)
        if named is None:
            warn.append(("942", f"item type {code!r} is not one Library Desk knows; kept the record's "
                                f"type from its leader ({kind.value})"))
        kind = named or kind
    book.item_type = kind.value
    book.copies = _copies(raw, warn)
    return book, [Problem(source, where, tag, why, "warning") for tag, why in warn]


def _df(tag: str, ind: str, *subs: tuple[str, str | None]) -> MarcField:
    pairs = [(c, clean_text(v)) for c, v in subs if v]
    return MarcField(tag, ind1=ind[0], ind2=ind[1], subfields=pairs)


def copy_fields(book: BookRecord) -> list[MarcField]:
    """The copies of ``book`` as Koha 952 items ($p barcode, $o call number, $c location,
    $g price, $d acquired, $x notes, and the status subfields)."""
    fields = []
    for copy in book.copies:
        price = f"{copy.price_cents // 100}.{copy.price_cents % 100:02d}" if copy.price_cents is not None else None
        status = [(code, "1") for code, name in _STATUS_SUBFIELDS if name == copy.status]
        fields.append(_df(
            "952", "  ", ("p", copy.barcode), ("o", copy.call_number), ("c", copy.location),
            ("g", price), ("d", copy.acquired.isoformat() if copy.acquired else None),
            ("x", copy.notes), *status,
        ))
    return fields


def book_to_raw(book: BookRecord, *, today: date | None = None) -> RawRecord:
    """Build MARC fields for ``book`` (copies as Koha 952); inverse of :func:`raw_to_book`."""
    today = today or date.today()
    kind = _LEADER_BY_TYPE[ItemType.parse(book.item_type) or ItemType.OTHER]
    lang = (book.language or "und")[:3].ljust(3)
    year = f"{book.year:04d}" if book.year is not None and 0 <= book.year <= 9999 else "    "
    f008 = f"{today:%y%m%d}{'s' if year.strip() else 'n'}{year}    xx " + " " * 17 + f"{lang} d"
    fields = [MarcField("008", value=f008)]
    if book.isbn13:
        fields.append(_df("020", "  ", ("a", book.isbn13)))
    if book.call_number:
        fields.append(_df("090", "  ", ("a", book.call_number)))
    credits = list(book.authors)
    if credits and credits[0].role == "author":
        fields.append(_df("100", "1 ", ("a", credits[0].name), ("e", "author"), ("4", "aut")))
        credits = credits[1:]
    t245 = [("a", book.title + (" :" if book.subtitle else "")), ("b", book.subtitle)]
    fields.append(_df("245", ("1" if fields[-1].tag == "100" else "0") + "0", *t245))
    if book.edition:
        fields.append(_df("250", "  ", ("a", book.edition)))
    if book.publisher or book.year is not None:
        fields.append(_df("264", " 1", ("b", book.publisher), ("c", year.strip() or None)))
    if book.extent:
        fields.append(_df("300", "  ", ("a", book.extent)))
    if book.series:
        fields.append(_df("490", "0 ", ("a", book.series + (" ;" if book.series_number else "")),
                          ("v", book.series_number)))
    if book.description:
        fields.append(_df("520", "  ", ("a", book.description)))
    for subject in book.subjects:
        head, *subdivisions = subject.split(" -- ")
        fields.append(_df("650", " 4", ("a", head), *(("x", s) for s in subdivisions)))
    for credit in credits:
        code = ROLE_CODES.get(credit.role, "aut")
        fields.append(_df("700", "1 ", ("a", credit.name), ("e", credit.role), ("4", code)))
    for link in book.links:
        fields.append(_df("856", "40", ("u", link)))
    fields.extend(copy_fields(book))
    if book.item_type:
        fields.append(_df("942", "  ", ("c", book.item_type)))
    return RawRecord(f"00000n{kind} a2200000 u 4500", fields)
