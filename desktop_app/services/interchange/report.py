"""What an import did (or would do): per-record outcomes, problems, counts, the report file.

An :class:`ImportReport` is returned by every import, whatever happened. ``status`` says how
it ended; ``problems`` name the file, the record or line, the field and the reason (the first
:data:`MAX_PROBLEMS` are kept, ``problems_total`` counts all); ``outcomes`` hold one entry per
record read, in file order.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from ...formats.csv_write import CsvWriter
from ...formats.records import Problem

Outcome = Literal["new", "updated", "duplicate", "bad"]
Status = Literal["imported", "dry_run", "rolled_back", "cancelled", "failed"]
MAX_PROBLEMS = 10_000
OUTCOME_WORDS = {"new": "new", "updated": "updated", "duplicate": "duplicates skipped", "bad": "bad"}


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """What happened to one record: ``where`` ("record 3", "line 7"), ``outcome``, ``label``
    (title or member name, for people to recognise it), ``summary`` (the raw record in short,
    written to the report file for bad records)."""

    where: str
    outcome: Outcome
    label: str = ""
    summary: str = ""


@dataclass
class ImportReport:
    """The result of one import. ``kind`` is "books" or "members".

    Counts: ``counts[outcome]`` over records; ``copies_new`` / ``copies_updated`` /
    ``copies_duplicate`` over copies (holdings). ``committed`` is True only when the changes
    were written (status "imported").
    """

    file: str
    fmt: str
    kind: str
    mode: str
    dry_run: bool
    keep_good: bool
    status: Status = "imported"
    outcomes: list[RecordOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    problems_total: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    copies_new: int = 0
    copies_updated: int = 0
    copies_duplicate: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    message: str = ""
    report_path: str | None = None

    @property
    def committed(self) -> bool:
        """True when the library was changed by this import."""
        return self.status == "imported"

    @property
    def errors(self) -> list[Problem]:
        """Kept problems that stopped a record (not warnings)."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def records(self) -> int:
        """Records read (good and bad)."""
        return sum(self.counts.values())

    def add_problem(self, problem: Problem) -> None:
        self.problems_total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def add(self, where: str, outcome: Outcome, label: str = "", summary: str = "") -> None:
        self.outcomes.append(RecordOutcome(where, outcome, label, summary))
        self.counts[outcome] += 1

    def summary(self) -> str:
        """One paragraph for people: what happened, the counts, the first problem."""
        counts = ", ".join(f"{self.counts.get(k, 0):,} {w}" for k, w in OUTCOME_WORDS.items())
        if self.status in ("rolled_back", "cancelled", "failed"):
            good = self.records - self.counts.get("bad", 0)
            counts = f"{self.records:,} records read, {good:,} good, {self.counts.get('bad', 0):,} bad"
        elif self.status == "dry_run":
            counts = "would be " + counts
        what = {"imported": "Imported", "dry_run": "Dry run (nothing was changed)",
                "rolled_back": "Nothing was imported", "cancelled": "Cancelled: nothing was imported",
                "failed": "Nothing was imported"}[self.status]
        text = f"{what}: {self.file} ({self.kind}): {counts}"
        if self.kind == "books" and (self.copies_new or self.copies_updated or self.copies_duplicate):
            text += (f"; copies: {self.copies_new:,} new, {self.copies_updated:,} updated, "
                     f"{self.copies_duplicate:,} duplicates skipped")
        text += "."
        if self.message:
            text += f" {self.message}"
        if self.problems_total:
            text += f" {self.problems_total:,} problem(s)"
            if self.report_path:
                text += f", listed in {os.path.basename(self.report_path)}"
            text += "."
        return text

    def write_report(self, path: str | os.PathLike[str]) -> str:
        """Write the problems as CSV (where, field, reason, severity, record summary)."""
        summaries = {o.where: o.summary for o in self.outcomes if o.outcome == "bad"}
        columns = ["file", "where", "field", "reason", "severity", "record"]
        with CsvWriter(path, columns) as writer:
            for p in self.problems:
                writer.write({"file": p.source, "where": p.where, "field": p.field, "reason": p.reason,
                              "severity": p.severity, "record": summaries.get(p.where, "")})
        self.report_path = os.fspath(path)
        return self.report_path


class ImportCancelled(Exception):
    """Raised inside the import transaction to roll it back when the person cancels."""


class RollbackRequested(Exception):
    """Raised inside the import transaction to roll it back (dry run, bad records)."""
