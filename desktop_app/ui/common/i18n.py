"""The desk's languages: every text a person sees goes through ``tr``, and dates, numbers and
money through ``QLocale``.

All texts share one translation context, so a sentence used on two screens is translated once.
A text with values keeps named fields that the translation keeps too:
``tr("Lent, due {due}").format(due=day_text(d))``. A text chosen before the translator is
installed (a table of labels at module level) is marked with ``N_`` and translated where it is
shown, ``tr(label)``. ``scripts/i18n.py`` collects both kinds into ``resources/i18n/*.ts`` and
builds the ``.qm`` files the program loads; ``tests/gui/test_translations.py`` fails when a
shown text escapes ``tr`` or a translation is missing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator
from PySide6.QtGui import QKeySequence

log = logging.getLogger(__name__)

CONTEXT = "LibraryDesk"
#: The languages the desk speaks, by ISO 639-1 code, each named in itself.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []  # kept alive while installed
_currency: str = ""  # ISO 4217 code; "" is the locale's own


def tr(text: str) -> str:
    """``text`` in the desk's language (itself when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:
    """Marks ``text`` for translation where it is declared; ``tr(text)`` translates it later."""
    return text


def resources_dir() -> Path:
    """The folder of files shipped beside the code (``resources/`` of the checkout, or of the
    packaged program)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The system's language if the desk speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def install_language(code: str | None = None) -> str:
    """Speak ``code`` (``None`` or "": the system's language) from now on: the desk's own texts,
    Qt's standard buttons and the locale of dates and numbers. Returns the language installed;
    a language whose file is missing falls back to English with a line in the log."""
    app = QCoreApplication.instance()
    wanted = code or system_language()
    if wanted not in LANGUAGES:
        log.warning("unknown language %r: English is used", wanted)
        wanted = SOURCE_LANGUAGE
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if wanted != SOURCE_LANGUAGE:
        ours = QTranslator()
        if not ours.load(str(translations_dir() / f"library_desk_{wanted}.qm")):
            log.warning("no translation file for %s in %s: English is used", wanted, translations_dir())
            wanted = SOURCE_LANGUAGE
        else:
            _installed.append(ours)
            qt = QTranslator()
            if qt.load(f"qtbase_{wanted}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _installed.append(qt)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    country = QLocale.system().territory() if wanted == system_language() else QLocale.Country.AnyCountry
    QLocale.setDefault(QLocale(QLocale(wanted).language(), country))
    return wanted


def current_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def set_currency(code: str) -> None:
    """The library's currency (ISO 4217, e.g. "EUR"); "" uses the locale's."""
    global _currency
    _currency = code.strip().upper()


def currency_code() -> str:
    return _currency or QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) or "USD"


_DAY_FORMATS = {"de": "d. MMM yyyy"}


def day_format() -> str:
    """The Qt date pattern of ``day_text`` in the desk's language (for date fields)."""
    return _DAY_FORMATS.get(current_language(), "d MMM yyyy")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def day_text(d: date) -> str:
    """A date as a clerk reads it, in the desk's language: "12 Dec 2026", "12. Dez. 2026"."""
    return QLocale().toString(_qdate(d), day_format())


def when_text(moment: datetime) -> str:
    """A date and time of day: "12 Dec 2026 14:05"."""
    qt = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(qt, day_format() + " HH:mm")


def number_text(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's digit grouping ("100,000", "100.000"), also in the "C"
    locale of a process without a language (which omits grouping by default)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals) if decimals else locale.toString(int(value))


def key_text(sequence: str) -> str:
    """A shortcut ("Ctrl+F") as a text the way the platform and language write it ("Strg+F")."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def money_text(cents: int) -> str:
    """An amount of the library's currency in the desk's locale: "€2.50", "2,50 €"."""
    text = QLocale().toCurrencyString(abs(cents) / 100, _symbol(currency_code()), 2)
    return f"-{text}" if cents < 0 else text


def value_texts(values: Mapping[str, object]) -> dict[str, str]:
    """The values a core message speaks of, as its translated sentence shows them: cents as money
    (``cents`` becomes ``amount``, ``limit_cents`` ``limit_amount``), dates by ``day_text``,
    whole numbers by ``number_text``, the rest as text."""
    shown: dict[str, str] = {}
    for key, value in values.items():
        if key.endswith("cents") and isinstance(value, int):
            shown[key[:-len("cents")] + "amount"] = money_text(value)
        elif isinstance(value, date):
            shown[key] = day_text(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            shown[key] = number_text(value)
        else:
            shown[key] = str(value)
    return shown


def _symbol(code: str) -> str:
    """The symbol people write for ``code`` ("€" for EUR), or the code itself."""
    for language in (QLocale().language(), QLocale.Language.AnyLanguage):
        for locale in QLocale.matchingLocales(language, QLocale.Script.AnyScript, QLocale.Country.AnyCountry):
            if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
                return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return code


def parse_money(text: str) -> int | None:
    """Cents typed by a clerk ("2.5", "2,50", "€ 3"), or ``None`` when it is not an amount."""
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ".,-")
    if not cleaned or cleaned in "-.,":
        return None
    locale = QLocale()
    value, ok = locale.toDouble(cleaned)
    if not ok:
        swapped = cleaned.replace(",", ".") if cleaned.count(",") == 1 and "." not in cleaned else cleaned
        try:
            value = float(swapped)
        except ValueError:
            return None
    return round(value * 100)
