"""Names print as written on cards and labels: a Unicode TrueType font when the computer has
one, else Helvetica with accents dropped (never empty boxes)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop_app.formats import labels


def test_base_font_fallback_drops_accents_it_cannot_show() -> None:
    assert labels._printable("Kovač Łukasz Müller", "Helvetica") == "Kovac Lukasz Müller"
    assert labels._printable("Kovač", "LabelSans") == "Kovač"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_central_european_names_are_in_the_card_pdf(tmp_path: Path) -> None:
    if not any(Path(regular).is_file() for regular, _bold in labels.FONT_FILES):
        pytest.skip("no Unicode TrueType font on this computer")
    pdf = tmp_path / "cards.pdf"
    cards = [labels.MemberCard(name="Kai Kovač", card_number="20000000222", library_name="Biblioteka Łódź",
                               expires=date(2027, 4, 28))]
    labels.draw_member_cards(pdf, cards)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kai Kovač" in text
    assert "Biblioteka Łódź" in text
