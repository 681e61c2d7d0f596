"""Import a MARC21, MARCXML or CSV file into the library: the whole file in ONE transaction.

Contract of :func:`import_file`:

- librarians and admins only (``PermissionDenied`` otherwise); a missing file raises
  ``NotFound``; a wrong argument ``InvalidInput``. Everything wrong *inside* the file is
  reported, never raised: the returned :class:`ImportReport` says how it ended (``status``).
- All or nothing by default: if any record is bad, the transaction is rolled back and the
  library is exactly as before (status "rolled_back"). ``keep_good=True`` imports the good
  records and leaves the bad ones to the report. ``dry_run=True`` does every step, then rolls
  back (status "dry_run"). A cancel (``cancel`` is a ``threading.Event`` or a callable returning
  True) rolls back too (status "cancelled"). A file that cannot be read at all: "failed".
- ``progress(done_bytes, total_bytes, records)`` is called from the importing thread about ten
  times a second and once at the end.
- ``report_path``: the problems are written there as CSV (whatever the status).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ...domain.errors import InvalidInput, NotFound
from ...domain.values import Role
from ...formats.csv_read import BOOK_COLUMNS, MEMBER_COLUMNS, read_books_csv, read_members_csv
from ...formats.csv_sniff import CsvSource, match_columns
from ...formats.marc_read import read_marc
from ...formats.records import BookRecord, FormatError, MemberRecord, Problem
from ..library import Actor, HasLibrary, Library, library_of, require
from ..transaction import action
from .books import BookImporter
from .members import MemberImporter
from .report import ImportCancelled, ImportReport, RollbackRequested

FORMATS = ("marc", "marcxml", "csv-books", "csv-members")
Progress = Callable[[int, int, int], None]
Cancel = threading.Event | Callable[[], bool] | None
NOT_A_FILE_AFTER = 100  # stop when this many records were read and not one was good
_MARC_SUFFIXES = {".mrc", ".marc", ".iso", ".iso2709", ".dat", ".out"}


def detect_format(path: str | os.PathLike[str]) -> str:
    """Guess the format from the first bytes (and the name): "marcxml" for XML, "marc" for an
    ISO 2709 stream, else a CSV of books or of members by its header row."""
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(4096)
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n\x00")
    suffix = path.suffix.lower()
    if body.startswith(b"<") or (not body and suffix == ".xml"):
        return "marcxml"
    if (body[:5].isdigit() and b"\x1e" in head) or suffix in _MARC_SUFFIXES:
        return "marc"
    if not body:
        return "csv-books" if suffix in (".csv", ".tsv", ".txt", ".tab") else "marc"
    source = CsvSource(path)
    try:
        headers = next(source.rows(), (0, []))[1]
    except FormatError:
        return "csv-books"
    finally:
        source.close()
    if "title" in match_columns(headers, BOOK_COLUMNS, None, source=path.name):
        return "csv-books"
    members = match_columns(headers, MEMBER_COLUMNS, None, source=path.name)
    return "csv-members" if {"first_name", "last_name", "name"} & members.keys() else "csv-books"


def _open(path: Path, fmt: str, mapping: Mapping[str, str] | None) -> Any:
    if fmt in ("marc", "marcxml"):
        if mapping:
            raise InvalidInput("A column mapping applies to CSV files only", field="mapping")
        return read_marc(path, fmt="marcxml" if fmt == "marcxml" else "marc")
    reader = read_books_csv if fmt == "csv-books" else read_members_csv
    try:
        return reader(path, mapping=mapping)
    except ValueError as exc:  # an unknown field name in the mapping
        if isinstance(exc, FormatError):
            raise
        raise InvalidInput(str(exc), field="mapping") from exc


def _friendly(problem: Problem) -> Problem:
    """Reword the csv module's technical messages."""
    if "field larger than field limit" in problem.reason:
        reason = ("a cell is longer than 131,072 characters (is a quote never closed?); "
                  "reading stopped here")
        return Problem(problem.source, problem.where, problem.field, reason, problem.severity)
    return problem


def _items(reader: Any) -> Iterator[BookRecord | MemberRecord | Problem]:
    """The reader's items; a break in the middle of the file ends them with an error problem."""
    while True:
        try:
            item = next(reader)
        except StopIteration:
            return
        except FormatError as exc:
            yield _friendly(exc.problem)
            return
        yield item


