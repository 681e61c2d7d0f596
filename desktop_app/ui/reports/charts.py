"""A small bar chart drawn with QPainter (QtCharts lives in pyside6-addons, which the
program does not ship). Vertical bars for a series over time, horizontal bars for a ranking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Bars for ``(label, value)`` pairs. ``horizontal`` ranks (labels on the left, longest bar
    on top); otherwise bars stand on a time axis and every ``label_every``-th label is drawn."""

    def __init__(self, title: str, *, horizontal: bool = False, label_every: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.label_every = max(1, label_every)
        self.points: list[tuple[str, int]] = []
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_points(self, points: Sequence[tuple[str, int]]) -> None:
        self.points = list(points)
        total = sum(v for _, v in self.points)
        self.setAccessibleDescription(f"{self.title}: {len(self.points)} bars, total {total}; "
                                      + ", ".join(f"{label} {value}" for label, value in self.points[:40]))
        self.setToolTip("\n".join(f"{label}: {value}" for label, value in self.points))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        bar = pal.color(QPalette.ColorRole.Highlight)
        grid = QColor(text)
        grid.setAlpha(50)
        fm = QFontMetrics(self.font())
        line = fm.height()
        area = QRectF(self.rect()).adjusted(8, 4, -8, -6)
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text)
        p.drawText(area.adjusted(0, 0, 0, -area.height() + line + 2), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        area.adjust(0, line + 8, 0, 0)
        if not self.points or max(v for _, v in self.points) == 0:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, "Nothing yet")
            p.end()
            return
        top = max(v for _, v in self.points)
        if self.horizontal:
            self._horizontal(p, area, fm, top, bar, text)
        else:
            self._vertical(p, area, fm, top, bar, text, grid)
        p.end()

    def _vertical(self, p: QPainter, area: QRectF, fm: QFontMetrics, top: int, bar: QColor, text: QColor,
                  grid: QColor) -> None:
        line = fm.height()
        axis_w = fm.horizontalAdvance(str(top)) + 6
        plot = area.adjusted(axis_w, 0, 0, -(line + 4))
        p.setPen(grid)
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        p.setPen(text)
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.drawText(QRectF(area.left(), y - line / 2, axis_w - 4, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{top * frac:g}")
        slot = plot.width() / len(self.points)
        for i, (label, value) in enumerate(self.points):
            h = plot.height() * value / top
            x = plot.left() + i * slot
            p.fillRect(QRectF(x + slot * 0.15, plot.bottom() - h, slot * 0.7, h), bar)
            if i % self.label_every == 0:
                p.drawText(QRectF(x - slot, plot.bottom() + 2, slot * 3, line), Qt.AlignmentFlag.AlignHCenter, label)

    def _horizontal(self, p: QPainter, area: QRectF, fm: QFontMetrics, top: int, bar: QColor, text: QColor) -> None:
        row_h = min(area.height() / len(self.points), fm.height() * 1.8)
        label_w = min(area.width() * 0.45, max(fm.horizontalAdvance(label) for label, _ in self.points) + 8)
        value_w = fm.horizontalAdvance(str(top)) + 8
        plot_w = area.width() - label_w - value_w
        p.setPen(text)
        for i, (label, value) in enumerate(self.points):
            y = area.top() + i * row_h
            cell = QRectF(area.left(), y, label_w - 6, row_h)
            p.drawText(cell, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(cell.width())))
            w = plot_w * value / top
            p.fillRect(QRectF(area.left() + label_w, y + row_h * 0.2, w, row_h * 0.6), bar)
            p.drawText(QRectF(area.left() + label_w + w + 4, y, value_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))
