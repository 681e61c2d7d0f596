"""Printed notices: one letter a page (A4 or US Letter), for members without an email address.

Each page has the library's name and address at the top, the member's name and postal address
where a window envelope shows it, the date, the subject in bold and the body wrapped to the page.
A body too long for one page goes on over the next page of the same letter."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .labels import fonts, printable

PAPERS = {"A4": A4, "Letter": LETTER}


@dataclass(frozen=True)
class Letter:
    library_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    date_line: str
    subject: str
    body: str


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (words longer than a line are cut)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words, line = paragraph.split(), ""
        if not words:
            lines.append("")
            continue
        for word in words:
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut])
                word = word[cut:]
            trial = f"{line} {word}" if line else word
            if stringWidth(trial, font, size) <= width:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def draw_letters(path: str | os.PathLike[str], letters: Sequence[Letter], *, paper: str = "A4") -> int:
    """Write ``letters`` to a PDF at ``path``; returns the number of pages."""
    if paper not in PAPERS:
        raise ValueError(f"Unknown paper {paper!r} (A4 or Letter)")
    regular, bold = fonts()
    width, height = PAPERS[paper]
    margin, size, leading = 22 * mm, 11.0, 15.0
    canvas = Canvas(os.fspath(path), pagesize=(width, height))
    canvas.setTitle("Notices")
    pages = 0
    for letter in letters:
        y = height - margin
        canvas.setFont(bold, 13)
        for i, line in enumerate(letter.library_lines):
            canvas.setFont(bold if i == 0 else regular, 13 if i == 0 else 9.5)
            canvas.drawString(margin, y, printable(line, bold if i == 0 else regular))
            y -= 16 if i == 0 else 12
        y = height - 55 * mm  # the address window of a DL envelope
        canvas.setFont(regular, size)
        for line in letter.recipient_lines:
            canvas.drawString(margin, y, printable(line, regular))
            y -= leading
        y = min(y, height - 95 * mm) - leading
        canvas.drawRightString(width - margin, y, printable(letter.date_line, regular))
        y -= 2 * leading
        canvas.setFont(bold, 12)
        for line in wrap(letter.subject, bold, 12, width - 2 * margin):
            canvas.drawString(margin, y, printable(line, bold))
            y -= leading
        y -= leading / 2
        canvas.setFont(regular, size)
        for line in wrap(letter.body, regular, size, width - 2 * margin):
            if y < margin:
                canvas.showPage()
                pages += 1
                canvas.setFont(regular, size)
                y = height - margin
            canvas.drawString(margin, y, printable(line, regular))
            y -= leading
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
