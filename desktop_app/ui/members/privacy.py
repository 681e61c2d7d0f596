"""The Members tab's privacy actions: "Export data…" writes everything the library holds about
the chosen member to a JSON or PDF file (by the name's ending; the chooser is replaceable);
"Delete member…" first asks the services what the member still has: a refusal is shown with
its reasons (loans out, money owed), otherwise a confirmation names the member and the holds
that will be cancelled, and only "Delete" deletes. Everything runs on the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import Reason, Refused
from ...services.people.member_export import MemberData, write_json, write_pdf
from ...services.people.privacy import Privacy, Remains
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, number_text, tr, value_texts
from ..interchange.widgets import save_chooser

REASON_TEXTS = {
    "member_has_loans": N_("{member} still has {count} items on loan: check them in first."),
    "member_has_loans/1": N_("{member} still has 1 item on loan: check it in first."),
    "member_owes": N_("{member} still owes {amount}: take the payment or waive the fees first."),
}


def reason_text(reason: Reason) -> str:
    one = reason.code == "member_has_loans" and reason.values.get("count") == 1
    template = REASON_TEXTS.get(f"{reason.code}/1" if one else reason.code)
    if template is None:
        return reason.text
    try:
        return tr(template).format(**value_texts(reason.values))
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return reason.text


class MemberPrivacy:
    """Export and delete for the member ``card()`` of the tab ``parent``; ``chooser(parent,
    suggested) -> path | None`` asks where to write an export. ``box`` is the last message box
    shown (the refusal, the confirmation or the outcome)."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.privacy = Privacy(ctx.services.library)
        self.chooser: Callable[[QWidget, str], str | None] = save_chooser(
            tr("Export the member's data"), tr("JSON file (*.json);;PDF file (*.pdf)"))
        self.box: QMessageBox | None = None

    # -- export ------------------------------------------------------------------------
    def export(self, card: str, name: str) -> None:
        suggested = str(Path.home() / f"member-{card}.json")
        path = self.chooser(self.parent, suggested)
        if not path:
            return
        target = Path(path) if Path(path).suffix.lower() in (".json", ".pdf") else Path(f"{path}.json")
        actor, privacy = self.ctx.actor, self.privacy

        def job() -> tuple[MemberData, Path]:
            data = privacy.export_member(actor, card)
            return data, (write_pdf if target.suffix.lower() == ".pdf" else write_json)(data, target)

        def done(result: tuple[MemberData, Path]) -> None:
            data, written = result
            self._tell(tr("Data exported"), tr(
                "The data of {name} ({loans} loans, {holds} holds, {fees} fees, {notices} notices) is in "
                "{path}").format(name=name, loans=number_text(len(data.loans)), holds=number_text(len(data.holds)),
                                 fees=number_text(len(data.fees)), notices=number_text(len(data.notices)),
                                 path=written), QMessageBox.Icon.Information)
            self.ctx.events.status_message.emit(tr("Exported the data of {card}").format(card=card))

        self.ctx.worker.submit(job, done, lambda e: show_error(self.parent, e))

    # -- delete ------------------------------------------------------------------------
    def delete(self, card: str) -> None:
        actor, privacy = self.ctx.actor, self.privacy
        self.ctx.worker.submit(lambda: privacy.before_delete(actor, card), lambda r: self._ask(card, *r),
                               lambda e: show_error(self.parent, e))

    def _ask(self, card: str, left: Remains, refusal: Refused | None) -> None:
        if refusal is not None:
            self._refused(left, refusal)
            return
        text = tr("Delete {name} (card {card})?").format(name=left.name, card=card)
        more = tr("Their loans, holds and fees stay in the library's history without their name; this cannot "
                  "be undone.")
        if left.holds_active == 1:
            more += "\n\n" + tr("Their hold will be cancelled.")
        elif left.holds_active:
            more += "\n\n" + tr("Their {count} holds will be cancelled.").format(
                count=number_text(left.holds_active))
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Delete member"), text, QMessageBox.StandardButton.NoButton,
                          self.parent)
        box.setObjectName("confirmDeleteMember")
        box.setInformativeText(more)
        delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDelete")
        keep = box.addButton(tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self._confirmed(card, left) if button is delete else None)
        self.box = box
        box.open()

    def _refused(self, left: Remains, refusal: Refused) -> None:
        reasons = "\n".join(f"• {reason_text(r)}" for r in refusal.reasons)
        self._tell(tr("Cannot delete member"), tr("{name} (card {card}) cannot be deleted yet.").format(
            name=left.name, card=left.card_number), QMessageBox.Icon.Warning, "deleteRefused", more=reasons)

    def _confirmed(self, card: str, left: Remains) -> None:
        actor, privacy = self.ctx.actor, self.privacy

        def done(_: object) -> None:
            self.ctx.events.status_message.emit(tr("Deleted {name} (card {card})").format(name=left.name, card=card))

        self.ctx.worker.submit(lambda: privacy.delete_member(actor, card), done,
                               lambda e: self._failed(left, e))

    def _failed(self, left: Remains, error: BaseException) -> None:
        if isinstance(error, Refused):  # something changed since the question: say what remains
            self._refused(left, error)
        else:
            show_error(self.parent, error)

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon, name: str = "privacyMessage", *,
              more: str = "") -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent)
        if more:
            box.setInformativeText(more)
        box.setObjectName(name)
        self.box = box
        box.open()
