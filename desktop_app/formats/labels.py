"""Printable PDF sheets: spine/barcode labels for copies and member cards (reportlab).

Positions on a sheet count from 0, left to right then top to bottom. ``skip`` leaves the first
positions of the first page empty so a partly used sheet can go through the printer again.
Text uses a Unicode TrueType font found on the computer (DejaVu Sans, Liberation Sans, Arial,
Noto Sans), so names such as "Kovač" or "Łukasz" print as written. Without one, the PDF base
font Helvetica is used and letters it cannot show are printed without their accents
("Kovac") rather than as empty boxes.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.formats.code128 import code128_modules, code128_values

__all__ = [
    "SHEETS", "CARD_SHEETS", "LabelSheet", "MemberCard", "SpineLabel", "code128_modules",
    "code128_values", "draw_labels", "draw_member_cards", "label_origin", "barcode_box",
]

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
BASE_FONTS = ("Helvetica", "Helvetica-Bold")
# (regular, bold) TrueType files, first found wins.
FONT_FILES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
    (r"C:\Windows\Fonts\arial.ttf", r"C:\Windows\Fonts\arialbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)
_fonts_chosen = False


def _choose_fonts() -> None:
    """Register the first Unicode TrueType pair found (once); else keep Helvetica."""
    global FONT, BOLD, _fonts_chosen
    if _fonts_chosen:
        return
    _fonts_chosen = True
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in FONT_FILES:
        if os.path.isfile(regular) and os.path.isfile(bold):
            try:
                pdfmetrics.registerFont(TTFont("LabelSans", regular))
                pdfmetrics.registerFont(TTFont("LabelSans-Bold", bold))
            except Exception:  # noqa: BLE001 - a damaged or unsupported font file: try the next
                continue
            FONT, BOLD = "LabelSans", "LabelSans-Bold"
            return


def fonts() -> tuple[str, str]:
    """The (regular, bold) font names to draw with: a Unicode TrueType pair when one is found."""
    _choose_fonts()
    return FONT, BOLD


def printable(text: str, font: str) -> str:
    """``text`` as ``font`` can show it (see ``_printable``)."""
    return _printable(text, font)


def _printable(text: str, font: str) -> str:
    """``text`` as the font can show it: unchanged for a TrueType font; for the base fonts,
    characters outside Windows-1252 lose their accents (or become '?')."""
    if font not in BASE_FONTS:
        return text
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base and base.isascii() else {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                                               "ı": "i", "ß": "ss"}.get(ch, "?"))
    return "".join(out)


MAX_BAR = 0.5 * mm
QUIET_MODULES = 10


@dataclass(frozen=True, slots=True)
class LabelSheet:
    """Geometry of a sheet of labels, all lengths in PDF points (1/72 inch)."""

    name: str
    page_width: float
    page_height: float
    margin_top: float
    margin_left: float
    rows: int
    columns: int
    label_width: float
    label_height: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        """Labels on one page."""
        return self.rows * self.columns


@dataclass(frozen=True, slots=True)
class SpineLabel:
    """What goes on one copy label."""

    barcode: str
    short_title: str
    call_number: str | None = None


@dataclass(frozen=True, slots=True)
class MemberCard:
    """What goes on one member card."""

    name: str
    card_number: str
    library_name: str
    expires: date | None = None


A4 = (210 * mm, 297 * mm)
LETTER = (8.5 * inch, 11 * inch)
SHEETS: dict[str, LabelSheet] = {
    "A4-3x8": LabelSheet("A4-3x8", *A4, 0, 0, 8, 3, 70 * mm, 37.125 * mm),
    "Letter-3x10": LabelSheet(
        "Letter-3x10", *LETTER, 0.5 * inch, 0.1875 * inch, 10, 3, 2.625 * inch, 1 * inch,
        gap_x=0.125 * inch,
    ),
}
CARD_SHEETS: dict[str, LabelSheet] = {
    "A4-CR80-2x5": LabelSheet(
        "A4-CR80-2x5", *A4, 7.55 * mm, 16.9 * mm, 5, 2, 85.6 * mm, 53.98 * mm,
        gap_x=5 * mm, gap_y=3 * mm,
    ),
}


def label_origin(sheet: LabelSheet, position: int) -> tuple[float, float]:
    """Bottom-left corner (points, PDF coordinates) of label ``position`` on a page."""
    row, col = divmod(position % sheet.per_page, sheet.columns)
    x = sheet.margin_left + col * (sheet.label_width + sheet.gap_x)
    top = sheet.page_height - sheet.margin_top - row * (sheet.label_height + sheet.gap_y)
    return x, top - sheet.label_height


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width``."""
    text = _printable(text, font)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def barcode_box(width: float, height: float, text: str) -> tuple[float, float]:
    """(bar width, total symbol width) for ``text`` fitted into ``width`` with quiet zones."""
    modules = len(code128_modules(text)) + 2 * QUIET_MODULES
    bar = min(MAX_BAR, width / modules)
    return bar, bar * (modules - 2 * QUIET_MODULES)


