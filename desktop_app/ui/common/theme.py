"""Look of the program: follows the system's light or dark palette (Qt 6 does), adds the
three status colours of the desk in shades readable on both, and a few sizes.

``status_colors(kind)`` returns (background, foreground) for "done", "attention", "refused"
chosen from the current palette's lightness so text contrast stays above 4.5:1.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

DONE, ATTENTION, REFUSED, INFO = "done", "attention", "refused", "info"

_LIGHT = {
    DONE: ("#d7f0dc", "#0b4619"),
    ATTENTION: ("#ffe8b3", "#5a3b00"),
    REFUSED: ("#f8d3d3", "#6b0f0f"),
    INFO: ("#e3e8ef", "#1d2733"),
}
_DARK = {
    DONE: ("#1f4a2a", "#d6f5dd"),
    ATTENTION: ("#5a4310", "#ffefc7"),
    REFUSED: ("#5c1f1f", "#ffdcdc"),
    INFO: ("#2c3440", "#e3e8ef"),
}

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def status_colors(kind: str) -> tuple[QColor, QColor]:
    """(background, text) colours for a status kind on the current palette."""
    table = _DARK if is_dark() else _LIGHT
    bg, fg = table.get(kind, table[INFO])
    return QColor(bg), QColor(fg)


def status_style(kind: str, *, size_pt: int | None = None, bold: bool = True) -> str:
    """A style sheet fragment painting a label in a status colour."""
    bg, fg = status_colors(kind)
    size = f"font-size: {size_pt}pt;" if size_pt else ""
    weight = "font-weight: 600;" if bold else ""
    return (f"background-color: {bg.name()}; color: {fg.name()}; border-radius: 6px; padding: 6px 10px; "
            f"{size}{weight}")


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


def app_icon() -> QIcon:
    """The program's icon: an open book drawn at several sizes (no asset files needed)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_book_pixmap(size))
    return icon


def _book_pixmap(size: int) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5fa8"))
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    for left in (True, False):
        path = QPainterPath()
        x0, x1 = (32 * s, 12 * s) if left else (32 * s, 52 * s)
        path.moveTo(x0, 20 * s)
        path.quadTo((x0 + x1) / 2, 15 * s, x1, 17 * s)
        path.lineTo(x1, 47 * s)
        path.quadTo((x0 + x1) / 2, 45 * s, x0, 50 * s)
        path.closeSubpath()
        p.setBrush(QColor("#ffffff"))
        p.drawPath(path)
    p.setBrush(QColor("#f2b632"))
    p.drawRect(QRectF(40 * s, 17 * s, 5 * s, 16 * s))
    p.end()
    return pix


def apply_theme(app: QApplication) -> None:
    """Program-wide look: Fusion style keeps the palette's light/dark colours everywhere."""
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