def _stopper(cancel: Cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def _read(reader: Any, importer: BookImporter | MemberImporter, report: ImportReport,
          progress: Progress | None, stop: Callable[[], bool]) -> None:
    good = seen = 0  # records queued for writing / records read (good and bad)
    last = time.monotonic()
    for n, item in enumerate(_items(reader), 1):
        if isinstance(item, Problem):
            report.add_problem(item)
            if item.severity == "error" and not item.where:
                report.status, report.message = "failed", str(item)
            elif item.severity == "error":
                report.add(item.where, "bad", summary="(the record could not be read)")
                seen += 1
        else:
            good += importer.add(item)  # type: ignore[arg-type]  # the reader of the importer's kind gives its records
            seen += 1
        if n % 64 == 0:
            if stop():
                raise ImportCancelled()
            if progress and time.monotonic() - last >= 0.1:
                last = time.monotonic()
                progress(reader.position, reader.size, seen)
        if good == 0 and report.records >= NOT_A_FILE_AFTER:
            report.status = "failed"
            report.message = (f"{report.file}: none of the first {report.records} records could be read, "
                              "so this does not look like a file of that format; reading stopped")
            return
    importer.finish()
    if stop():
        raise ImportCancelled()
    report.bytes_read = reader.size
    if progress:
        progress(reader.size, reader.size, report.records)


def import_file(target: Library | HasLibrary, actor: Actor, path: str | os.PathLike[str], *, fmt: str | None = None,
                mode: str = "skip", dry_run: bool = False, keep_good: bool = False,
                report_path: str | os.PathLike[str] | None = None, mapping: Mapping[str, str] | None = None,
                progress: Progress | None = None, cancel: Cancel = None) -> ImportReport:
    """Import ``path`` (see the module docstring). ``target``: ``Services`` or a ``Library``.
    ``fmt``: one of :data:`FORMATS` or None to detect; ``mode``: "skip" or "update"."""
    lib = library_of(target)
    require(actor, Role.LIBRARIAN, "import records")
    if mode not in ("skip", "update"):
        raise InvalidInput(f"Unknown duplicate mode {mode!r}; use 'skip' or 'update'", field="mode")
    if fmt is not None and fmt not in FORMATS:
        raise InvalidInput(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}", field="format")
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"There is no file {path}")
    started = time.monotonic()
    fmt = fmt or detect_format(path)
    report = ImportReport(file=path.name, fmt=fmt, kind="members" if fmt == "csv-members" else "books",
                          mode=mode, dry_run=dry_run, keep_good=keep_good)
    try:
        reader = _open(path, fmt, mapping)
    except FormatError as exc:
        report.add_problem(exc.problem)
        report.status, report.message = "failed", str(exc)
        return _finish(report, started, report_path)
    try:
        _transaction(lib, actor, reader, report, mode=mode, progress=progress, stop=_stopper(cancel))
    except ImportCancelled:
        report.status = "cancelled"
        report.message = "The import was cancelled; the library is as it was before."
    finally:
        reader.close()
    return _finish(report, started, report_path)


def _transaction(lib: Library, actor: Actor, reader: Any, report: ImportReport, *, mode: str,
                 progress: Progress | None, stop: Callable[[], bool]) -> None:
    try:
        with action(lib, actor) as tx:
            s = tx.s
            if report.kind == "members":
                importer: BookImporter | MemberImporter = MemberImporter(tx, report, mode=mode, source=report.file)
            else:
                importer = BookImporter(tx, report, mode=mode, source=report.file)
            _read(reader, importer, report, progress, stop)
            bad = report.counts.get("bad", 0)
            if report.status == "failed":
                raise RollbackRequested()
            if bad and not report.keep_good:
                first = next((str(p) for p in report.problems if p.severity == "error"), "")
                outcome = "a real import would import nothing" if report.dry_run else "nothing was imported"
                report.message = (f"{bad:,} record(s) could not be imported, so {outcome} "
                                  f"(all or nothing). First: {first}. Fix them, or import the good "
                                  "records only.")
                if not report.dry_run:
                    report.status = "rolled_back"
                    raise RollbackRequested()
            if report.dry_run:
                report.status = "dry_run"
                raise RollbackRequested()
            lib.audit(s, actor, "import", report.kind, None, file=report.file, format=report.fmt,
                      mode=mode, keep_good=report.keep_good, copies_new=report.copies_new,
                      copies_updated=report.copies_updated, problems=report.problems_total,
                      **{k: report.counts.get(k, 0) for k in ("new", "updated", "duplicate", "bad")})
            report.status = "imported"
    except RollbackRequested:
        pass


def _finish(report: ImportReport, started: float, report_path: str | os.PathLike[str] | None) -> ImportReport:
    report.seconds = time.monotonic() - started
    if report_path is not None:
        report.write_report(report_path)
    return report
