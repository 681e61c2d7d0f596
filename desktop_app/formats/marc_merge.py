"""A kept MARC record with the desk's changes merged in, for export.

:func:`merge_record` compares the title as the library has it now (a :class:`BookRecord`)
with what the kept record says (read by :func:`marc_map.raw_to_book`, compared as the import
stores it: spaces collapsed) and rewrites only the fields of what differs:

- title / subtitle: 245 $a $b (the indicators, $c and the rest kept);
- authors: 1XX/7XX rebuilt (a field whose name and role are unchanged is kept as it was);
- subjects: 6XX of removed subjects dropped, new ones added as 650 _4;
- ISBN (020 $a), edition (250 $a), publisher and year (260 if the record has a 260, else 264),
  series and number (8XX/440/490 $a $v), extent (300), links (856 $u);
- 952 items rebuilt from the copies; 005 set to the time of the export.

Every other field stays where and as it was; a new field goes before the first field with a
higher tag.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from .marc_map import (
    NAME_TAGS,
    ROLE_CODES,
    SUBJECT_TAGS,
    authors_of,
    copy_fields,
    raw_to_book,
    strip_isbd,
    subject_of,
)
from .marc_raw import MarcField, RawRecord, clean_text
from .records import AuthorCredit, BookRecord


def _norm(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _norm_list(values: list[str]) -> list[str]:
    return [v for v in (_norm(x) for x in values) if v]


def insert_in_order(fields: list[MarcField], new: MarcField) -> None:
    """Put ``new`` before the first field whose tag is higher than its own."""
    at = next((i for i, f in enumerate(fields) if f.tag > new.tag), len(fields))
    fields.insert(at, new)


def _field(tag: str, ind: str, *subs: tuple[str, str | None]) -> MarcField:
    return MarcField(tag, ind1=ind[0], ind2=ind[1], subfields=[(c, clean_text(v)) for c, v in subs if v])


def _set(field: MarcField, code: str, value: str | None) -> None:
    """Replace the first ``code`` subfield (the others of that code removed), or append it;
    None removes it. Punctuation is the caller's."""
    subs: list[tuple[str, str]] = []
    done = False
    for c, v in field.subfields:
        if c != code:
            subs.append((c, v))
        elif not done and value:
            subs.append((c, clean_text(value)))
            done = True
    if value and not done:
        subs.append((code, clean_text(value)))
    field.subfields = subs


def _ends(text: str, punct: str) -> str:
    """``text`` ending with ISBD ``punct`` (" :", " /", ".") before a following subfield."""
    base = strip_isbd(text) or text
    return base + punct if punct else base


def _title(fields: list[MarcField], book: BookRecord) -> None:
    f = next((x for x in fields if x.tag == "245"), None)
    if f is None:
        f = _field("245", "00")
        insert_in_order(fields, f)
    f.subfields = [(c, v) for c, v in f.subfields if c not in "np"]  # they were read into the title
    has_c = any(c == "c" for c, _ in f.subfields)
    _set(f, "a", _ends(book.title, " :" if book.subtitle else (" /" if has_c else "")))
    _set(f, "b", _ends(book.subtitle, " /" if has_c else "") if book.subtitle else None)
    subs = f.subfields
    a = next(i for i, (c, _) in enumerate(subs) if c == "a")
    b = next((i for i, (c, _) in enumerate(subs) if c == "b"), None)
    if b is not None and b != a + 1:  # $b belongs right after $a
        item = subs.pop(b)
        subs.insert(a + 1 if b > a else a, item)


def _new_name(tag: str, credit: AuthorCredit) -> MarcField:
    ind1 = "1" if "," in credit.name else "0"
    end = "" if credit.name.endswith((".", "-")) else "."
    if credit.role == "author":
        return _field(tag, ind1 + " ", ("a", credit.name + end))
    return _field(tag, ind1 + " ", ("a", credit.name + ","), ("e", credit.role + "."),
                  ("4", ROLE_CODES.get(credit.role, "ctb")))


