"""The desk's sounds: one short WAV file for each outcome a clerk should hear without looking
(lent, returned, hold shelf, refused), played with QSoundEffect.

The files are made by ``scripts/make_sounds.py`` and shipped in ``resources/sounds/``. Playing
honours the workstation setting ``DESK_SOUND`` (read at every sound, so the Settings tab and the
Desk menu take effect at once). Sound is a help, never a failure: without QtMultimedia (it needs
the system's libpulse on Linux), without an audio device, or with a file missing the desk is
silent and says so in one line of the log; ``play`` never raises.

``last_played`` and ``play_count`` tell what the desk asked to hear (whether or not a speaker made
it audible), so a GUI test can check the sound of a scan without a sound card.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl

from ...config import DESK_SOUND, LocalSettings
from .i18n import resources_dir
from .theme import ATTENTION, DONE, REFUSED

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

LENT, RETURNED, HOLD, REFUSAL = "lent", "returned", "hold", "refused"
#: Every sound, by the name of its file (``<kind>.wav``).
KINDS = (LENT, RETURNED, HOLD, REFUSAL)
_LEND, _RETURN, _RENEW = "lend", "return", "renew"  # the desk's modes (ui/desk/actions.py)


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


def sound_for(mode: str, kind: str, *, hold: bool = False) -> str | None:
    """The sound of a desk row: ``mode`` is the row's lend / return / renew, ``kind`` its
    done / attention / refused, ``hold`` whether the returned copy goes to the hold shelf.

    A refusal (a red row, whatever the mode) sounds "refused"; a copy for the hold shelf "hold";
    otherwise what happened: "lent" for a loan or a renewal, "returned" for a return, amber rows
    included (the banner says what needs care). Anything else (a mode or kind the desk does not
    have) is silent: ``None``.
    """
    if kind == REFUSED:
        return REFUSAL
    if kind not in (DONE, ATTENTION):
        return None
    if mode == _RETURN:
        return HOLD if hold else RETURNED
    if mode in (_LEND, _RENEW):
        return LENT
    return None


#: How often a silent desk asks again whether an audio output came (asking takes milliseconds,
#: too long to do on every scan).
DEVICE_RECHECK_S = 30.0


class DeskSounds(QObject):
    """The four sounds of a desk, loaded once; ``play(kind)`` sounds one of ``KINDS``.

    ``folder`` defaults to the shipped ``resources/sounds``. Create it on the GUI thread (after
    the QApplication) and play from the GUI thread. Loading (QtMultimedia and the system's sound
    server: about 0.15 s) waits for the event loop, so that building the desk stays quick; a
    ``play`` before then loads first.
    """

    def __init__(self, settings: LocalSettings, parent: QObject | None = None, *,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.folder = folder if folder is not None else sounds_dir()
        #: The last sound the desk asked for with sounds on (``None``: none yet), and how many.
        self.last_played: str | None = None
        self.play_count = 0
        #: Why the desk is silent (``None`` while it may be heard); said once in the log.
        self.problem: str | None = None
        self._effects: dict[str, QSoundEffect] = {}
        self._broken: set[str] = set()
        self._no_device = False
        self._checked_at = -1e9  # when the audio outputs were last asked for (a slow call)
        self._multimedia: _Multimedia | None = None
        self._started = False
        QTimer.singleShot(0, self, self.start)

    def start(self) -> None:
        """Load the sounds now (once; ``play`` does it when it comes first)."""
        if self._started:
            return
        self._started = True
        self._multimedia, failure = _import_multimedia()
        if self._multimedia is None:
            self._silent(f"QtMultimedia cannot be loaded ({failure}; on Linux it needs the system's libpulse)")
            return
        missing = [f"{kind}.wav" for kind in KINDS if not (self.folder / f"{kind}.wav").is_file()]
        if len(missing) == len(KINDS):
            self._silent(f"no sound files in {self.folder}")
            return
        if missing:
            log.warning("desk sounds: %s missing in %s: those are silent", ", ".join(missing), self.folder)
        self._load()

    @property
    def audible(self) -> bool:
        """True when the sounds are loaded and an audio device was there to play them."""
        self.start()
        return bool(self._effects) and self.problem is None

    def play(self, kind: str | None) -> bool:
        """Sound ``kind`` (one of ``KINDS``; ``None`` is silence) if the desk's sounds are on.
        Returns whether the desk asked for a sound; never raises."""
        if kind is None:
            return False
        if kind not in KINDS:
            log.warning("desk sounds: there is no sound %r (known: %s)", kind, ", ".join(KINDS))
            return False
        if not self.settings.get(DESK_SOUND):
            return False
        self.last_played = kind
        self.play_count += 1
        try:
            self.start()
            if self._no_device and time.monotonic() - self._checked_at > DEVICE_RECHECK_S:
                self._load()  # an audio device may have come since (a headset plugged in)
            effect = self._effects.get(kind)
            if effect is None or kind in self._broken:
                return True
            for other in self._effects.values():
                if other is not effect and other.isPlaying():
                    other.stop()  # a burst of scans: the newest outcome is the one to hear
            effect.play()
        except Exception as exc:  # noqa: BLE001 - a sound must never break a scan
            log.warning("desk sounds: %s could not be played: %s", kind, exc)
        return True

    # -- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        """One QSoundEffect per file present, once an audio output exists."""
        multimedia = self._multimedia
        if multimedia is None:
            return
        try:
            self._checked_at = time.monotonic()
            self._no_device = not multimedia.QMediaDevices.audioOutputs()
            if self._no_device:
                self._silent("no audio output device")
                return
            for kind in KINDS:
                path = self.folder / f"{kind}.wav"
                if not path.is_file():
                    continue
                effect = multimedia.QSoundEffect(self)
                effect.setObjectName(f"sound_{kind}")
                effect.statusChanged.connect(lambda k=kind, e=effect: self._status(k, e))
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[kind] = effect
            if self.problem is not None:
                log.info("desk sounds: an audio output is there now")
            self.problem = None
        except Exception as exc:  # noqa: BLE001 - a sound must never break the desk
            self._no_device = False
            self._silent(f"the sounds could not be loaded ({exc})")

    def _status(self, kind: str, effect: QSoundEffect) -> None:
        if self._multimedia is not None and effect.status() == self._multimedia.QSoundEffect.Status.Error:
            if kind not in self._broken:
                self._broken.add(kind)
                log.warning("desk sounds: %s cannot be played from %s (no usable audio device, or the "
                            "file is damaged): it is silent", kind, effect.source().toLocalFile())

    def _silent(self, why: str) -> None:
        if self.problem != why:
            self.problem = why
            log.warning("desk sounds: %s: the desk is silent", why)


class _Multimedia:
    """The two classes of QtMultimedia the desk uses, imported when a desk starts."""

    def __init__(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        self.QMediaDevices = QMediaDevices
        self.QSoundEffect = QSoundEffect


def _import_multimedia() -> tuple[_Multimedia | None, str]:
    """QtMultimedia's classes, or ``None`` and why they cannot be imported."""
    try:
        return _Multimedia(), ""
    except ImportError as exc:
        return None, str(exc)
