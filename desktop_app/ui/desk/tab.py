"""The circulation desk, scan first and keyboard only.

One barcode field (``deskScan``) always has focus. A scanned card opens the member; a
scanned copy is lent to the open member, or returned when no member is open; the mode keys
F2 / F3 / F4 switch lend / return / renew. Every scan becomes a row of the session list
(green done, amber attention, red refused). Ctrl+O overrides the last refusal (librarians,
with a reason), Ctrl+R renews the selected loan, F8 opens the member's fees, Ctrl+P the slip,
Esc ends the member's session. The same code scanned again within 2 s is ignored.

Scans run on the desk's own worker thread (``DeskTab.worker``), not on the worker the other
tabs share: a scan never queues behind a report, the catalog's facets or a search that other
tabs start after every loan (seconds on a million titles). SQLite serialises the writes, and
the read queries of both threads run side by side (WAL).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...config import SLIP_PAPER
from ...domain.text import normalize_scan
from ...domain.values import Role
from ...services.changes import Changes
from ...services.circulation import CheckinResult
from ...services.desk_queries import MemberCard
from ..common.alerts import alert_text
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, tr
from ..common.sounds import DeskSounds, sound_for
from ..common.theme import ATTENTION, DONE, INFO, REFUSED, scaled_font, status_style
from ..common.worker import Worker
from .actions import LEND, RENEW, RETURN, DeskEngine, Offer, ScanOutcome, banner_text
from .catcher import DeskKeys
from .dialogs import FeesDialog, ReasonDialog
from .keys import BY_NAME, DESK_ACTIONS, key_of
from .member import MemberPanel
from .mode import ModeBar
from .session_list import SessionListModel
from .slip import Slip, SlipDialog, hold_slip

DOUBLE_SCAN_SECONDS = 2.0
MODE_BANNERS = {
    LEND: N_("Lend mode: scan a member card, then their books"),
    RETURN: N_("Return mode: scan the books that come back"),
    RENEW: N_("Renew mode: scan the books to renew"),
}


class DeskTab(QWidget):
    """The Desk tab. ``scan_handled`` fires after each scan's result is on screen."""

    scan_handled = Signal(object)
    member_refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engine = DeskEngine(ctx.services, ctx.actor)
        self.worker = _own_worker(self)
        self._clock = clock
        self._last_code: str | None = None
        self._last_at = -1e9
        self._refused: tuple[str, str, int | None] | None = None  # (code, mode, member) of the last overridable refusal
        self._session = 0  # counts member sessions: a late re-read of an ended one is dropped
        self.offer: Offer | None = None  # the question of the last scan, answered by Enter
        self.previous_slip: Slip | None = None  # the slip of the session a new card ended
        self.hold_slip: Slip | None = None  # the last scan put a copy on the hold shelf: its slip
        self._started: dict[int, float] = {}
        self.latencies: list[float] = []  # seconds from Enter to the row on screen, per scan
        self.slip_items: list[tuple[str, str, str]] = []
        self.slip_returns: list[tuple[str, str]] = []
        self.library_info: dict[str, object] = {}
        self._build()
        self._shortcuts()
        self.sounds = DeskSounds(ctx.settings, self)
        self.keys = DeskKeys(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.keys)
        ctx.events.changed.connect(self._on_data_changed)
        ctx.worker.submit(ctx.services.setup.settings, self._got_settings, lambda e: None)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.mode_bar = ModeBar(self)
        self.mode_bar.mode_changed.connect(self._mode_changed)
        self.scan = QLineEdit(objectName="deskScan")
        self.scan.setAccessibleName(tr("Barcode: scan a member card or a book"))
        self.scan.setPlaceholderText(tr("Scan a member card or a book, or type the barcode and press Enter"))
        self.scan.setFont(scaled_font(self.scan, 1.5))
        self.scan.setMinimumHeight(44)
        self.scan.setMaxLength(64)
        self.scan.returnPressed.connect(self.submit_scan)
        self.banner = QLabel(tr("Ready. Scan a member card to lend, or a book to return it."), objectName="deskBanner")
        self.banner.setAccessibleName(tr("Result of the last scan"))
        self.banner.setWordWrap(True)
        self.banner.setFont(scaled_font(self.banner, 1.3, bold=True))
        self.banner.setMinimumHeight(48)
        self._set_banner(self.banner.text(), INFO)

        self.member = MemberPanel(self)
        self.sessions = SessionListModel(self)
        self.session_view = QTableView(objectName="deskSessionList")
        self.session_view.setAccessibleName(tr("Scans of this session"))
        self.session_view.setModel(self.sessions)
        self.session_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.session_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.session_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.session_view.setWordWrap(False)
        self.session_view.verticalHeader().setVisible(False)
        self.session_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.session_view.horizontalHeader()
        for col, width in ((0, 70), (1, 62), (2, 108), (3, 170)):
            self.session_view.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        session_box = QWidget()
        session_layout = QVBoxLayout(session_box)
        session_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("This session"))
        title.setFont(scaled_font(title, 1.1, bold=True))
        session_layout.addWidget(title)
        session_layout.addWidget(self.session_view, 1)

        self.override_button = self._button("override_last")
        self.override_button.setEnabled(False)
        self.renew_button = self._button("renew_selected")
        self.fees_button = self._button("open_fees")
        self.slip_button = self._button("open_slip")
        self.end_button = self._button("end_session")
        buttons = QHBoxLayout()
        for b in (self.override_button, self.renew_button, self.fees_button, self.slip_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)

        top = QHBoxLayout()
        top.addWidget(self.mode_bar)
        top.addWidget(self.scan, 1)
        split = QSplitter(Qt.Orientation.Horizontal, objectName="deskSplit")
        split.addWidget(self.member)
        split.addWidget(session_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str) -> QPushButton:
        """The desk's button for the action ``name`` of ``DESK_ACTIONS`` (its label and key)."""
        action = BY_NAME[name]
        label = tr(action.button)
        button = QPushButton(tr("{label}  [{key}]").format(label=label, key=action.key), objectName=action.button_id)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(tr("{label}, key {key}").format(label=label.replace("&", "").rstrip("…"),
                                                                  key=action.key))
        button.clicked.connect(getattr(self, name))
        return button

    def _shortcuts(self) -> None:
        for action in DESK_ACTIONS:
            shortcut = QShortcut(QKeySequence(action.key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(getattr(self, action.name))

    # -- the actions of DESK_ACTIONS ----------------------------------------------------------
    def lend_mode(self) -> None:
        self.mode_bar.set_mode(LEND)

    def return_mode(self) -> None:
        self.mode_bar.set_mode(RETURN)

    def renew_mode(self) -> None:
        self.mode_bar.set_mode(RENEW)

    # -- scanning -------------------------------------------------------------------------
    def submit_scan(self) -> None:
        """Handle the text of the scan field (Enter from the scanner or the keyboard)."""
        text = self.scan.text()
        self.scan.clear()
        self.submit_code(text)

    def submit_code(self, text: str) -> None:
        """Handle one scanned or typed code (from the scan field, or a scan caught elsewhere)."""
        started = time.perf_counter()
        code = normalize_scan(text)
        if not code:
            if self.offer is not None:
                self.accept_offer()
            return
        now = self._clock()
        if code == self._last_code and now - self._last_at < DOUBLE_SCAN_SECONDS:
            if self.offer is None:  # a question on screen stays there, with its banner
                self._set_banner(tr("Ignored a second scan of {code} within 2 seconds").format(code=code), INFO)
            return
        self.offer = None
        self._last_code, self._last_at = code, now
        mode, epoch = self.mode_bar.mode(), self.mode_bar.epoch
        job = self.worker.submit(lambda: self.engine.scan(code, mode, epoch=epoch), self._on_outcome,
                                 self._on_error)
        self._started[job.id] = started

    def accept_offer(self) -> None:
        """Yes to the question of the last scan (Enter on the empty scan field)."""
        offer, self.offer = self.offer, None
        if offer is None:
            return
        job = self.worker.submit(lambda: self.engine.accept(offer), self._on_outcome, self._on_error)
        self._started[job.id] = time.perf_counter()

    def _on_outcome(self, out: ScanOutcome) -> None:
        ended: str | None = None
        if out.opened_member:
            assert out.card is not None
            if self.member.card is None or self.member.card.id != out.card.id:
                if self.member.card is not None:  # a new card ends the previous member's session
                    ended = self.member.card.name
                    self.previous_slip = self.current_slip() if self.slip_items or self.slip_returns else None
                    self.sessions.clear()
                self._session += 1
                self.slip_items, self.slip_returns = [], []
            self.member.show_card(out.card)
            if self.mode_bar.mode() != LEND:  # a member's card means lending to them
                self.mode_bar.set_mode(LEND)
        elif out.member_open:
            self.refresh_member(force=True)
        self.hold_slip = self._hold_slip(out.result)
        if out.row is not None:
            self.sessions.add(out.row)
            self.session_view.scrollToTop()
            member = self.member.card.id if self.member.card else None
            self._refused = (out.code, out.row.mode, member) if out.row.overridable else None
            self._show_row_banner(out)
            self.slip_items.extend(out.slip_items)
            if isinstance(out.result, CheckinResult) and out.result.was_on_loan:
                self.slip_returns.append((out.result.title, out.result.barcode))
        elif out.card is not None:
            self._refused = None
            alerts = [a for a in out.card.alerts if a.level == "refused"]
            if alerts:
                self._set_banner(tr("{member}: {alerts}").format(
                    member=out.card.name, alerts="; ".join(alert_text(a) for a in alerts)), REFUSED)
                self.sounds.play(sound_for(LEND, REFUSED))
            else:
                self._set_banner(tr("{member}: scan books to lend").format(member=out.card.name), DONE)
            if ended is not None and self.previous_slip is not None:
                self.banner.setText(self.banner.text() + "\n" + tr(
                    "Session of {member} ended: {key} prints their slip").format(
                        member=ended, key=key_of("open_previous_slip")))
        self.offer = out.offer
        self._update_buttons()
        self.scan.setFocus()
        started = self._started.pop(_job_id_of(out, self._started), None)
        if started is not None:
            self.latencies.append(time.perf_counter() - started)
        self.scan_handled.emit(out)

    def _on_error(self, error: BaseException) -> None:
        self._started.clear()
        show_error(self, error)
        self.scan.setFocus()

    def _show_row_banner(self, out: ScanOutcome) -> None:
        assert out.row is not None
        kind = out.row.kind
        if out.hold_for:
            self._set_banner(tr("Put on the hold shelf for {member}. {key} prints its hold slip.").format(
                member=out.hold_for, key=key_of("open_slip")), ATTENTION, big=True)
        else:
            self._set_banner(banner_text(out.row), kind)
        self.sounds.play(sound_for(out.row.mode, kind, hold=bool(out.hold_for)))

    def _set_banner(self, text: str, kind: str, *, big: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(status_style(kind, size_pt=int(self.font().pointSizeF() * (2.0 if big else 1.3))))
        self.banner.setAccessibleDescription(text)

    # -- actions --------------------------------------------------------------------------
    def override_last(self) -> None:
        if self._refused is None:
            self._set_banner(tr("There is no refusal to override"), INFO)
            return
        if not self.ctx.actor.at_least(Role.LIBRARIAN):
            self._set_banner(tr("Only a librarian or admin may override"), REFUSED)
            return
        code, mode, member = self._refused
        question = (tr("Why should {code} be lent despite the refusal? The reason is recorded.") if mode == LEND
                    else tr("Why should {code} be renewed despite the refusal? The reason is recorded."))
        reason = self.ask_reason(tr("Override"), question.format(code=code))
        if not reason:
            self.scan.setFocus()
            return
        self._refused = None
        job = self.worker.submit(lambda: self.engine.scan(code, mode, override_reason=reason, for_member=member),
                                 self._on_outcome, self._on_error)
        self._started[job.id] = time.perf_counter()

    def ask_reason(self, title: str, question: str) -> str | None:
        """Ask for a reason (a modal dialog); None when cancelled."""
        dialog = ReasonDialog(title, question, self)
        ok = dialog.exec()
        return dialog.reason() if ok else None

    def renew_selected(self) -> None:
        barcode = self.member.selected_barcode()
        if barcode is None and self.member.card is not None and len(self.member.card.loans) == 1:
            barcode = self.member.card.loans[0].barcode
        if barcode is None:
            self._set_banner(tr("Select a loan to renew (Up and Down keys), or press F4 and scan the book"), INFO)
            return
        job = self.worker.submit(lambda: self.engine.scan(barcode, RENEW), self._on_outcome, self._on_error)
        self._started[job.id] = time.perf_counter()

    def open_fees(self) -> None:
        card = self.member.card
        if card is None:
            self._set_banner(tr("Scan a member card first to see their fees"), INFO)
            return
        FeesDialog(self.ctx, card.card_number, card.name, self).exec()
        self.refresh_member()
        self.scan.setFocus()

    def current_slip(self) -> Slip:
        card = self.member.card
        return Slip(str(self.library_info.get("library_name", "Library")), card.name if card else None,
                    card.card_number if card else None, list(self.slip_items), list(self.slip_returns),
                    str(self.library_info.get("library_address", "") or ""), self.ctx.actor.desk or "",
                    self.ctx.actor.display_name)

    def _hold_slip(self, result: object) -> Slip | None:
        """The hold slip of a return that put the copy on the hold shelf (else None)."""
        if not isinstance(result, CheckinResult) or not result.hold_for:
            return None
        return hold_slip(library_name=str(self.library_info.get("library_name", "Library")),
                         title=result.title, barcode=result.barcode, member_name=result.hold_for,
                         card_number=result.hold_card or "", pickup_by=result.pickup_by,
                         library_address=str(self.library_info.get("library_address", "") or ""),
                         desk=self.ctx.actor.desk or "", staff=self.ctx.actor.display_name)

    def open_slip(self, slip: Slip | None = None) -> None:
        """The slip of the visit; right after a return for the hold shelf, that copy's hold slip."""
        paper = self.ctx.settings.get(SLIP_PAPER)
        dialog = SlipDialog(slip or self.hold_slip or self.current_slip(), self, paper=paper)
        dialog.exec()
        self.ctx.settings.set(SLIP_PAPER, dialog.paper_key())
        self.scan.setFocus()

    def open_previous_slip(self) -> None:
        """The slip of the member whose session the last card ended."""
        if self.previous_slip is None:
            self._set_banner(tr("There is no slip of a previous member in this desk session"), INFO)
            return
        self.open_slip(self.previous_slip)

    def end_session(self) -> None:
        """Close the member (if any) and start a fresh session list."""
        self.worker.submit(self.engine.close_member, None, self._on_error)
        had = self.member.card.name if self.member.card else None
        if self.slip_items or self.slip_returns:  # Esc ends the session, its slip stays on Ctrl+Shift+P
            self.previous_slip = self.current_slip()
        self.member.show_card(None)
        self.sessions.clear()
        self.slip_items, self.slip_returns, self._refused, self.offer = [], [], None, None
        self._session += 1
        self._last_code = None
        self._set_banner(tr("Session of {member} ended. Next, please.").format(member=had) if had
                         else tr("Session cleared."), INFO)
        self._update_buttons()
        self.scan.setFocus()

    def refresh_member(self, *, force: bool = False) -> None:
        """Re-read the open member's card on the worker; bursts of scans coalesce into one."""
        if force or self.member.card is not None:
            session = self._session
            self.worker.submit(self.engine.refresh, lambda card: self._refreshed(card, session), self._on_error,
                               channel="desk-member")

    def _refreshed(self, card: MemberCard | None, session: int | None = None) -> None:
        if session is not None and session != self._session:
            return  # the session it was read for has ended since
        self.member.show_card(card)
        self._update_buttons()
        self.member_refreshed.emit()

    # -- misc -----------------------------------------------------------------------------
    def _mode_changed(self, mode: str) -> None:
        self.offer = None
        self._set_banner(tr(MODE_BANNERS[mode]), INFO)
        self.scan.setFocus()

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches("members", "fees", "holds") and self.member.card is not None:
            self.refresh_member()

    def _got_settings(self, values: dict[str, object]) -> None:
        self.library_info = values

    def _update_buttons(self) -> None:
        has_member = self.member.card is not None
        self.override_button.setEnabled(self._refused is not None and self.ctx.actor.at_least(Role.LIBRARIAN))
        self.fees_button.setEnabled(has_member)
        self.renew_button.setEnabled(has_member and bool(self.member.card and self.member.card.loans))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan.setFocus()
        QTimer.singleShot(0, self.scan.setFocus)


def _own_worker(desk: DeskTab) -> Worker:
    """A worker thread for the desk alone, stopped (after its queued scans) when the desk goes
    away or the program quits."""
    worker = Worker()
    desk.destroyed.connect(lambda *_: worker.stop())
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(worker.stop)
    return worker


def _job_id_of(out: ScanOutcome, started: dict[int, float]) -> int:
    """Scans finish in order on the one worker, so the oldest pending start is this one's."""
    return min(started) if started else -1
