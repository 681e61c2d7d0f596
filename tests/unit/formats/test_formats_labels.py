"""Labels and member cards: page counts, and barcodes that scan back to the right number."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from formats_barcode_reader import decode_runs, runs_from_modules, runs_from_pixels
from PIL import Image
from reportlab.graphics.barcode.code128 import Code128

from desktop_app.formats.code128 import WIDTHS
from desktop_app.formats.labels import (
    CARD_SHEETS,
    SHEETS,
    LabelSheet,
    MemberCard,
    SpineLabel,
    code128_modules,
    code128_values,
    draw_labels,
    draw_member_cards,
    label_origin,
)

DPI = 300


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def render(pdf: Path, page: int, tmp_path: Path) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (Debian package poppler-utils) is needed to check printed barcodes")
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", str(page), "-l", str(page),
                    str(pdf), str(prefix)], check=True)
    (png,) = tmp_path.glob(f"page{page}-*.png")
    return Image.open(png).convert("L")


def scan_label(image: Image.Image, sheet: LabelSheet, position: int) -> str:
    """Decode the first scanline (from the bottom) of the label that is a valid Code 128."""
    scale = DPI / 72
    x, y = label_origin(sheet, position)
    left, right = int(x * scale) + 2, int((x + sheet.label_width) * scale) - 2
    bottom = int((sheet.page_height - y) * scale) - 2
    top = int((sheet.page_height - y - sheet.label_height) * scale) + 2
    for row in range(bottom, top, -3):
        pixels = image.crop((left, row, right, row + 1)).tobytes()
        runs = runs_from_pixels(pixels)
        if len(runs) < 13:
            continue
        try:
            return decode_runs(runs)
        except (ValueError, KeyError):
            continue
    raise AssertionError(f"no readable barcode on label {position}")


def test_width_table_is_consistent() -> None:
    assert len(WIDTHS) == 107 and len(set(WIDTHS)) == 107
    assert all(sum(map(int, w)) == 11 for w in WIDTHS[:106]) and sum(map(int, WIDTHS[106])) == 13


@pytest.mark.parametrize("text", ["31000042", "12", "123", "7", "LD-0042 x~", "Hello World"])
def test_modules_decode_and_checksum(text: str) -> None:
    assert decode_runs(runs_from_modules(code128_modules(text))) == text


def test_known_encoding() -> None:
    # Start C, 31, 00, 00, 42, checksum (105 + 31 + 0 + 0 + 4*42) % 103 = 98, stop
    assert code128_values("31000042") == [105, 31, 0, 0, 42, 98, 106]
    assert code128_modules("12").startswith("11010011100")  # start C: 211232


@pytest.mark.parametrize("text", ["31000042", "20000017", "LIB-Ab cd~"])
def test_modules_match_what_reportlab_draws(text: str) -> None:
    symbol = Code128(text, barWidth=1, barHeight=10, quiet=0, humanReadable=0)
    symbol.validate()
    symbol.encode()
    elements = symbol.decompose()  # letters A-D = width 1-4; upper case bar, lower case space
    drawn = "".join(("1" if e.isupper() else "0") * ("abcd".index(e.lower()) + 1) for e in elements)
    assert drawn == code128_modules(text)


def test_refuses_non_ascii() -> None:
    with pytest.raises(ValueError, match="not printable ASCII"):
        code128_modules("Łódź")


@pytest.mark.parametrize(("count", "skip", "sheet", "pages"), [
    (30, 5, "A4-3x8", 2), (24, 0, "A4-3x8", 1), (25, 0, "A4-3x8", 2), (19, 5, "A4-3x8", 1),
    (49, 0, "A4-3x8", 3), (30, 0, "Letter-3x10", 1), (31, 29, "Letter-3x10", 2), (32, 29, "Letter-3x10", 3),
    (0, 0, "A4-3x8", 1),
])
def test_page_count(tmp_path: Path, count: int, skip: int, sheet: str, pages: int) -> None:
    labels = [SpineLabel(f"3100{i:04d}", f"Title {i}", "823 TOL") for i in range(count)]
    pdf = tmp_path / "labels.pdf"
    assert draw_labels(pdf, labels, sheet=SHEETS[sheet], skip=skip) == pages
    assert page_count(pdf) == pages


def test_skip_out_of_range(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="skip must be between 0 and 23"):
        draw_labels(tmp_path / "x.pdf", [], skip=24)


@pytest.mark.parametrize("sheet_name", ["A4-3x8", "Letter-3x10"])
def test_printed_barcodes_scan_back(tmp_path: Path, sheet_name: str) -> None:
    sheet = SHEETS[sheet_name]
    texts = ["31000001", "31000042", "LD-7", "1234567", "31009999"]
    labels = [SpineLabel(t, "A title far too long to fit on one small spine label, surely", "823.912 TOL")
              for t in texts]
    pdf = tmp_path / "labels.pdf"
    draw_labels(pdf, labels, sheet=sheet, skip=sheet.per_page - 2)
    first, second = render(pdf, 1, tmp_path), render(pdf, 2, tmp_path)
    assert scan_label(first, sheet, sheet.per_page - 2) == texts[0]
    assert scan_label(first, sheet, sheet.per_page - 1) == texts[1]
    assert [scan_label(second, sheet, n) for n in range(3)] == texts[2:]


def test_member_cards_scan_back(tmp_path: Path) -> None:
    sheet = CARD_SHEETS["A4-CR80-2x5"]
    cards = [MemberCard("Ana Ruiz Álvarez", f"2000001{n}", "Village Library", date(2027, 6, 30))
             for n in range(3)]
    pdf = tmp_path / "cards.pdf"
    assert draw_member_cards(pdf, cards, skip=1) == 1
    image = render(pdf, 1, tmp_path)
    assert [scan_label(image, sheet, n) for n in (1, 2, 3)] == ["20000010", "20000011", "20000012"]
