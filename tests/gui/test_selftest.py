"""The self-test: in-process it passes and writes a real screenshot; in a process whose Qt finds
no fonts it fails and says why (the case of a bundle missing its fonts)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app.ui.shell.selftest import glyph_problems, ink_ratio, run_self_test


def test_self_test_passes_and_writes_a_screenshot_with_content(qapp, tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    out = io.StringIO()
    assert run_self_test(png, out=out) == 0, out.getvalue()
    text = out.getvalue()
    assert "self-test passed" in text and "logged in through the login window" in text
    image = QImage(str(png))
    assert image.width() >= 800 and image.height() >= 600
    assert ink_ratio(image) > 0.02


def test_glyph_check_tells_distinct_letters_apart(qapp) -> None:
    assert glyph_problems(qapp.font()) == []


def test_ink_ratio_of_a_blank_image_is_zero(qapp) -> None:
    blank = QImage(200, 100, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    assert ink_ratio(blank) == 0.0


def test_self_test_fails_with_a_reason_when_no_font_can_be_found(tmp_path: Path) -> None:
    """Qt pointed at an empty font folder (as a bundle without fonts on a bare system): the text
    check must fail instead of passing on empty boxes."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><dir>{empty}</dir><cachedir>{tmp_path}</cachedir></fontconfig>")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QPA_FONTDIR": str(empty), "FONTCONFIG_FILE": str(conf)}
    done = subprocess.run([sys.executable, "-c", "import sys; from desktop_app.ui.shell.selftest import run_self_test; "
                           "sys.exit(run_self_test())"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED" in done.stdout
    assert any(reason in done.stdout for reason in ("look identical", "drew nothing", "no fonts were found"))
