"""The catalog's filter bar: available now, item type, language, year range."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ...services.catalog.browse import Facets
from ...services.catalog.search import Filters
from ..common.i18n import N_, tr

ANY = N_("Any")  # the first item of each combo box, shown as tr(ANY)
NO_YEAR = 1000  # the year boxes' lowest value, shown as "any"


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; ``filters()`` gives the current ones."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.available = QCheckBox(tr("&Available now"))
        self.available.setObjectName("catalogFilterAvailable")
        self.available.setAccessibleName(tr("Only titles with a copy on the shelf"))
        self.item_type = self._combo("catalogFilterType", tr("Item type"))
        self.language = self._combo("catalogFilterLanguage", tr("Language"))
        self.year_from = self._year("catalogFilterYearFrom", tr("Published from year"))
        self.year_to = self._year("catalogFilterYearTo", tr("Published up to year"))
        layout.addWidget(self.available)
        for text, widget in ((tr("&Type"), self.item_type), (tr("&Language"), self.language),
                             (tr("Yea&r"), self.year_from), (tr("to"), self.year_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.available.toggled.connect(self.changed)
        self.item_type.currentIndexChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)
        self.year_from.valueChanged.connect(self.changed)
        self.year_to.valueChanged.connect(self.changed)

    @staticmethod
    def _combo(name: str, accessible: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setProperty("i18n", "data")  # the catalog's own item types and languages, after tr(ANY)
        box.addItem(tr(ANY))
        box.setMinimumContentsLength(6)
        return box

    @staticmethod
    def _year(name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(NO_YEAR, 2100)
        spin.setSpecialValueText(tr("any"))
        spin.setKeyboardTracking(False)
        return spin

    def set_facets(self, facets: Facets) -> None:
        """Offer the item types and languages present in the catalog (keeps the selection)."""
        for box, values in ((self.item_type, facets.item_types), (self.language, facets.languages)):
            current = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItem(tr(ANY))
            box.addItems(values)
            index = box.findText(current)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def filters(self) -> Filters:
        y0, y1 = (None if b.value() == NO_YEAR else b.value() for b in (self.year_from, self.year_to))
        if y0 and y1 and y0 > y1:
            y0, y1 = y1, y0
        return Filters(
            available_only=self.available.isChecked(),
            item_type=None if self.item_type.currentIndex() <= 0 else self.item_type.currentText(),
            language=None if self.language.currentIndex() <= 0 else self.language.currentText(),
            year_from=y0, year_to=y1,
        )

    def clear(self) -> None:
        self.blockSignals(True)
        self.available.setChecked(False)
        self.item_type.setCurrentIndex(0)
        self.language.setCurrentIndex(0)
        self.year_from.setValue(NO_YEAR)
        self.year_to.setValue(NO_YEAR)
        self.blockSignals(False)
        self.changed.emit()
