"""The texts of notices: one subject and one body per kind and language, with fields in braces
(``{member_name}``, ``{items}``...). The library keeps its edited texts in the setting
``notice_templates``; a kind and language it never edited uses the text shipped here.

Only the declared fields may appear: a template that names another, or that the renderer cannot
read (an unmatched brace), is refused when it is saved, with the field's name."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.errors import InvalidInput

KINDS = ("pre_due", "overdue_1", "overdue_2", "overdue_3", "hold_ready", "hold_expired")
LANGUAGES = ("en", "de", "fr", "es")
FIELDS = {
    "library_name": "the library's name", "library_address": "the library's address",
    "member_name": "the member's name", "card_number": "the member's card number",
    "items": "the books, one a line, with their due dates (or the title held)",
    "due_date": "the earliest due date among the books", "pickup_by": "the last day to pick up a hold",
    "title": "the title held", "owed": "what the member owes in fees", "today": "the date of the notice",
}
SETTING_KEY = "notice_templates"

_EN = {
    "pre_due": ("Due soon: {due_date}", "Dear {member_name},\n\nthis is a friendly reminder that these books are due "
                "back soon:\n\n{items}\n\nYou can renew them at the desk or at the self-service window.\n\n"
                "{library_name}\n{library_address}"),
    "overdue_1": ("Overdue: please return your books", "Dear {member_name},\n\nthese books are past their due date:"
                  "\n\n{items}\n\nPlease bring them back or renew them soon. Fees owed: {owed}.\n\n"
                  "{library_name}\n{library_address}"),
    "overdue_2": ("Second notice: books overdue", "Dear {member_name},\n\nwe have not yet received these books back:"
                  "\n\n{items}\n\nPlease return them as soon as you can. Fees owed: {owed}.\n\n"
                  "{library_name}\n{library_address}"),
    "overdue_3": ("Final notice: books overdue", "Dear {member_name},\n\nthis is our last reminder about these "
                  "books:\n\n{items}\n\nIf they are not returned, they may be charged to your account as lost. "
                  "Fees owed: {owed}.\n\n{library_name}\n{library_address}"),
    "hold_ready": ("Your hold is ready: {title}", "Dear {member_name},\n\nthe book you asked for is waiting for you "
                   "at the desk:\n\n{items}\n\nPlease pick it up by {pickup_by}.\n\n{library_name}\n"
                   "{library_address}"),
    "hold_expired": ("Hold expired: {title}", "Dear {member_name},\n\nthe book you asked for was not picked up in "
                     "time and has gone back on the shelf:\n\n{items}\n\nYou are welcome to ask for it again.\n\n"
                     "{library_name}\n{library_address}"),
}
_DE = {
    "pre_due": ("Bald fällig: {due_date}", "Liebe/r {member_name},\n\nwir erinnern Sie freundlich daran, dass diese "
                "Bücher bald zurückgegeben werden müssen:\n\n{items}\n\nSie können sie an der Theke oder am "
                "Selbstbedienungsplatz verlängern.\n\n{library_name}\n{library_address}"),
    "overdue_1": ("Überfällig: bitte geben Sie Ihre Bücher zurück", "Liebe/r {member_name},\n\ndie Leihfrist dieser "
                  "Bücher ist abgelaufen:\n\n{items}\n\nBitte bringen Sie sie bald zurück oder verlängern Sie sie. "
                  "Offene Gebühren: {owed}.\n\n{library_name}\n{library_address}"),
    "overdue_2": ("Zweite Mahnung: Bücher überfällig", "Liebe/r {member_name},\n\ndiese Bücher haben wir noch nicht "
                  "zurückerhalten:\n\n{items}\n\nBitte geben Sie sie so bald wie möglich zurück. Offene Gebühren: "
                  "{owed}.\n\n{library_name}\n{library_address}"),
    "overdue_3": ("Letzte Mahnung: Bücher überfällig", "Liebe/r {member_name},\n\ndies ist unsere letzte Erinnerung "
                  "an diese Bücher:\n\n{items}\n\nWerden sie nicht zurückgegeben, können sie Ihnen als verloren "
                  "berechnet werden. Offene Gebühren: {owed}.\n\n{library_name}\n{library_address}"),
    "hold_ready": ("Ihre Vormerkung liegt bereit: {title}", "Liebe/r {member_name},\n\ndas vorgemerkte Buch liegt "
                   "an der Theke für Sie bereit:\n\n{items}\n\nBitte holen Sie es bis {pickup_by} ab.\n\n"
                   "{library_name}\n{library_address}"),
    "hold_expired": ("Vormerkung abgelaufen: {title}", "Liebe/r {member_name},\n\ndas vorgemerkte Buch wurde nicht "
                     "rechtzeitig abgeholt und steht wieder im Regal:\n\n{items}\n\nSie können es gerne erneut "
                     "vormerken.\n\n{library_name}\n{library_address}"),
}
_FR = {
    "pre_due": ("Bientôt à rendre : {due_date}", "Bonjour {member_name},\n\nnous vous rappelons que ces livres sont "
                "à rendre bientôt :\n\n{items}\n\nVous pouvez les prolonger à l'accueil ou au poste libre-service."
                "\n\n{library_name}\n{library_address}"),
    "overdue_1": ("En retard : merci de rendre vos livres", "Bonjour {member_name},\n\nla date de retour de ces "
                  "livres est dépassée :\n\n{items}\n\nMerci de les rapporter ou de les prolonger rapidement. "
                  "Frais dus : {owed}.\n\n{library_name}\n{library_address}"),
    "overdue_2": ("Deuxième rappel : livres en retard", "Bonjour {member_name},\n\nnous n'avons pas encore reçu ces "
                  "livres :\n\n{items}\n\nMerci de les rendre dès que possible. Frais dus : {owed}.\n\n"
                  "{library_name}\n{library_address}"),
    "overdue_3": ("Dernier rappel : livres en retard", "Bonjour {member_name},\n\nceci est notre dernier rappel pour "
                  "ces livres :\n\n{items}\n\nS'ils ne sont pas rendus, ils pourront vous être facturés comme perdus. "
                  "Frais dus : {owed}.\n\n{library_name}\n{library_address}"),
    "hold_ready": ("Votre réservation est disponible : {title}", "Bonjour {member_name},\n\nle livre que vous avez "
                   "réservé vous attend à l'accueil :\n\n{items}\n\nMerci de le retirer avant le {pickup_by}.\n\n"
                   "{library_name}\n{library_address}"),
    "hold_expired": ("Réservation expirée : {title}", "Bonjour {member_name},\n\nle livre réservé n'a pas été retiré "
                     "à temps et a été remis en rayon :\n\n{items}\n\nVous pouvez le réserver de nouveau.\n\n"
                     "{library_name}\n{library_address}"),
}
_ES = {
    "pre_due": ("Vence pronto: {due_date}", "Hola {member_name}:\n\nle recordamos que estos libros vencen pronto:\n\n"
                "{items}\n\nPuede renovarlos en el mostrador o en el puesto de autoservicio.\n\n{library_name}\n"
                "{library_address}"),
    "overdue_1": ("Vencido: por favor devuelva sus libros", "Hola {member_name}:\n\nestos libros han pasado su fecha "
                  "de devolución:\n\n{items}\n\nPor favor, devuélvalos o renuévelos pronto. Cargos pendientes: "
                  "{owed}.\n\n{library_name}\n{library_address}"),
    "overdue_2": ("Segundo aviso: libros vencidos", "Hola {member_name}:\n\ntodavía no hemos recibido estos libros:"
                  "\n\n{items}\n\nPor favor, devuélvalos cuanto antes. Cargos pendientes: {owed}.\n\n"
                  "{library_name}\n{library_address}"),
    "overdue_3": ("Último aviso: libros vencidos", "Hola {member_name}:\n\neste es nuestro último aviso sobre estos "
                  "libros:\n\n{items}\n\nSi no se devuelven, podrían cobrarse como perdidos. Cargos pendientes: "
                  "{owed}.\n\n{library_name}\n{library_address}"),
    "hold_ready": ("Su reserva está lista: {title}", "Hola {member_name}:\n\nel libro que reservó le espera en el "
                   "mostrador:\n\n{items}\n\nRecójalo antes del {pickup_by}.\n\n{library_name}\n{library_address}"),
    "hold_expired": ("Reserva vencida: {title}", "Hola {member_name}:\n\nel libro reservado no se recogió a tiempo y "
                     "ha vuelto a la estantería:\n\n{items}\n\nPuede reservarlo de nuevo.\n\n{library_name}\n"
                     "{library_address}"),
}
SHIPPED: dict[str, dict[str, tuple[str, str]]] = {"en": _EN, "de": _DE, "fr": _FR, "es": _ES}

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_DUE = {"en": "due {day}", "de": "fällig am {day}", "fr": "à rendre le {day}", "es": "vence el {day}"}
_LATE = {"en": "{days} days late", "de": "{days} Tage überfällig", "fr": "{days} jours de retard",
         "es": "{days} días de retraso"}
_LATE_ONE = {"en": "1 day late", "de": "1 Tag überfällig", "fr": "1 jour de retard", "es": "1 día de retraso"}
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def day_in(d: date, language: str) -> str:
    """A date as a member reads it in ``language``: '12 Dec 2026', '12. Dezember 2026'."""
    month = _MONTHS.get(language, _MONTHS["en"])[d.month - 1]
    if language == "de":
        return f"{d.day}. {month} {d.year}"
    if language == "es":
        return f"{d.day} de {month} de {d.year}"
    return f"{d.day} {month} {d.year}"


def money_in(cents: int, language: str, currency: str) -> str:
    """An amount as a member reads it: '€2.50' in English, '2,50 €' in German, French, Spanish."""
    whole, part = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    symbol = _SYMBOLS.get(currency, currency)
    if language == "en":
        return f"{sign}{symbol}{whole}.{part:02d}" if symbol else f"{sign}{whole}.{part:02d}"
    return f"{sign}{whole},{part:02d} {symbol}".rstrip()


@dataclass(frozen=True)
class Item:
    """One line of a notice: a book with its due date, or the title of a hold."""

    title: str
    barcode: str | None = None
    due: date | None = None
    days_late: int = 0

    def line(self, language: str) -> str:
        text = f"- {self.title}"
        if self.barcode:
            text += f" ({self.barcode})"
        if self.due is not None:
            text += ", " + _DUE.get(language, _DUE["en"]).format(day=day_in(self.due, language))
        if self.days_late == 1:
            text += ", " + _LATE_ONE.get(language, _LATE_ONE["en"])
        elif self.days_late > 1:
            text += ", " + _LATE.get(language, _LATE["en"]).format(days=self.days_late)
        return text


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    edited: bool = False


def check_text(text: str, *, where: str) -> None:
    """Refuse a template text that names an undeclared field or cannot be read."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise InvalidInput(f"The {where} cannot be read: {exc} (write a brace as {{{{ or }}}})", field=where) from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FIELDS:
            known = ", ".join("{" + f + "}" for f in FIELDS)
            raise InvalidInput(f"The {where} names {{{name}}}, which is not a field of notices (fields: {known})",
                               field=where)
        if spec or conversion:
            raise InvalidInput(f"The {where} writes {{{name}}} with a format; write just {{{name}}}", field=where)


def check_kind(kind: str, language: str) -> None:
    if kind not in KINDS:
        raise InvalidInput(f"Unknown kind of notice {kind!r} (one of {', '.join(KINDS)})", field="kind")
    if language not in LANGUAGES:
        raise InvalidInput(f"Unknown language {language!r} (one of {', '.join(LANGUAGES)})", field="language")


def template(stored: dict[str, Any] | None, kind: str, language: str) -> Template:
    """The library's text of ``kind`` in ``language``: its own when edited, else the shipped one."""
    check_kind(kind, language)
    own = ((stored or {}).get(kind) or {}).get(language)
    if isinstance(own, dict) and isinstance(own.get("subject"), str) and isinstance(own.get("body"), str):
        return Template(kind, language, own["subject"], own["body"], edited=True)
    subject, body = SHIPPED[language][kind]
    return Template(kind, language, subject, body)


def render(text: str, values: dict[str, str]) -> str:
    """``text`` with its fields filled (a field without a value is left empty)."""
    return text.format_map({name: values.get(name, "") for name in FIELDS})
