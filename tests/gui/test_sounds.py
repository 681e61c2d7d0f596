"""The desk's sounds: the committed WAV files are the ones ``scripts/make_sounds.py`` makes, short
and click-free; ``sound_for`` gives each desk outcome its sound; ``DeskSounds`` obeys the
workstation setting and stays silent (with one line in the log) when it cannot play; the
Settings tab's checkbox keeps the setting."""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from desktop_app.config import DESK_SOUND, LocalSettings
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.sounds import KINDS, DeskSounds, sound_for, sounds_dir
from desktop_app.ui.common.theme import ATTENTION, DONE, INFO, REFUSED
from desktop_app.ui.desk.actions import ScanOutcome
from desktop_app.ui.desk.tab import DeskTab
from desktop_app.ui.settings.backups import BackupsBox

if TYPE_CHECKING:
    from conftest import Stock

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_sounds.py"


def samples(path: Path) -> tuple[wave._wave_params, array]:  # type: ignore[name-defined]
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        frames.byteswap()
    return params, frames


# -- the files ---------------------------------------------------------------------------------
def test_committed_sounds_are_the_ones_the_script_makes(tmp_path: Path) -> None:
    for run in ("first", "second"):
        out = tmp_path / run
        subprocess.run([sys.executable, str(SCRIPT), str(out)], check=True, capture_output=True)
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{kind}.wav" for kind in KINDS)
        for made in out.iterdir():
            shipped = sounds_dir() / made.name
            assert shipped.read_bytes() == made.read_bytes(), f"{shipped} is stale: run scripts/make_sounds.py"


def test_sounds_are_short_soft_pcm_and_distinct() -> None:
    crossings = {}
    for kind in KINDS:
        params, frames = samples(sounds_dir() / f"{kind}.wav")
        assert (params.nchannels, params.sampwidth, params.comptype) == (1, 2, "NONE")
        assert params.framerate in (22050, 44100)
        assert 0.080 <= params.nframes / params.framerate <= 0.250, kind
        loudest = max(abs(v) for v in frames)
        assert 0.3 * 32767 < loudest < 0.7 * 32767, kind  # heard, never clipped
        # a soft start, and silence at the end (QSoundEffect cuts the last ~30 ms): no click
        assert abs(frames[0]) < 0.01 * 32767 and max(abs(v) for v in frames[:20]) < 0.2 * loudest, kind
        assert not any(frames[-round(0.040 * params.framerate):]), kind
        crossings[kind] = sum(1 for a, b in zip(frames, frames[1:], strict=False) if a < 0 <= b)
        sounding = [i for i, v in enumerate(frames) if abs(v) > 0.02 * loudest]
        crossings[kind] /= (sounding[-1] - sounding[0]) / params.framerate  # about the pitch, in Hz
    assert len({(sounds_dir() / f"{kind}.wav").read_bytes() for kind in KINDS}) == 4
    assert crossings["refused"] < 200 < 600 < min(crossings[k] for k in ("lent", "returned", "hold"))


# -- which sound -------------------------------------------------------------------------------
@pytest.mark.parametrize(("mode", "kind", "hold", "sound"), [
    ("lend", DONE, False, "lent"),
    ("renew", DONE, False, "lent"),
    ("lend", ATTENTION, False, "lent"),  # lent with a warning: the banner says it
    ("return", DONE, False, "returned"),
    ("return", ATTENTION, False, "returned"),  # back with a fee, or was not on loan
    ("return", ATTENTION, True, "hold"),
    ("lend", REFUSED, False, "refused"),
    ("renew", REFUSED, False, "refused"),
    ("return", REFUSED, False, "refused"),
    ("lend", INFO, False, None),
    ("weed", DONE, False, None),
])
def test_sound_for_each_desk_row(mode: str, kind: str, hold: bool, sound: str | None) -> None:
    assert sound_for(mode, kind, hold=hold) == sound


