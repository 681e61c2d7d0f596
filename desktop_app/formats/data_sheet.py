"""A document of tables as an A4 PDF (reportlab): a title, a line under it, then sections,
each a heading and a table whose rows wrap and continue on the next page with the column
titles repeated. Used for a member's data export. Text uses the Unicode font the labels use
(``labels._choose_fonts``), so names print as written."""

from __future__ import annotations

import os
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import labels

Section = tuple[str, Sequence[str], Sequence[Sequence[str]]]
MARGIN = 15 * mm


def _styles() -> dict[str, ParagraphStyle]:
    labels._choose_fonts()
    font, bold = labels.FONT, labels.BOLD
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=2),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=9, leading=12, textColor=colors.grey, spaceAfter=8),
        "head": ParagraphStyle("head", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=8, leading=10),
        "th": ParagraphStyle("th", fontName=bold, fontSize=8, leading=10),
        "none": ParagraphStyle("none", fontName=font, fontSize=9, leading=12, textColor=colors.grey),
    }


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    shown = labels._printable(text, style.fontName)
    return Paragraph(escape(shown).replace("\n", "<br/>"), style)


def _widths(columns: Sequence[str], rows: Sequence[Sequence[str]], width: float) -> list[float]:
    """Column widths in proportion to their longest text (capped, so a long note wraps)."""
    weights = [max(min(max(len(str(r[i])) for r in rows), 40), len(columns[i]) * 1.2) + 4
               for i in range(len(columns))]
    return [width * w / sum(weights) for w in weights]


def write_sheet(path: str | os.PathLike[str], title: str, subtitle: str, sections: Sequence[Section]) -> int:
    """Write the PDF; returns its page count."""
    st = _styles()
    width = A4[0] - 2 * MARGIN
    story: list[object] = [_para(title, st["title"]), _para(subtitle, st["sub"])]
    for heading, columns, rows in sections:
        story.append(_para(heading, st["head"]))
        if not rows:
            story.append(_para("None.", st["none"]))
            continue
        data = [[_para(c, st["th"]) for c in columns]] + [[_para(str(v), st["cell"]) for v in row] for row in rows]
        table = Table(data, colWidths=_widths(columns, rows, width), repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.75, 0.75, 0.75)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        story.append(table)
        story.append(Spacer(1, 2 * mm))
    pages = [0]

    def count(canvas: object, _doc: object) -> None:
        pages[0] += 1

    doc = SimpleDocTemplate(os.fspath(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=title)
    doc.build(story, onFirstPage=count, onLaterPages=count)
    return pages[0]