def _authors_merge(fields: list[MarcField], book: BookRecord) -> None:
    """Rebuild the 1XX/7XX credits in the book's order, reusing unchanged fields."""
    old: list[tuple[MarcField, list[AuthorCredit]]] = []
    for f in fields:
        if f.tag in NAME_TAGS and not (f.tag.startswith("7") and f.get("t")):
            old.append((f, authors_of(RawRecord("", [f]), [])))
    first_1xx = next((i for i, f in enumerate(fields) if f in [o for o, _ in old] and f.tag.startswith("1")), None)
    first_7xx = next((i for i, f in enumerate(fields) if f in [o for o, _ in old] and f.tag.startswith("7")), None)
    ids = {id(f) for f, _ in old}
    # place markers: the positions of the first old 1XX and 7XX among the remaining fields
    kept: list[MarcField] = []
    pos_1xx = pos_7xx = None
    for i, f in enumerate(fields):
        if i == first_1xx:
            pos_1xx = len(kept)
        if i == first_7xx:
            pos_7xx = len(kept)
        if id(f) not in ids:
            kept.append(f)
    used: set[int] = set()
    new_fields: list[MarcField] = []
    for n, credit in enumerate(book.authors):
        main = n == 0 and credit.role == "author"
        reuse = next((f for f, credits in old if id(f) not in used and credit in credits), None)
        if reuse is not None:
            used.add(id(reuse))
            tag = ("1" if main else "7") + reuse.tag[1:]
            f = MarcField(tag, ind1=reuse.ind1, ind2=" " if tag.startswith("1") else reuse.ind2,
                          subfields=list(reuse.subfields))
        else:
            f = _new_name("100" if main else "700", credit)
        new_fields.append(f)
    mains = [f for f in new_fields if f.tag.startswith("1")]
    added = [f for f in new_fields if f.tag.startswith("7")]
    fields[:] = kept
    if mains:
        if pos_1xx is None:
            insert_in_order(fields, mains[0])
        else:
            fields.insert(pos_1xx, mains[0])
            if pos_7xx is not None and pos_7xx >= pos_1xx:
                pos_7xx += 1
    if pos_7xx is None:
        for f in added:
            insert_in_order(fields, f)
    else:
        fields[pos_7xx:pos_7xx] = added
    # the 245 first indicator says whether a main entry exists
    t245 = next((f for f in fields if f.tag == "245"), None)
    if t245 is not None:
        t245.ind1 = "1" if mains else "0"


def _subjects(fields: list[MarcField], book: BookRecord) -> None:
    wanted = _norm_list(book.subjects)
    have: list[str] = []
    out: list[MarcField] = []
    for f in fields:
        if f.tag in SUBJECT_TAGS:
            text = _norm(subject_of(f))
            if text not in wanted:
                continue  # removed at the desk
            have.append(text)
        out.append(f)
    fields[:] = out
    for subject in wanted:
        if subject not in have:
            head, *subdivisions = subject.split(" -- ")
            insert_in_order(fields, _field("650", " 4", ("a", head), *(("x", s) for s in subdivisions)))


def _isbn(fields: list[MarcField], book: BookRecord) -> None:
    f = next((x for x in fields if x.tag == "020" and x.get("a")), None)
    if book.isbn13 is None:
        if f is not None:
            fields.remove(f)
        return
    if f is None:
        insert_in_order(fields, _field("020", "  ", ("a", book.isbn13)))
    else:
        _set(f, "a", book.isbn13)


def _simple(fields: list[MarcField], tag: str, ind: str, code: str, value: str | None) -> None:
    f = next((x for x in fields if x.tag == tag), None)
    if not value:
        if f is not None:
            fields.remove(f)
        return
    if f is None:
        insert_in_order(fields, _field(tag, ind, (code, value)))
    else:
        _set(f, code, value)


