"""Telling a barcode scanner from a person at the keyboard.

A keyboard-wedge scanner types a code as fast keystrokes and ends it with Enter. ``BurstDetector``
watches key presses (on the widgets it is installed on, or on the whole application) and, when
an Enter ends a burst shaped like a barcode or card number, takes the burst back out of the
field it was typed into and reports it as a scan instead of letting the Enter act (save a
form, try a password).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

#: Longest pause between two keys of one scan (scanners type a key every 2-15 ms; a fast
#: typist needs 60 ms or more on average and cannot keep every gap under this).
BURST_GAP_S = 0.05
MIN_CODE, MAX_CODE = 5, 64


def looks_like_code(text: str) -> bool:
    """Whether a burst's text is a barcode or card number rather than a password a password
    manager typed: 5 to 64 characters, mostly digits (a letter prefix or check letter, a hyphen
    are fine: "DVD-0012345", "A12345B"), no spaces at the ends."""
    digits = sum(ch.isdigit() for ch in text)
    return (MIN_CODE <= len(text) <= MAX_CODE and text == text.strip() and digits >= 4
            and digits >= 0.6 * len(text))
TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)


def is_text_input(widget: QObject | None) -> bool:
    return isinstance(widget, TEXT_INPUTS)


def typed_char(event: QKeyEvent) -> str:
    """The character a key press types, or "" (a command, a navigation key)."""
    text = event.text()
    if len(text) != 1 or not text.isprintable() or event.modifiers() & COMMAND_MODIFIERS:
        return ""
    return text


class BurstDetector(QObject):
    """Emits ``scanned(code, widget)`` for a scanner burst typed into a widget (a text field,
    whose text is put back as it was before the burst, or a list or a button that had focus),
    and swallows its Enter. ``watch(widget)`` decides which widgets count (all by default);
    ``clock`` is for tests that type slowly on purpose."""

    scanned = Signal(str, QObject)

    def __init__(self, parent: QObject | None = None, *, watch: Callable[[QWidget], bool] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._watch = watch or (lambda _widget: True)
        self._clock = clock
        self._reset()

    def _reset(self) -> None:
        self._target: QObject | None = None
        self._chars: list[str] = []
        self._before: str | None = None
        self._last = -1e9

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(obj, QWidget) or not self._watch(obj):
            return False
        target = self._target
        if isinstance(target, QWidget) and obj is not target and obj.isAncestorOf(target):
            return False  # the same key, passed up from the widget it was typed on
        now = self._clock()
        quick = now - self._last <= BURST_GAP_S and obj is self._target
        if event.key() in ENTER_KEYS:
            code = "".join(self._chars)
            burst = quick and looks_like_code(code)
            before = self._before
            self._reset()
            if not burst:
                return False
            if isinstance(obj, QLineEdit) and before is not None:
                obj.setText(before)
            self.scanned.emit(code, obj)
            return True
        char = typed_char(event)
        if not char:
            if event.key() != Qt.Key.Key_Shift:  # (a scanner sends Shift for capital letters)
                self._reset()
            return False
        if not quick:
            self._target, self._chars = obj, []
            self._before = obj.text() if isinstance(obj, QLineEdit) else None
        self._chars.append(char)
        self._last = now
        return False
