"""A small bar chart drawn with QPainter (QtCharts lives in pyside6-addons, which the
program does not ship). Vertical bars for a series over time, horizontal bars for a ranking.

Where everything goes is computed first (``chart_layout``, no painting) and then drawn, so a
test can check it: every number (axis ticks such as "26.5", the value beside each bar) is
measured with the font's metrics and gets the room it needs, inside the widget; a text that
cannot have that room (a long title in a narrow chart) is elided, never cut.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common.i18n import number_text, tr

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
MARGINS = (8.0, 4.0, 8.0, 6.0)  # left, top, right, bottom


@dataclass(frozen=True)
class Label:
    text: str
    rect: QRectF
    align: Qt.AlignmentFlag = LEFT


@dataclass
class ChartLayout:
    """What ``BarChart`` draws: the title, the bars, the grid lines (their y) and every
    other text (ticks, labels under or beside the bars, values)."""

    title: Label
    bars: list[QRectF] = field(default_factory=list)
    grid: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x from, x to)
    labels: list[Label] = field(default_factory=list)

    def texts(self) -> list[Label]:
        return [self.title, *self.labels]


def value_text(value: float) -> str:
    """A number as the chart shows it: whole numbers plain, others with one decimal."""
    return number_text(int(value)) if float(value).is_integer() else number_text(value, 1)


def _width(fm: QFontMetricsF, text: str) -> float:
    """The room ``text`` needs, rounded up to whole pixels plus one (antialiasing spills)."""
    return math.ceil(fm.horizontalAdvance(text)) + 1.0


def _fitted(fm: QFontMetricsF, text: str, width: float) -> str:
    return text if _width(fm, text) <= width else fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width - 1))


def chart_layout(bounds: QRectF, title: str, points: Sequence[tuple[str, int]], *, horizontal: bool,
                 label_every: int, fm: QFontMetricsF, title_fm: QFontMetricsF) -> ChartLayout:
    """Where the chart of ``points`` goes in ``bounds`` with the fonts measured by ``fm`` (its
    texts) and ``title_fm`` (its title). Every label's rect lies inside ``bounds`` and is at
    least as wide as its text."""
    left, top, right, bottom = MARGINS
    area = bounds.adjusted(left, top, -right, -bottom)
    title_h = math.ceil(title_fm.height())
    chart = ChartLayout(Label(_fitted(title_fm, title, area.width()), QRectF(area.left(), area.top(), area.width(),
                                                                            title_h)))
    area.adjust(0, title_h + 8, 0, 0)
    if not points or max(v for _, v in points) <= 0:
        chart.labels.append(Label(_fitted(fm, tr("Nothing yet"), area.width()), QRectF(area), CENTRE))
        return chart
    if horizontal:
        _ranking(chart, area, points, fm)
    else:
        _series(chart, area, points, max(1, label_every), fm)
    return chart


def _series(chart: ChartLayout, area: QRectF, points: Sequence[tuple[str, int]], every: int,
            fm: QFontMetricsF) -> None:
    """Vertical bars over time: ticks 0, half and top on the left, labels under the bars."""
    line = math.ceil(fm.height())
    top = max(v for _, v in points)
    ticks = [(frac, value_text(top * frac)) for frac in (0.0, 0.5, 1.0)]
    axis_w = max(_width(fm, text) for _, text in ticks) + 6
    plot = area.adjusted(axis_w, line / 2, 0, -(line + 4))
    for frac, text in ticks:
        y = plot.bottom() - frac * plot.height()
        chart.grid.append((y, plot.left(), plot.right()))
        box_top = min(max(area.top(), y - line / 2), area.bottom() - line)
        chart.labels.append(Label(text, QRectF(area.left(), box_top, axis_w - 4, line), RIGHT))
    slot = plot.width() / len(points)
    shown_until = -math.inf
    for i, (label, value) in enumerate(points):
        h = plot.height() * value / top
        x = plot.left() + i * slot
        chart.bars.append(QRectF(x + slot * 0.15, plot.bottom() - h, slot * 0.7, h))
        if i % every:
            continue
        text = _fitted(fm, label, area.width())
        w = _width(fm, text)
        box_left = min(max(plot.left() - 2, x + slot / 2 - w / 2), area.right() - w)
        if box_left < shown_until + 4:  # it would run into the label before it
            continue
        chart.labels.append(Label(text, QRectF(box_left, plot.bottom() + 2, w, line), CENTRE))
        shown_until = box_left + w


def _ranking(chart: ChartLayout, area: QRectF, points: Sequence[tuple[str, int]], fm: QFontMetricsF) -> None:
    """Horizontal bars, largest on top: the names on the left (elided), each value after its bar."""
    line = math.ceil(fm.height())
    points = points[:max(1, int(area.height() // line))]  # as many rows as have a line's height
    row_h = max(float(line), min(area.height() / len(points), line * 1.8))
    top = max(v for _, v in points)
    value_w = max(_width(fm, value_text(v)) for _, v in points) + 4
    label_w = min(area.width() * 0.45, max(_width(fm, label) for label, _ in points) + 6)
    label_w = max(0.0, min(label_w, area.width() - value_w - 4))
    plot_w = max(0.0, area.width() - label_w - value_w - 4)
    for i, (label, value) in enumerate(points):
        y = area.top() + i * row_h
        if label_w > 6:
            cell = QRectF(area.left(), y, label_w - 6, row_h)
            chart.labels.append(Label(_fitted(fm, label, cell.width()), cell, RIGHT))
        w = plot_w * value / top
        chart.bars.append(QRectF(area.left() + label_w, y + row_h * 0.2, w, row_h * 0.6))
        chart.labels.append(Label(value_text(value), QRectF(area.left() + label_w + w + 4, y, value_w, row_h), LEFT))


class BarChart(QWidget):
    """Bars for ``(label, value)`` pairs. ``horizontal`` ranks (labels on the left, longest bar
    on top); otherwise bars stand on a time axis and every ``label_every``-th label is drawn.
    ``last_layout`` is what the last paint drew."""

    def __init__(self, title: str, *, horizontal: bool = False, label_every: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.label_every = max(1, label_every)
        self.points: list[tuple[str, int]] = []
        self.last_layout: ChartLayout | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_points(self, points: Sequence[tuple[str, int]]) -> None:
        self.points = list(points)
        total = sum(v for _, v in self.points)
        listed = ", ".join(f"{label} {value_text(value)}" for label, value in self.points[:40])
        self.setAccessibleDescription(tr("{chart}: {bars} bars, total {total}; {values}").format(
            chart=self.title, bars=number_text(len(self.points)), total=value_text(total), values=listed))
        self.setToolTip("\n".join(tr("{label}: {value}").format(label=label, value=value_text(value))
                                  for label, value in self.points))
        self.update()

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def layout_for(self, bounds: QRectF) -> ChartLayout:
        return chart_layout(bounds, self.title, self.points, horizontal=self.horizontal,
                            label_every=self.label_every, fm=QFontMetricsF(self.font()),
                            title_fm=QFontMetricsF(self.title_font()))

    def paintEvent(self, event: QPaintEvent) -> None:
        chart = self.last_layout = self.layout_for(QRectF(self.rect()))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        bar = pal.color(QPalette.ColorRole.Highlight)
        grid = QColor(text)
        grid.setAlpha(50)
        p.setPen(text)
        p.setFont(self.title_font())
        p.drawText(chart.title.rect, chart.title.align, chart.title.text)
        p.setFont(self.font())
        p.setPen(grid)
        for y, x_from, x_to in chart.grid:
            p.drawLine(int(x_from), int(y), int(x_to), int(y))
        for rect in chart.bars:
            p.fillRect(rect, bar)
        p.setPen(text)
        for label in chart.labels:
            p.drawText(label.rect, label.align, label.text)
        p.end()