def _publication(fields: list[MarcField], book: BookRecord) -> None:
    f = next((x for x in fields if x.tag == "260"), None)
    if f is None:
        f264 = [x for x in fields if x.tag == "264"]
        f = next((x for x in f264 if x.ind2 == "1"), None) or next(iter(f264), None)
    if f is None:
        if book.publisher or book.year is not None:
            insert_in_order(fields, _field("264", " 1", ("b", (book.publisher or "") + ("," if book.year else "")),
                                           ("c", str(book.year) if book.year is not None else None)))
        return
    _set(f, "b", (book.publisher + ("," if book.year is not None else "")) if book.publisher else None)
    _set(f, "c", f"{book.year}." if book.year is not None else None)


def _series_merge(fields: list[MarcField], book: BookRecord) -> None:
    f = next((x for tag in ("800", "810", "811", "830", "440", "490") for x in fields if x.tag == tag), None)
    if not book.series:
        for x in [x for x in fields if x.tag in ("440", "490", "800", "810", "811", "830")]:
            fields.remove(x)
        return
    if f is None:
        insert_in_order(fields, _field("490", "0 ", ("a", book.series + (" ;" if book.series_number else "")),
                                       ("v", book.series_number)))
        return
    code = "t" if f.tag in ("800", "810", "811") else "a"
    _set(f, code, book.series + (" ;" if book.series_number else ""))
    _set(f, "v", book.series_number)


def _extent_merge(fields: list[MarcField], book: BookRecord) -> None:
    f = next((x for x in fields if x.tag == "300"), None)
    if not book.extent:
        if f is not None:
            fields.remove(f)
        return
    new = _field("300", "  ", ("a", book.extent))
    if f is None:
        insert_in_order(fields, new)
    else:
        fields[fields.index(f)] = new


def _links_merge(fields: list[MarcField], book: BookRecord) -> None:
    wanted = list(book.links)
    out: list[MarcField] = []
    have: list[str] = []
    for f in fields:
        if f.tag == "856":
            urls = [u.strip() for u in f.get_all("u")]
            if urls and not any(u in wanted for u in urls):
                continue
            have.extend(urls)
        out.append(f)
    fields[:] = out
    for url in wanted:
        if url not in have:
            insert_in_order(fields, _field("856", "40", ("u", url)))


def merge_record(kept: RawRecord, book: BookRecord, *, now: datetime) -> RawRecord:
    """``kept`` with ``book``'s changes merged in (see the module docstring); a new record."""
    fields = [MarcField(f.tag, f.value, f.ind1, f.ind2, list(f.subfields)) for f in kept.fields if f.tag != "952"]
    was, _problems = raw_to_book(kept, source="", where="")
    if was is None:
        was = BookRecord(title="")
    checks: list[tuple[bool, Callable[[list[MarcField], BookRecord], None]]] = [
        (_norm(was.title) != _norm(book.title) or _norm(was.subtitle) != _norm(book.subtitle), _title),
        ([(_norm(a.name), a.role) for a in was.authors] != [(_norm(a.name), a.role) for a in book.authors],
         _authors_merge),
        (_norm_list(was.subjects) != _norm_list(book.subjects), _subjects),
        ((was.isbn13 or None) != (book.isbn13 or None), _isbn),
        (_norm(was.edition) != _norm(book.edition), lambda fs, b: _simple(fs, "250", "  ", "a", b.edition)),
        (_norm(was.publisher) != _norm(book.publisher) or was.year != book.year, _publication),
        ((_norm(was.series), _norm(was.series_number)) != (_norm(book.series), _norm(book.series_number)),
         _series_merge),
        (_norm(was.extent) != _norm(book.extent), _extent_merge),
        (_norm_list(was.links) != _norm_list(book.links), _links_merge),
    ]
    for changed, apply in checks:
        if changed:
            apply(fields, book)
    stamp = MarcField("005", value=f"{now:%Y%m%d%H%M%S}.0")
    f005 = next((i for i, f in enumerate(fields) if f.tag == "005"), None)
    if f005 is None:
        insert_in_order(fields, stamp)
    else:
        fields[f005] = stamp
    for f in copy_fields(book):
        fields.append(f)
    return RawRecord(kept.leader, fields)

