"""The audit log's table: ids eager, rows lazy (as the catalog's ``BookTableModel``).

``AuditTableModel`` holds the ids of the matching events (``array('q')``, newest first) and
reports their true count; rows are fetched by id in windows of ``WINDOW`` when the view first
paints them and kept in a small LRU cache, so a log of a million events costs a few MB. A
window that cannot be fetched shows "…" and is fetched again on the next paint. Sorting is
by time, newest first, in SQL: the table does not sort.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...services.audit import AuditLine
from ..common.i18n import N_, tr, when_text
from ..common.rows import LEFT
from ..common.windows import RowWindows

Index = QModelIndex | QPersistentModelIndex
WINDOW = 64
MAX_WINDOWS = 60
PLACEHOLDER = "…"
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (N_("When"), N_("Who"), N_("What"), N_("Record"), N_("Details"))

#: How the common actions read in the "what" list and column (others show their code).
ACTION_TEXT = {
    "login": N_("Login"), "login_failed": N_("Failed login"), "login_lockout": N_("Account locked"),
    "member_login": N_("Member login"), "member_login_failed": N_("Failed member login"),
    "member_lockout": N_("Member card locked"), "staff_unlock": N_("Account unlocked"),
    "login_rate_limited": N_("Too many logins (server)"), "refresh_token_reused": N_("Session token reused"),
    "checkout": N_("Lend"), "checkin": N_("Return"), "renew": N_("Renewal"),
    "hold_place": N_("Hold placed"), "hold_cancel": N_("Hold cancelled"), "hold_expire": N_("Hold expired"),
    "add_fee": N_("Fee charged"), "pay_fee": N_("Fee paid"), "waive_fee": N_("Fee waived"),
    "book_add": N_("Book added"), "book_edit": N_("Book edited"), "book_delete": N_("Book deleted"),
    "copy_add": N_("Copy added"), "copy_edit": N_("Copy edited"), "copy_status": N_("Copy status changed"),
    "member_delete": N_("Member deleted"), "member_export": N_("Member's data exported"),
    "anonymise_loans": N_("Loans anonymised"), "member_block": N_("Member blocked"),
    "member_unblock": N_("Member unblocked"), "member_pin": N_("Member PIN set"),
    "staff_create": N_("Staff account added"), "staff_role": N_("Staff role changed"),
    "staff_active": N_("Staff account switched on/off"), "staff_password": N_("Staff password changed"),
    "settings": N_("Settings changed"), "export": N_("Export"), "import": N_("Import"),
    "audit_export": N_("Audit log exported"), "member_register": N_("Member registered"),
    "member_edit": N_("Member edited"), "library_init": N_("Library created"),
    "closed_day_add": N_("Closed day added"), "closed_day_remove": N_("Closed day removed"),
    "category_save": N_("Category saved"), "checkin_stale": N_("Late return from a desk"),
    "charge_fee": N_("Fee charged"), "cancel_fee": N_("Fee cancelled"), "refund_fee": N_("Fee refunded"),
    "desk_register": N_("Desk registered"), "desk_retire": N_("Desk retired"), "desk_role": N_("Desk role changed"),
    "desk_credential": N_("Desk credential renewed"), "join_start": N_("Joining a server started"),
    "join_done": N_("Joined a server"), "notices_run": N_("Notices sent"),
    "notice_template": N_("Notice template changed"), "notice_template_reset": N_("Notice template reset"),
    "scheduled_job": N_("Scheduled job"), "smtp_password": N_("Mail password changed"),
}


#: How the kinds of record read (others show their code).
ENTITY_TEXT = {
    "book": N_("book"), "copy": N_("copy"), "member": N_("member"), "loan": N_("loan"), "hold": N_("hold"),
    "fee": N_("fee"), "staff_user": N_("staff account"), "library": N_("library"), "category": N_("category"),
    "closed_day": N_("closed day"), "audit_log": N_("audit log"), "sync_device": N_("desk"),
}


def entity_text(entity: str) -> str:
    return tr(ENTITY_TEXT[entity]) if entity in ENTITY_TEXT else entity


def action_text(action: str) -> str:
    """An action as a person reads it: its label in the desk's language, else its code."""
    return tr(ACTION_TEXT[action]) if action in ACTION_TEXT else action


def _cell(line: AuditLine, column: int) -> str:
    if column == 0:
        return when_text(line.at.astimezone())
    if column == 1:
        return line.actor
    if column == 2:
        return action_text(line.action)
    if column == 3:
        return entity_text(line.entity)
    return line.details_text()


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_EVENT_ID = int(EVENT_ID_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ACCESSIBLE, _ALIGN, _EVENT_ID))
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class AuditTableModel(QAbstractTableModel):
    """A lazily filled table over the ids of the events of one look at the log.

    ``fetch(ids) -> lines`` returns the events of ``ids`` in any order (``AuditLog.rows``)."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[AuditLine]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: RowWindows[AuditLine] = RowWindows(fetch, window=WINDOW, max_windows=MAX_WINDOWS,
                                                  what="audit events")

    def set_result(self, ids: array) -> None:
        """Show these event ids, in this order."""
        self.beginResetModel()
        self._rows.reset(ids)
        self.endResetModel()

    def ids(self) -> array:
        return self._rows.ids

    @property
    def fetches(self) -> int:
        """Windows fetched so far (tests and benchmarks read this)."""
        return self._rows.fetches

    def line(self, row: int) -> AuditLine | None:
        """The event shown in ``row`` (fetching its window if needed), None if out of range."""
        return self._rows.row(row)


    # -- Qt interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default, an empty index)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS) \
                and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows.ids) or not 0 <= column < len(COLUMNS):
            return None
        if role == _ALIGN:
            return int(LEFT)
        if role == _EVENT_ID:
            return self._rows.ids[row]
        line = self.line(row)
        if line is None:
            return PLACEHOLDER if role == _DISPLAY else None
        if role == _TOOLTIP:
            if column == 4:
                return line.details_text() or None
            if column == 3 and line.entity_uuid:
                return line.entity_uuid
            return None
        return _cell(line, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