def _draw_barcode(canvas: Canvas, text: str, x: float, y: float, width: float,
                  height: float) -> None:
    """Code 128 centred in the box (x, y, width, height), number printed under the bars."""
    number_size = max(5.0, min(8.0, height * 0.22))
    bar, symbol_width = barcode_box(width, height, text)
    bars_height = height - number_size - 1
    symbol = Code128(text, barWidth=bar, barHeight=bars_height, quiet=0, humanReadable=0)
    left = x + (width - symbol.width) / 2
    symbol.drawOn(canvas, left, y + number_size + 1)
    canvas.setFont(FONT, number_size)
    canvas.drawCentredString(x + width / 2, y + 0.5, text)


def _pages(path: str | os.PathLike[str], items: list, sheet: LabelSheet, skip: int,
           draw_one) -> int:
    if not 0 <= skip < sheet.per_page:
        raise ValueError(f"skip must be between 0 and {sheet.per_page - 1} for {sheet.name}")
    _choose_fonts()
    canvas = Canvas(os.fspath(path), pagesize=(sheet.page_width, sheet.page_height))
    pages = 0
    for n, item in enumerate(items):
        position = n + skip
        if position % sheet.per_page == 0 and n > 0:
            canvas.showPage()
        pages = position // sheet.per_page + 1
        x, y = label_origin(sheet, position)
        draw_one(canvas, item, x, y)
    if not items:
        pages = 1
    canvas.showPage()
    canvas.save()
    return pages


def draw_labels(path: str | os.PathLike[str], labels: list[SpineLabel], *,
                sheet: LabelSheet = SHEETS["A4-3x8"], skip: int = 0) -> int:
    """Write a PDF of copy labels (title, call number, Code 128 barcode); return page count."""

    def one(canvas: Canvas, label: SpineLabel, x: float, y: float) -> None:
        pad = min(2.5 * mm, sheet.label_height * 0.08)
        width = sheet.label_width - 2 * pad
        title_size = max(6.0, min(9.0, sheet.label_height * 0.09))
        call_size = title_size + 1
        top = y + sheet.label_height - pad
        canvas.setFont(FONT, title_size)
        canvas.drawString(x + pad, top - title_size, _fit(label.short_title, FONT, title_size, width))
        lines = title_size + 1
        if label.call_number:
            canvas.setFont(BOLD, call_size)
            canvas.drawString(x + pad, top - lines - call_size,
                              _fit(label.call_number, BOLD, call_size, width))
            lines += call_size + 1
        _draw_barcode(canvas, label.barcode, x + pad, y + pad, width,
                      sheet.label_height - 2 * pad - lines - 1)

    return _pages(path, labels, sheet, skip, one)


def draw_member_cards(path: str | os.PathLike[str], cards: list[MemberCard], *,
                      sheet: LabelSheet = CARD_SHEETS["A4-CR80-2x5"], skip: int = 0) -> int:
    """Write a PDF of member cards with cutting outlines; return the page count."""

    def one(canvas: Canvas, card: MemberCard, x: float, y: float) -> None:
        pad = 4 * mm
        width = sheet.label_width - 2 * pad
        canvas.setLineWidth(0.3)
        canvas.roundRect(x, y, sheet.label_width, sheet.label_height, 3 * mm, stroke=1, fill=0)
        top = y + sheet.label_height - pad
        canvas.setFont(BOLD, 9)
        canvas.drawString(x + pad, top - 9, _fit(card.library_name, BOLD, 9, width))
        canvas.setFont(BOLD, 12)
        canvas.drawString(x + pad, top - 25, _fit(card.name, BOLD, 12, width))
        canvas.setFont(FONT, 8)
        line = f"Card {card.card_number}"
        if card.expires:
            line += f"   Expires {card.expires.day} {card.expires:%b %Y}"
        canvas.drawString(x + pad, top - 37, _fit(line, FONT, 8, width))
        _draw_barcode(canvas, card.card_number, x + pad, y + pad, width, 16 * mm)

    return _pages(path, cards, sheet, skip, one)
