"""Labels and member cards from a real library: choosing copies (new ones, a range, a search,
explicit barcodes) and members (cards, a category, everyone), and PDFs whose barcodes scan
back to the chosen numbers (rendered with pdftoppm and decoded bar by bar)."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_app.formats.labels import CARD_SHEETS, SHEETS
from desktop_app.services import Actor, Services
from desktop_app.services.interchange import (
    choose_copies,
    choose_members,
    print_cards,
    print_labels,
)

READER_DIR = Path(__file__).resolve().parents[1] / "unit" / "formats"


def scanner():  # type: ignore[no-untyped-def]
    """The label scanner of the formats tests (render, then decode Code 128 from pixels)."""
    if str(READER_DIR) not in sys.path:
        sys.path.insert(0, str(READER_DIR))
    return importlib.import_module("test_formats_labels")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (Debian package poppler-utils) is needed to read the PDFs")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def shelf(make_book, clock):  # type: ignore[no-untyped-def]
    """Yesterday: Dune (2 copies), Emma (1); today: Dune Messiah (2), Persuasion (1)."""
    clock.advance(-1)
    _, old_dune = make_book("Dune", copies=2, authors=["Herbert, Frank"], call_number="813 HER")
    _, old_emma = make_book("Emma", copies=1, authors=["Austen, Jane"])
    clock.advance(1)
    _, messiah = make_book("Dune Messiah", copies=2, authors=["Herbert, Frank"], call_number="813 HER")
    _, persuasion = make_book("Persuasion: a novel of manners and of the sea, in three volumes", copies=1)
    return {"old": old_dune + old_emma, "new": messiah + persuasion, "dune": old_dune, "messiah": messiah}


def test_choosing_copies(services: Services, shelf: dict[str, list[str]], clock) -> None:  # type: ignore[no-untyped-def]
    new = choose_copies(services, new=True)
    assert [label.barcode for label in new] == sorted(shelf["new"])
    everything = choose_copies(services, since=clock.day.replace(day=clock.day.day - 1))
    assert len(everything) == 6
    found = choose_copies(services, search="dune")
    assert {label.barcode for label in found} == set(shelf["dune"] + shelf["messiah"])
    low, high = sorted(shelf["old"])[1], sorted(shelf["new"])[0]
    ranged = choose_copies(services, barcode_range=(low, high))
    assert [label.barcode for label in ranged] == [b for b in sorted(shelf["old"] + shelf["new"]) if low <= b <= high]
    chosen = choose_copies(services, barcodes=[shelf["messiah"][1], shelf["dune"][0].lower()])
    assert [label.barcode for label in chosen] == [shelf["messiah"][1], shelf["dune"][0]]
    assert chosen[0].call_number == "813 HER" and chosen[0].short_title == "Dune Messiah"
    long = next(label for label in new if label.short_title.startswith("Persuasion"))
    assert long.short_title.endswith("…") and len(long.short_title) == 40
    with pytest.raises(NotFound, match="No copy has the barcode NOPE"):
        choose_copies(services, barcodes=["nope"])
    with pytest.raises(InvalidInput):
        choose_copies(services, barcode_range=(high, low))
    with pytest.raises(InvalidInput):
        choose_copies(services, search="x", new=True)
    with pytest.raises(NotFound):
        choose_copies(services, search="zzzzqqq")


def test_label_pdf_scans_back(services: Services, desk: Actor, shelf: dict[str, list[str]],
                              tmp_path: Path) -> None:
    labels = choose_copies(services, new=True)
    sheet = SHEETS["Letter-3x10"]
    pdf = tmp_path / "labels.pdf"
    result = print_labels(services, desk, pdf, labels, sheet="Letter-3x10", skip=sheet.per_page - 1)
    assert (result.items, result.pages) == (3, 2)
    text = pdf_text(pdf)
    assert "Dune Messiah" in text and "813 HER" in text
    scan = scanner()
    first, second = scan.render(pdf, 1, tmp_path), scan.render(pdf, 2, tmp_path)
    assert scan.scan_label(first, sheet, sheet.per_page - 1) == labels[0].barcode
    assert [scan.scan_label(second, sheet, n) for n in (0, 1)] == [labels[1].barcode, labels[2].barcode]
    with pytest.raises(InvalidInput):
        print_labels(services, desk, pdf, labels, sheet="A5-1x1")
    with pytest.raises(InvalidInput):
        print_labels(services, desk, pdf, labels, skip=24)


def test_member_cards(services: Services, desk: Actor, make_member, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ana = make_member("Ana", "Ruiz")
    zoe = make_member("Zoë", "Dvořák", category="child")
    bob = make_member("Bob", "Stone", category="child")
    assert [c.name for c in choose_members(services, category="Child")] == ["Zoë Dvořák", "Bob Stone"]
    assert len(choose_members(services, everyone=True)) == 3
    cards = choose_members(services, cards=[bob, ana])
    assert [c.card_number for c in cards] == [bob, ana] and cards[0].library_name == "Test Library"
    pdf = tmp_path / "cards.pdf"
    assert print_cards(services, desk, pdf, cards, skip=1).pages == 1
    text = pdf_text(pdf)
    assert "Test Library" in text and "Bob Stone" in text and f"Card {ana}" in text
    scan = scanner()
    image = scan.render(pdf, 1, tmp_path)
    assert [scan.scan_label(image, CARD_SHEETS["A4-CR80-2x5"], n) for n in (1, 2)] == [bob, ana]
    with pytest.raises(InvalidInput, match="Unknown member category 'pensioner'"):
        choose_members(services, category="pensioner")
    with pytest.raises(NotFound):
        choose_members(services, cards=[zoe, "99999"])


def test_printing_needs_a_staff_account(services: Services, shelf: dict[str, list[str]], tmp_path: Path) -> None:
    from desktop_app.domain.values import Role

    member = Actor(username="ana", role=Role.MEMBER, member_id=1)
    with pytest.raises(PermissionDenied):
        print_labels(services, member, tmp_path / "x.pdf", choose_copies(services, new=True))


def test_a_barcode_code_128_cannot_carry_is_refused_by_name(services: Services, desk: Actor,
                                                             make_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_book("Ærø", copies=["ÆRØ-1"])
    labels = choose_copies(services, barcodes=["ÆRØ-1"])
    with pytest.raises(InvalidInput, match="Cannot print a barcode for ÆRØ-1"):
        print_labels(services, desk, tmp_path / "x.pdf", labels)