def test_the_desks_real_outcomes_map_to_their_sounds(qtbot, ctx: UiContext, stock: Stock, lend_days_ago) -> None:
    dune, solaris = stock.copies["Dune"][0], stock.copies["Solaris"]
    lend_days_ago(ctx.actor, stock.ana, dune)
    ctx.services.circulation.checkout(ctx.actor, stock.ben, solaris[0])
    ctx.services.circulation.checkout(ctx.actor, stock.ben, solaris[1])
    ctx.services.holds.place(ctx.actor, stock.ana, stock.books["Solaris"])
    ticks = itertools.count(0, 5)  # each scan comes well after the double-scan window
    desk = DeskTab(ctx, clock=lambda: float(next(ticks)))
    qtbot.addWidget(desk)
    desk.show()
    heard: list[str | None] = []

    def outcome(out: ScanOutcome) -> None:
        if out.row is not None:
            heard.append(sound_for(out.row.mode, out.row.kind, hold=bool(out.hold_for)))

    desk.scan_handled.connect(outcome)
    field = desk.findChild(QLineEdit, "deskScan")

    def scan(code: str) -> None:
        with qtbot.waitSignal(desk.scan_handled, timeout=5000):
            qtbot.keyClicks(field, code)
            qtbot.keyClick(field, Qt.Key.Key_Return)

    scan(stock.ana)  # a card: no row, no sound
    scan(stock.copies["Emma"][0])  # lent
    scan(solaris[1])  # on loan to Ben: refused
    qtbot.keyClick(field, Qt.Key.Key_F4)
    scan(dune)  # renewed
    qtbot.keyClick(field, Qt.Key.Key_F3)
    scan(stock.copies["Emma"][0])  # back
    scan(solaris[0])  # back, and Ana is waiting for it: the hold shelf
    assert heard == ["lent", "refused", "lent", "returned", "hold"]
    shelf = ctx.services.holds.shelf()
    assert [(h.member_name, h.barcode) for h in shelf] == [("Ana Ruiz", solaris[0])]


# -- playing -----------------------------------------------------------------------------------
def test_play_obeys_the_setting(qapp, tmp_path: Path) -> None:
    settings = LocalSettings(tmp_path / "settings.json")
    sounds = DeskSounds(settings)
    settings.set(DESK_SOUND, False)
    assert not sounds.play("lent")
    assert (sounds.last_played, sounds.play_count) == (None, 0)
    settings.set(DESK_SOUND, True)
    assert sounds.play("hold") and sounds.play("refused")
    assert (sounds.last_played, sounds.play_count) == ("refused", 2)
    assert not sounds.play(None)  # a row without a sound
    assert (sounds.last_played, sounds.play_count) == ("refused", 2)


def test_unknown_sound_is_logged_not_raised(qapp, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    sounds = DeskSounds(LocalSettings(tmp_path / "settings.json"))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="desktop_app.ui.common.sounds"):
        assert not sounds.play("fanfare")
    assert [r.getMessage() for r in caplog.records] == [
        "desk sounds: there is no sound 'fanfare' (known: lent, returned, hold, refused)"]
    assert sounds.last_played is None


