"""Catalogue and members in and out: import, export, labels and member cards.

The one module the GUI and the command line import for these features::

    report = import_file(services, actor, path, fmt=None, mode="skip", dry_run=False,
                         keep_good=False, report_path=None, mapping=None,
                         progress=None, cancel=None)          # -> ImportReport
    result = export(services, actor, kind, path, progress=None)  # -> ExportResult
    labels = choose_copies(services, barcodes=[...] | barcode_range=(a, b) | search="..." |
                           new=True, since=date_or_datetime)  # -> list[SpineLabel]
    print_labels(services, actor, pdf_path, labels, sheet="A4-3x8", skip=0)  # -> PrintResult
    cards = choose_members(services, cards=[...] | category="adult" | everyone=True)
    print_cards(services, actor, pdf_path, cards, sheet="A4-CR80-2x5", skip=0)

Long work (import, export) must run off the GUI thread; ``progress`` callbacks are called
from that thread, and ``cancel`` (a ``threading.Event``) may be set from any thread.
"""

from __future__ import annotations

from ...formats.labels import CARD_SHEETS, SHEETS, MemberCard, SpineLabel
from .export import EXPORT_KINDS, ExportResult, export
from .importing import FORMATS, detect_format, import_file
from .labels import PrintResult, choose_copies, choose_members, print_cards, print_labels
from .report import ImportReport, RecordOutcome

LABEL_SHEETS = tuple(SHEETS)
MEMBER_CARD_SHEETS = tuple(CARD_SHEETS)

__all__ = [
    "EXPORT_KINDS", "FORMATS", "LABEL_SHEETS", "MEMBER_CARD_SHEETS", "ExportResult", "ImportReport",
    "MemberCard", "PrintResult", "RecordOutcome", "SpineLabel", "choose_copies", "choose_members",
    "detect_format", "export", "import_file", "print_cards", "print_labels",
]