def test_missing_folder_is_silent_with_one_line(qapp, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    nowhere = tmp_path / "no-sounds"
    with caplog.at_level(logging.WARNING, logger="desktop_app.ui.common.sounds"):
        sounds = DeskSounds(LocalSettings(tmp_path / "settings.json"), folder=nowhere)
        for kind in KINDS:
            assert sounds.play(kind)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and str(nowhere) in lines[0] and "silent" in lines[0]
    assert not sounds.audible and sounds.last_played == "refused"


def test_one_missing_file_silences_only_that_sound(qapp, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "sounds"
    folder.mkdir()
    for kind in ("lent", "returned", "refused"):
        (folder / f"{kind}.wav").write_bytes((sounds_dir() / f"{kind}.wav").read_bytes())
    with caplog.at_level(logging.WARNING, logger="desktop_app.ui.common.sounds"):
        sounds = DeskSounds(LocalSettings(tmp_path / "settings.json"), folder=folder)
        assert sounds.play("hold") and sounds.play("lent")
    assert any(f"hold.wav missing in {folder}" in r.getMessage() for r in caplog.records)
    assert sounds.last_played == "lent"


def test_without_qtmultimedia_the_desk_is_silent(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as where libpulse is missing
    with caplog.at_level(logging.WARNING, logger="desktop_app.ui.common.sounds"):
        sounds = DeskSounds(LocalSettings(tmp_path / "settings.json"))
        assert sounds.play("returned")
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "QtMultimedia cannot be loaded" in lines[0]
    assert not sounds.audible and sounds.last_played == "returned"


PLAYER = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from PySide6.QtMultimedia import QSoundEffect
from desktop_app.config import LocalSettings
from desktop_app.ui.common.sounds import DeskSounds
sounds = DeskSounds(LocalSettings(Path(sys.argv[1])))
sounds.start()
effect = sounds.findChild(QSoundEffect, "sound_" + sys.argv[2])
loop = QEventLoop()
# the sound server still plays the last buffers when the effect says it is done
effect.playingChanged.connect(lambda: effect.isPlaying() or QTimer.singleShot(500, loop.quit))
effect.statusChanged.connect(lambda: effect.status() == QSoundEffect.Status.Error and loop.quit())
QTimer.singleShot(5000, loop.quit)
sounds.play(sys.argv[2])
loop.exec()
print(sounds.audible, effect.status().name)
"""


def _until(check, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not (shutil.which("pulseaudio") and shutil.which("parec") and shutil.which("pactl")),
                    reason="needs PulseAudio's server and tools (Debian: pulseaudio pulseaudio-utils)")
def test_a_sound_reaches_the_speaker(tmp_path: Path) -> None:
    """A real sound server with a null speaker: what the desk plays is recorded off it."""
    pytest.importorskip("PySide6.QtMultimedia", reason="QtMultimedia (pyside6-addons, libpulse) is not installed")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PULSE_SERVER": f"unix:{tmp_path}/pulse/native", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
                               "--load=module-null-sink sink_name=speaker", "--load=module-native-protocol-unix"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    recorder = None
    try:
        def pactl(*args: str) -> str:
            done = subprocess.run(["pactl", *args], env=env, capture_output=True, text=True, timeout=10)
            return done.stdout if done.returncode == 0 else ""

        assert _until(lambda: "speaker" in pactl("list", "short", "sinks"), 10), "the sound server did not start"
        recording = tmp_path / "heard.raw"
        recorder = subprocess.Popen(["parec", "-d", "speaker.monitor", "--latency-msec=20", "--format=s16le",
                                     "--channels=1", "--rate=22050", str(recording)], env=env)
        assert _until(lambda: pactl("list", "short", "source-outputs").strip() != "", 10)
        played = subprocess.run([sys.executable, "-c", PLAYER, str(tmp_path / "settings.json"), "refused"],
                                env=env, capture_output=True, text=True, timeout=60)
        assert played.stdout.split() == ["True", "Ready"], played.stderr
        after = recording.stat().st_size + int(0.3 * 22050) * 2  # the sink's last buffers reach the file
        assert _until(lambda: recording.stat().st_size >= after, 10)
    finally:
        if recorder is not None:
            recorder.send_signal(signal.SIGINT)
            recorder.wait(10)
        server.terminate()
        server.wait(10)
    heard = array("h", recording.read_bytes())
    if sys.byteorder == "big":
        heard.byteswap()
    _, made = samples(sounds_dir() / "refused.wav")
    loud, meant = ([i for i, v in enumerate(wav) if abs(v) > 300] for wav in (heard, made))
    assert loud, "nothing was heard"
    assert abs(max(abs(v) for v in heard) - max(abs(v) for v in made)) < 0.05 * 32767  # as loud as the file
    assert abs((loud[-1] - loud[0]) - (meant[-1] - meant[0])) < 0.005 * 22050  # and all of it


# -- the Settings tab --------------------------------------------------------------------------
def test_settings_checkbox_keeps_the_setting(qtbot, ctx: UiContext) -> None:
    box = BackupsBox(ctx)
    qtbot.addWidget(box)
    box.show()
    check = box.findChild(QCheckBox, "deskSound")
    assert check is not None and check.isChecked()  # on by default
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not check.isChecked()
    assert LocalSettings(ctx.paths.settings_file).get(DESK_SOUND) is False  # written to the file
    sounds = DeskSounds(ctx.settings)
    assert not sounds.play("lent")  # the desk hears the change at once
    again = BackupsBox(ctx)
    qtbot.addWidget(again)
    assert not again.findChild(QCheckBox, "deskSound").isChecked()
    qtbot.mouseClick(again.findChild(QCheckBox, "deskSound"), Qt.MouseButton.LeftButton)
    assert LocalSettings(ctx.paths.settings_file).get(DESK_SOUND) is True
    assert sounds.play("lent") and sounds.last_played == "lent"
